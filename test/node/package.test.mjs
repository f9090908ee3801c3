// The npm package as the ecosystem's own tools see it: `npm pack`, then publint (strict) and
// arethetypeswrong (ESM-only profile) on the tarball, then a consumer in a temporary folder that
// installs the tarball and type-checks, bundles, runs the bin and resolves the data files. Uses the
// build in dist/ (`npm test` builds first); installs from the npm cache, going online only for
// what the cache lacks.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** A development dependency's bin file, from its package.json (its "exports" may hide both). */
const bin = (name, command) => {
  const { bin: bins } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  return join(root, 'node_modules', name, typeof bins === 'string' ? bins : bins[command]);
};
const run = (args, options = {}) => spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let dir;
let tarball;
let files;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'career-paths-package-'));
  // --ignore-scripts: prepack would build again; dist/ is already built.
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
  tarball = join(dir, packed.filename);
  files = packed.files.map((f) => f.path);
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('npm pack', () => {
  it('should ship the drop-in with its types, the notices, the licence, the data and the bin', () => {
    for (const file of [
      'LICENSE',
      'dist/THIRD-PARTY-NOTICES',
      'dist/career-paths.js',
      'dist/career-paths.d.ts',
      'dist/esm/index.js',
      'dist/esm/index.d.ts',
      'data/schema.json',
      'bin/career-paths.mjs',
    ])
      assert.ok(files.includes(file), `${file} is in the tarball`);
    assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/')), 'no source or tests');
  });

  it('should leave publint --strict nothing to report', () => {
    const { status, stdout, stderr } = run([bin('publint', 'publint'), '--strict', tarball], { cwd: dir });
    assert.equal(status, 0, stdout + stderr);
    assert.match(stdout, /All good!/);
  });

  it('should leave arethetypeswrong --profile esm-only no problem', () => {
    const { status, stdout, stderr } = run([bin('@arethetypeswrong/cli', 'attw'), '--profile', 'esm-only', '--format', 'json', tarball], { cwd: dir });
    const report = JSON.parse(stdout);
    const problems = (report.analysis?.problems ?? []).filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
    assert.deepEqual(problems, [], stderr);
    assert.equal(status, 0, stderr);
    const entrypoints = Object.keys(report.analysis.entrypoints);
    assert.ok(entrypoints.includes('./career-paths.js') && entrypoints.includes('.'), entrypoints.join(' '));
  });
});

describe('a consumer that installs the tarball', () => {
  let app;
  before(() => {
    app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    const install = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball];
    try {
      npm([...install, '--offline'], app);
    } catch {
      npm([...install, '--prefer-offline'], app);
    }
  });

  /** Type-checks one file alone with tsc --strict (no skipLibCheck: our .d.ts files are read too). */
  const typeCheck = (name, lines) => {
    writeFileSync(join(app, name), lines.join('\n') + '\n');
    const options = { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', lib: ['es2022', 'dom', 'dom.iterable'], types: [] };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: [name] }));
    const { status, stdout, stderr } = run([bin('typescript', 'tsc'), '-p', app], { cwd: app });
    assert.equal(status, 0, stdout + stderr);
  };

  it('should type-check `import { CareerCompare } from "career-paths"` with tsc --strict', () => {
    typeCheck('main.ts', [
      `import { CareerCompare, CareerPicker, type Dataset } from 'career-paths';`,
      `const compare: CareerCompare = document.createElement('career-compare');`,
      `compare.highlight = 'management';`,
      `const picker: CareerPicker | null = document.querySelector('career-picker');`,
      `compare.addEventListener('career-cta', (event) => console.log(event.detail.href, picker?.selected));`,
      `const dataset: Dataset = { version: 1, title: 'Two paths', paths: [{ id: 'a', name: 'A' }] };`,
      `compare.data = dataset;`,
    ]);
  });

  it('should type the tags of the drop-in file, `import "career-paths/career-paths.js"`, with tsc --strict', () => {
    typeCheck('drop-in.ts', [
      `import 'career-paths/career-paths.js';`,
      `const picker = document.querySelector('career-picker');`,
      `const selected: string | undefined = picker?.selected;`,
      `document.createElement('career-compare').highlight = selected ?? 'management';`,
    ]);
  });

  it('should bundle with rollup, Lit and both elements inside', async () => {
    writeFileSync(join(app, 'main.js'), `import { CareerCompare } from 'career-paths';\nconsole.log(CareerCompare.name);\n`);
    const bundle = await rollup({ input: join(app, 'main.js'), plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
    const { output } = await bundle.generate({ format: 'esm' });
    await bundle.close();
    const [{ code }] = output;
    assert.match(code, /customElements\.define/);
    assert.match(code, /['"]career-compare['"]/);
    assert.match(code, /['"]career-picker['"]/);
    assert.match(code, /class CareerElement extends \w+/);
  });

  it('should run `career-paths validate` on the shipped dataset and on a broken one', () => {
    const cli = join(app, 'node_modules', '.bin', 'career-paths');
    const good = spawnSync(cli, ['validate', 'node_modules/career-paths/data/healthcare-management-vs-administration.json'], { cwd: app, encoding: 'utf8' });
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /: valid$/m);
    writeFileSync(join(app, 'broken.json'), JSON.stringify({ version: 1, title: 'x', paths: [] }));
    const broken = spawnSync(cli, ['validate', 'broken.json'], { cwd: app, encoding: 'utf8' });
    assert.equal(broken.status, 1);
    assert.match(broken.stdout + broken.stderr, /paths/);
  });

  it('should resolve career-paths/schema.json and career-paths/data/…', () => {
    const script = [
      `import { readFileSync } from 'node:fs';`,
      `for (const name of ['career-paths/schema.json', 'career-paths/data/healthcare-management-vs-administration.es.json'])`,
      `  console.log(JSON.parse(readFileSync(new URL(import.meta.resolve(name)), 'utf8')).$schema ?? 'dataset');`,
    ].join('\n');
    writeFileSync(join(app, 'resolve.mjs'), script);
    const { status, stdout, stderr } = run([join(app, 'resolve.mjs')], { cwd: app });
    assert.equal(status, 0, stderr);
    assert.deepEqual(stdout.trim().split('\n'), [JSON.parse(readFileSync(join(root, 'data', 'schema.json'), 'utf8')).$schema, 'dataset']);
  });
});
