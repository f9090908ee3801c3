#!/usr/bin/env node
// `npm run site`: writes site/, a static site for any static host or a Git forge's pages, from the
// build in dist/ (run `rollup -c` first; `npm run site` does):
//
//   index.html           the landing page: what the widgets are for, both of them live, in English
//                        and in Spanish, and where everything else is
//   demo/                the demo pages (English, Spanish, themed) and the dataset editor
//   dist/                the drop-in file, the editor, the embed page with embed-page.js and
//                        embed.js, THIRD-PARTY-NOTICES
//   data/                the datasets and data/schema.json
//   schema/v1.json       the JSON Schema at a stable address
//
// The pages keep their relative addresses, so the site works in any folder of any host. Only the
// demo pages' <link rel="alternate" hreflang> take absolute addresses, as search engines want them:
// from SITE_URL (the address where the site is published, such as https://example.github.io/career-paths/),
// by default that of `npm start`, http://localhost:8000/.
//
//   node scripts/site.mjs [DIR]   writes DIR instead of site/
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = resolve(process.argv[2] ?? join(root, 'site'));
const base = new URL(process.env.SITE_URL || `http://localhost:${process.env.PORT ?? 8000}/`);
if (!base.pathname.endsWith('/')) base.pathname += '/';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const DIST = ['career-paths.js', 'editor.html', 'editor.js', 'embed.html', 'embed-page.js', 'embed.js', 'THIRD-PARTY-NOTICES'];
for (const file of DIST) if (!existsSync(join(root, 'dist', file))) throw new Error(`dist/${file} is missing: run \`rollup -c\` first`);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'dist'), { recursive: true });
for (const file of DIST) cpSync(join(root, 'dist', file), join(out, 'dist', file));
cpSync(join(root, 'data'), join(out, 'data'), { recursive: true });
mkdirSync(join(out, 'schema'));
cpSync(join(root, 'data', 'schema.json'), join(out, 'schema', 'v1.json'));
cpSync(join(root, 'LICENSE'), join(out, 'LICENSE'));

// The demo pages, with absolute alternates.
mkdirSync(join(out, 'demo'));
for (const file of readdirSync(join(root, 'demo'))) {
  let text = readFileSync(join(root, 'demo', file));
  if (file.endsWith('.html'))
    text = text
      .toString()
      .replace(
        /(<link rel="alternate" hreflang="[^"]+" href=")([^"]+)(")/g,
        (_, before, href, after) => `${before}${new URL(href, new URL('demo/' + file, base)).href}${after}`,
      );
  writeFileSync(join(out, 'demo', file), text);
}

writeFileSync(join(out, 'index.html'), landing());
const count = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => n + (entry.isDirectory() ? count(join(dir, entry.name)) : 1), 0);
console.log(`${relative(root, out) || '.'}: ${count(out)} files, for ${base.href}`);

function landing() {
  const datasets = readdirSync(join(root, 'data')).filter((file) => file.endsWith('.json') && file !== 'schema.json');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>career-paths: compare career paths and find a role, on any school website</title>
    <meta name="description" content="Two drop-in web components for school websites: a comparison of career paths and a role picker, from one JSON dataset, in English and Spanish." />
    <link rel="icon" href="demo/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="demo/demo.css" />
    <script src="dist/career-paths.js" defer></script>
  </head>
  <body>
    <header class="site-header">
      <!-- Inside the banner landmark: no content outside a landmark. -->
      <a class="skip" href="#main">Skip to content</a>
      <a class="brand" href="./" aria-current="page">career-paths ${version}</a>
    </header>
    <main id="main">
      <h1>Help prospective students choose a career path</h1>
      <p>
        career-paths is two web components that a school puts on its program pages with one
        <code>&lt;script&gt;</code> tag: <strong>&lt;career-compare&gt;</strong> sets two or more career paths
        side by side, and <strong>&lt;career-picker&gt;</strong> lets a student say what they enjoy and
        shows the roles that fit. Both read one JSON dataset and speak English and Spanish.
      </p>
      <ul>
        <li><a href="demo/">A program page in English</a> and <a href="demo/es.html" lang="es" hreflang="es">la misma página en español</a></li>
        <li><a href="demo/themed.html">A themed page</a></li>
        <li><a href="dist/editor.html">The dataset editor</a>: make your own comparison and copy a ready snippet</li>
        <li><a href="dist/embed.html?widget=compare&amp;src=../data/healthcare-management-vs-administration.json">The embed page</a>, for platforms that take an iframe but no script, with <a href="dist/embed.js">embed.js</a></li>
        <li><a href="dist/career-paths.js">The drop-in file</a> (<a href="dist/THIRD-PARTY-NOTICES">third-party notices</a>, <a href="LICENSE">licence</a>)</li>
        <li><a href="schema/v1.json">The dataset's JSON Schema</a>, and the datasets: ${datasets.map((file) => `<a href="data/${file}">${file}</a>`).join(', ')}</li>
      </ul>
      <section aria-labelledby="compare-en">
        <h2 id="compare-en">Compare the paths</h2>
        <career-compare src="data/healthcare-management-vs-administration.json" highlight="management" no-title heading-level="3"></career-compare>
      </section>
      <section aria-labelledby="picker-es" lang="es">
        <h2 id="picker-es">Encuentra un puesto (en español)</h2>
        <career-picker id="puestos" src="data/healthcare-management-vs-administration.es.json" no-title heading-level="3"></career-picker>
      </section>
    </main>
  </body>
</html>
`;
}
