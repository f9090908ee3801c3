// Licences: every package that a built file bundles has its notice in dist/THIRD-PARTY-NOTICES,
// which the npm package and the WordPress zip ship; the drop-in file and dist/esm begin with the
// licence banner. The bundled packages are found here by rollup itself, from the build's own
// configuration, not from the list the build wrote. Needs `npm run build` first (`npm test` does).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const notices = () => readFileSync(join(dist, 'THIRD-PARTY-NOTICES'), 'utf8');

/** Each built file that bundles packages, with the folders of those packages. */
async function bundled() {
  const { default: configs } = await import(join(root, 'rollup.config.mjs'));
  const files = [];
  for (const { output, ...input } of configs) {
    if (output.dir) continue; // dist/esm: one module per source file, Lit left to the bundler
    const bundle = await rollup({ ...input, onwarn: () => {} });
    const dirs = new Set();
    for (const { id } of bundle.cache.modules) {
      const parts = id.split(sep);
      const at = parts.lastIndexOf('node_modules');
      if (at >= 0) dirs.add(parts.slice(0, at + (parts[at + 1].startsWith('@') ? 3 : 2)).join(sep));
    }
    await bundle.close();
    files.push({ file: basename(output.file), dirs: [...dirs] });
  }
  return files;
}

test('THIRD-PARTY-NOTICES gives the licence text of every package a built file bundles', async () => {
  const text = notices();
  const files = await bundled();
  assert.ok(
    files.some(({ file, dirs }) => file === 'career-paths.js' && dirs.some((d) => d.endsWith(`${sep}lit-html`))),
    'the drop-in file bundles lit-html',
  );
  for (const { file, dirs } of files) {
    for (const dir of dirs) {
      const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const licence = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
      assert.ok(licence, `${name} has a licence file`);
      const section = text.split(/^-{72}$/m).find((s) => s.trimStart().startsWith(`${name} ${version} (`));
      assert.ok(section, `${file} bundles ${name} ${version}, which has no notice in THIRD-PARTY-NOTICES`);
      assert.match(section, new RegExp(`^Bundled in: .*\\b${file.replace('.', '\\.')}\\b`, 'm'), `the notice of ${name} names ${file}`);
      assert.ok(section.includes(readFileSync(join(dir, licence), 'utf8').trim()), `the notice of ${name} holds its licence text`);
    }
  }
});

test('the drop-in file and every dist/esm module begin with the licence banner', () => {
  const isBanner = (code) => /^\/\*! career-paths \S+ .*MIT License\. .*Lit .*BSD-3-Clause\. See THIRD-PARTY-NOTICES \*\/\n/.test(code);
  assert.ok(isBanner(readFileSync(join(dist, 'career-paths.js'), 'utf8')), 'dist/career-paths.js');
  const modules = readdirSync(join(dist, 'esm'), { recursive: true }).filter((f) => f.endsWith('.js'));
  assert.ok(modules.length > 5);
  for (const file of modules) assert.ok(isBanner(readFileSync(join(dist, 'esm', file), 'utf8')), `dist/esm/${file}`);
});

test('the WordPress zip carries LICENSE and THIRD-PARTY-NOTICES', () => {
  execFileSync(process.execPath, [join(root, 'scripts', 'wordpress.mjs')], { cwd: root, stdio: 'ignore' });
  const zip = unzipSync(readFileSync(join(dist, 'career-paths-wordpress.zip')));
  assert.equal(new TextDecoder().decode(zip['career-paths/THIRD-PARTY-NOTICES']), notices());
  assert.ok(zip['career-paths/LICENSE']);
});
