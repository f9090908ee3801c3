#!/usr/bin/env node
// `npm version <new>` runs this as the `version` lifecycle script, after it has written the new
// version to package.json and before it commits: every other place that names the version is
// written from package.json, and staged for npm's commit. test/node/version.test.mjs fails when any
// of them disagrees with package.json.
//
//   src/version.ts                           VERSION, which the drop-in reports and the editor's
//                                            CDN choice pins
//   README.md                                the pinned CDN addresses, career-paths@X.Y.Z
//   wordpress/career-paths/career-paths.php  the plugin header's Version (and a Stable tag line,
//                                            if it has one) and CAREER_PATHS_VERSION
//   wordpress/career-paths/readme.txt        Stable tag, if the file is there
//   CHANGELOG.md                             "## [Unreleased]" becomes "## [X.Y.Z] - date"
//
// `node scripts/version.mjs DIR` does the same in another copy of the project (the test's).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const semver = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?`;

/** Each place: its file, and a pattern whose groups 1 and 3 surround the version (group 2). */
export const PLACES = [
  ['src/version.ts', new RegExp(`(VERSION = ')(${semver})(')`, 'g')],
  ['README.md', new RegExp(`(career-paths@)(${semver})(/)`, 'g')],
  ['wordpress/career-paths/career-paths.php', new RegExp(`^( \\* (?:Version|Stable tag):\\s+)(${semver})($)`, 'gm')],
  ['wordpress/career-paths/career-paths.php', new RegExp(`(CAREER_PATHS_VERSION = ')(${semver})(')`, 'g')],
  ['wordpress/career-paths/readme.txt', new RegExp(`^(Stable tag:\\s+)(${semver})($)`, 'gm'), { optional: true }],
];

/** Where each place names a version: [{ file, version }], one per occurrence. */
export function versionsIn(root) {
  return PLACES.flatMap(([file, pattern, { optional } = {}]) => {
    if (optional && !existsSync(join(root, file))) return [];
    const found = [...readFileSync(join(root, file), 'utf8').matchAll(pattern)].map((m) => ({ file, version: m[2] }));
    if (!found.length) throw new Error(`${file} names no version where ${pattern} looks`);
    return found;
  });
}

/** The version of the newest release in CHANGELOG.md: its first "## [X.Y.Z]" heading. */
export function changelogVersion(root) {
  return /^## \[([^\]]+)\]/m.exec(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'))?.[1];
}

function write(root) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const changed = new Set();
  for (const [file, pattern, { optional } = {}] of PLACES) {
    if (optional && !existsSync(join(root, file))) continue;
    const text = readFileSync(join(root, file), 'utf8');
    const next = text.replace(pattern, (_, before, _old, after) => `${before}${version}${after}`);
    if (next !== text) writeFileSync(join(root, file), next);
    changed.add(file);
  }

  // Keep a Changelog: what was gathered under Unreleased is now this version's entry. An entry
  // for this version written ahead stays as it is.
  const changelog = join(root, 'CHANGELOG.md');
  const text = readFileSync(changelog, 'utf8');
  if (!new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm').test(text)) {
    const date = new Date().toISOString().slice(0, 10);
    if (!/^## \[Unreleased\]/im.test(text)) throw new Error(`CHANGELOG.md has neither "## [Unreleased]" nor "## [${version}]": say what changed first`);
    writeFileSync(changelog, text.replace(/^## \[Unreleased\].*$/im, `## [${version}] - ${date}`));
  }
  changed.add('CHANGELOG.md');

  // npm commits what the version script staged; outside a Git work tree there is nothing to stage.
  const inGit = (() => {
    try {
      return (
        execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true'
      );
    } catch {
      return false;
    }
  })();
  if (inGit) execFileSync('git', ['add', '--', ...changed], { cwd: root });
  console.log(`version ${version}: ${[...changed].join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  write(resolve(process.argv[2] ?? dirname(dirname(fileURLToPath(import.meta.url)))));
}
