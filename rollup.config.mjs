import { readFileSync } from 'node:fs';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

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
      terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
  // For bundler users: one module per source file, Lit left to their bundler.
  {
    input: ['src/index.ts', 'src/career-paths.ts'],
    output: { dir: 'dist/esm', format: 'esm', preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit/],
    plugins: [esbuild({ target: 'es2021' })],
  },
  // The dataset editor (demo/builder.html, dist/editor.html); not part of the drop-in file. A
  // classic script with the example inside, so that the page also works opened from disk.
  {
    input: 'src/builder/builder.ts',
    output: { file: 'dist/editor.js', format: 'iife' },
    plugins: [json, nodeResolve({ browser: true }), esbuild({ target: 'es2021', minify: true, legalComments: 'none' }), editorPage],
  },
];
