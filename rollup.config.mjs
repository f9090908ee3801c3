import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

export default [
  // The drop-in file: everything inlined, minified, runs as a classic or a module script.
  {
    input: 'src/career-paths.ts',
    output: { file: 'dist/career-paths.js', format: 'iife' },
    plugins: [nodeResolve(), esbuild({ target: 'es2021', minify: true, legalComments: 'none' })],
  },
  // For bundler users: one module per source file, Lit left to their bundler.
  {
    input: ['src/index.ts', 'src/career-paths.ts'],
    output: { dir: 'dist/esm', format: 'esm', preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit/],
    plugins: [esbuild({ target: 'es2021' })],
  },
];
