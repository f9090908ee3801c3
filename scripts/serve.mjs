// Serves the project folder, so the demo loads dist/career-paths.js and data/ as a school page would.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({ config: { rootDir: '.', port, hostname: 'localhost' }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
console.log(`Demo: http://localhost:${port}/demo/  (Spanish: /demo/es.html)`);
