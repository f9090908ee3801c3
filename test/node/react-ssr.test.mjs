// A React page holding both elements, rendered by React's server renderer under Node, with no DOM:
// the import of the package and the render throw nothing. test/frameworks/frameworks.test.ts
// hydrates the same page in the browsers. Reads dist/ (npm run build).
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('renderToString of a React page with <career-compare> and <career-picker> => their markup, on a server', async () => {
  // Bundled beside the package, so that `career-paths` resolves to the built package itself.
  const outfile = `${root}dist/react-ssr.test.mjs`;
  await build({
    entryPoints: [`${root}test/frameworks/react-ssr-app.tsx`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    packages: 'external',
    logLevel: 'silent',
  });
  try {
    const dataset = JSON.parse(readFileSync(`${root}data/healthcare-management-vs-administration.json`, 'utf8'));
    const { render } = await import(pathToFileURL(outfile).href);
    const html = render('/data/healthcare.json', dataset);
    assert.match(html, /<career-compare src="\/data\/healthcare.json" highlight="management"><\/career-compare>/);
    assert.match(html, /<career-picker><\/career-picker>/);
    assert.equal(typeof document, 'undefined');
  } finally {
    rmSync(outfile, { force: true });
  }
});
