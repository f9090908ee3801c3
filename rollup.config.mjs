import { readFileSync } from 'node:fs';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { banner, thirdPartyNotices } from './scripts/notices.mjs';

/**
 * Minifies the markup in `html` and the rules in `css` templates. It reads TypeScript, so it runs
 * before esbuild. Runs of whitespace become one space but are never dropped: a space at the edge
 * of a template can be text, as in `<code>${path}</code>: ` followed by the message. Empty
 * attributes stay: `value=""` on a radio, `lang=""` and `title=""` mean something.
 */
const templates = minifyTemplates({
  include: ['src/**/*.ts'],
  options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
});

/** A JSON file as a module whose default export is its data: the editor's example. */
const json = { name: 'json', transform: (code, id) => (id.endsWith('.json') ? { code: `export default ${code};`, map: null } : null) };

/**
 * dist/editor.html: demo/builder.html with its scripts taken from beside it, so that dist/ can be
 * put on any static host, or opened from disk, as it is.
 */
const editorPage = {
  name: 'editor-page',
  buildStart() {
    this.addWatchFile('demo/builder.html');
  },
  generateBundle() {
    const page = readFileSync('demo/builder.html', 'utf8')
      .replaceAll('../dist/', '')
      .replace(/\s*<a data-demo-only[^>]*>[^<]*<\/a>/g, '');
    this.emitFile({ type: 'asset', fileName: 'editor.html', source: page });
  },
};

/**
 * Lit names the internals its packages share with one another `_$…` (its production build has
 * already shortened the others). Every one of those packages is inside the drop-in file and no
 * code outside it reads them, so the file may shorten them (about 75 bytes brotli). Every other
 * name, ours and Lit's, is kept: the file exposes what `dist/esm` exposes.
 */
const litInternals = /^_\$/;

/** dist/THIRD-PARTY-NOTICES, from the licence texts of the packages that each file below bundles. */
const notices = thirdPartyNotices();

/**
 * dist/career-paths.d.ts, the types of `career-paths/career-paths.js`: a bundler user who imports
 * the drop-in file for its side effect gets the two tags it registers, typed by the classes of
 * dist/esm (the same elements, the same API).
 */
const dropInTypes = {
  name: 'drop-in-types',
  generateBundle() {
    const source = [
      `// The drop-in file registers <career-compare> and <career-picker>; it exports nothing.`,
      `import type { CareerCompare, CareerPicker } from './esm/index.js';`,
      ``,
      `declare global {`,
      `  interface HTMLElementTagNameMap {`,
      `    'career-compare': CareerCompare;`,
      `    'career-picker': CareerPicker;`,
      `  }`,
      `}`,
      ``,
      `export {};`,
      ``,
    ].join('\n');
    this.emitFile({ type: 'asset', fileName: 'career-paths.d.ts', source });
  },
};

export default [
  // The drop-in file: everything inlined, minified, runs as a classic or a module script.
  {
    input: 'src/career-paths.ts',
    output: { file: 'dist/career-paths.js', format: 'iife' },
    // terser with two passes gives about 350 bytes less than esbuild's minifier after brotli.
    plugins: [
      templates,
      nodeResolve(),
      esbuild({ target: 'es2021' }),
      terser({
        ecma: 2021,
        compress: { passes: 2 },
        mangle: { properties: { regex: litInternals } },
        // V8's explicit compile hint (Chrome 136 and later): compile every function while the file
        // loads, on a background thread for a script from the network, rather than each one on
        // the main thread at its first call, in the middle of the first render. A comment to
        // other engines.
        // The licence banner comes first (the contract says the file begins with it); the hint
        // still comes before any code.
        format: { comments: false, preamble: `${banner({ bundlesLit: true })}\n//# allFunctionsCalledOnLoad` },
      }),
      notices('career-paths.js'),
      dropInTypes,
    ],
  },
  // For bundler users: one module per source file, Lit left to their bundler.
  {
    input: ['src/index.ts', 'src/career-paths.ts', 'src/dataset/index.ts'],
    output: { dir: 'dist/esm', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', banner: banner({ bundlesLit: false }) },
    external: [/^lit/],
    plugins: [esbuild({ target: 'es2021' })],
  },
  // The dataset editor (demo/builder.html, dist/editor.html); not part of the drop-in file. A
  // classic script with the example inside, so that the page also works opened from disk.
  {
    input: 'src/editor/builder.ts',
    output: { file: 'dist/editor.js', format: 'iife' },
    plugins: [json, nodeResolve({ browser: true }), esbuild({ target: 'es2021', minify: true, legalComments: 'none' }), editorPage, notices('editor.js')],
  },
  // The embed page (dist/embed.html) and its script, for hosts that take an <iframe> but no
  // <script>. The page loads the drop-in file from beside it; neither is part of the drop-in.
  {
    input: 'src/embed/page.ts',
    output: { file: 'dist/embed-page.js', format: 'iife' },
    plugins: [esbuild({ target: 'es2021', minify: true, legalComments: 'none' }), copy('src/embed/embed.html', 'embed.html'), notices('embed-page.js')],
  },
  // The optional host script (dist/embed.js): 1 KB brotli at most, checked by scripts/check-size.mjs.
  {
    input: 'src/embed/host.ts',
    output: { file: 'dist/embed.js', format: 'iife' },
    plugins: [esbuild({ target: 'es2021' }), terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false } }), notices('embed.js')],
  },
];

/** Writes a file as it is beside the bundle. */
function copy(from, fileName) {
  return {
    name: 'copy',
    buildStart() {
      this.addWatchFile(from);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(from, 'utf8') });
    },
  };
}
