// Serves a framework's fixture app (test/frameworks/*-app.*) bundled by esbuild, with React, Vue or
// Svelte inside: `import('/test/frameworks/react-app.tsx?bundle')`. The package itself stays
// outside the bundle, as /src/index.ts, so that the test page and the app share one copy of the
// elements and of Lit.
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';
import { readFile } from 'node:fs/promises';

/** `career-paths` and its subpaths, as the test page loads the source. */
const careerPaths = {
  name: 'career-paths',
  setup(build) {
    build.onResolve({ filter: /^career-paths(\/.*)?$/ }, () => ({ path: '/src/index.ts', external: true }));
  },
};

/** Svelte components, compiled for the browser. */
const svelte = {
  name: 'svelte',
  setup(build) {
    build.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js } = compile(await readFile(path, 'utf8'), { filename: path, generate: 'client', dev: true });
      return { contents: js.code, loader: 'js' };
    });
  },
};

/** @param {string} rootDir */
export const frameworkApps = (rootDir) => ({
  name: 'framework-apps',
  async serve(context) {
    if (!context.path.startsWith('/test/frameworks/') || !context.URL.searchParams.has('bundle')) return undefined;
    const result = await build({
      entryPoints: [rootDir + context.path],
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2021',
      jsx: 'automatic',
      conditions: ['development', 'browser'],
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      plugins: [careerPaths, svelte],
      logLevel: 'silent',
    });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
});
