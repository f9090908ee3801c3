// `npm start`: serves site/ (written by `npm run site`), so / is the landing page, /demo/ the demo
// with the healthcare dataset and /dist/editor.html the dataset editor.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({ config: { rootDir: 'site', port, hostname: 'localhost' }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
console.log(`The site: http://localhost:${port}/  (demo: /demo/, Spanish: /demo/es.html, editor: /dist/editor.html)`);
