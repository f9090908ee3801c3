// The package on a server: importing it under Node, with no DOM, throws nothing. Each case runs in
// a fresh Node process, so that one import cannot lend another its globals. Reads dist/ (npm run build).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataset = JSON.stringify({ version: 1, title: 'T', paths: [{ id: 'a', name: 'A' }], roles: [{ id: 'r', title: 'R', path: 'b' }] });

/** Runs a module's code in a new Node process at the package's root and returns what it printed as JSON. */
const run = (code) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }));

test("import 'career-paths' => both elements defined in Lit's server registry, no DOM needed", () => {
  const result = run(`
    await import('career-paths');
    const { CareerPicker, CareerCompare } = await import('career-paths');
    new CareerPicker(); new CareerCompare();
    console.log(JSON.stringify({
      document: typeof document,
      picker: customElements.get('career-picker') === CareerPicker,
      compare: customElements.get('career-compare') === CareerCompare,
    }));`);
  assert.deepEqual(result, { document: 'undefined', picker: true, compare: true });
});

test("import { validate } from 'career-paths' => validates on a server", () => {
  const result = run(`
    const { validate } = await import('career-paths');
    console.log(JSON.stringify(validate(${dataset})));`);
  assert.deepEqual(result, { ok: false, issues: [{ path: 'roles[0].path', message: '"b" is not a path id' }] });
});

test("import 'career-paths/dataset' => validation without the elements: nothing of Lit is loaded, nothing defined", () => {
  const result = run(`
    const { validate, parseJson, parseJsonWithPosition, warnings } = await import('career-paths/dataset');
    console.log(JSON.stringify({
      helpers: [validate, parseJson, parseJsonWithPosition, warnings].map((f) => typeof f),
      valid: validate(JSON.parse(${JSON.stringify(dataset.replace('"b"', '"a"'))})).ok,
      // Lit's server build puts a registry on globalThis: its absence shows that Lit was not loaded.
      customElements: typeof customElements,
    }));`);
  assert.deepEqual(result, { helpers: ['function', 'function', 'function', 'function'], valid: true, customElements: 'undefined' });
});
