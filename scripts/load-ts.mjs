// Imports a TypeScript module of the project from a Node script, compiled on the fly by esbuild.
import { build } from 'esbuild';

export async function importTs(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error' });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
