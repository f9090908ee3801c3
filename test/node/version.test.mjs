// One version: every place that names it agrees with package.json, and `npm version <new>`
// (through the `version` lifecycle script) writes them all.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importTs } from '../../scripts/load-ts.mjs';
import { changelogVersion, PLACES, versionsIn } from '../../scripts/version.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('src/version.ts, the README, the WordPress plugin and the CHANGELOG say the version in package.json', () => {
  for (const place of versionsIn(root)) assert.equal(place.version, version, `${place.file} says ${place.version}`);
  assert.equal(changelogVersion(root), version, 'the newest entry of CHANGELOG.md');
  assert.doesNotMatch(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), /^## \[Unreleased\]/im, 'a released version leaves no Unreleased section');
});

test("the editor's CDN choice pins the version in package.json", async () => {
  const { CDN_URL } = await importTs(join(root, 'src', 'editor', 'snippet.ts'));
  assert.equal(CDN_URL, `https://cdn.jsdelivr.net/npm/career-paths@${version}/dist/career-paths.js`);
});

test('npm version <new> writes the new version everywhere', () => {
  const copy = mkdtempSync(join(tmpdir(), 'career-paths-version-'));
  try {
    for (const file of new Set(['package.json', 'CHANGELOG.md', 'scripts/version.mjs', ...PLACES.map(([file]) => file)]))
      if (existsSync(join(root, file))) cpSync(join(root, file), join(copy, file));
    const changelog = readFileSync(join(copy, 'CHANGELOG.md'), 'utf8');
    writeFileSync(join(copy, 'CHANGELOG.md'), changelog.replace(/^## \[/m, '## [Unreleased]\n\n### Fixed\n\n- Something.\n\n## ['));
    execFileSync('npm', ['version', '9.8.7', '--no-git-tag-version', '--ignore-scripts=false'], { cwd: copy, stdio: 'ignore' });
    const places = versionsIn(copy);
    assert.ok(places.length >= 4);
    for (const place of places) assert.equal(place.version, '9.8.7', `${place.file} says ${place.version}`);
    assert.equal(changelogVersion(copy), '9.8.7');
    assert.match(readFileSync(join(copy, 'CHANGELOG.md'), 'utf8'), /^## \[9\.8\.7\] - \d{4}-\d\d-\d\d\n\n### Fixed\n\n- Something\.\n\n## \[/m);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
