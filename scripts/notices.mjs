// The licences of what the built files bundle: the `/*! … */` banner at the head of the drop-in
// file and of dist/esm, and dist/THIRD-PARTY-NOTICES, written by the build from the licence
// texts of the packages that rollup actually put in a file. The npm package and the WordPress zip
// ship that file; a test (test/node/notices.test.mjs) fails when a bundled package has no notice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES';

/**
 * The banner: our licence, then Lit's notice as Lit's own `@license` comments give it. The drop-in
 * bundles Lit; dist/esm imports it, so the notice there says where the code comes from.
 */
export function banner({ bundlesLit }) {
  const holder = (file) => /Copyright \(c\) (.+?)\.?$/m.exec(readFileSync(file, 'utf8'))?.[1].replace(/\. All rights reserved$/, '');
  const lit = packageNotice(join(root, 'node_modules', 'lit'));
  return (
    `/*! career-paths ${pkg.version} (c) ${holder(join(root, 'LICENSE'))}, ${pkg.license} License. ` +
    `${bundlesLit ? 'Includes' : 'Imports'} Lit (c) ${holder(join(root, 'node_modules', 'lit', 'LICENSE'))}, ${lit.license}. See ${NOTICES_FILE} */`
  );
}

/** The folder of the npm package a module comes from, or undefined for our own source. */
export function packageDir(id) {
  const at = id.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return undefined;
  const parts = id.slice(at + `${sep}node_modules${sep}`.length).split(sep);
  return id.slice(0, at + `${sep}node_modules${sep}`.length) + parts.slice(0, parts[0].startsWith('@') ? 2 : 1).join(sep);
}

/** A package's name, version, licence and licence text; throws when it ships no licence text. */
export function packageNotice(dir) {
  const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = existsSync(dir) && readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`${name} ${version} is bundled but has no LICENSE file: its notice cannot be written`);
  return { name, version, license, text: readFileSync(join(dir, file), 'utf8').trim() };
}

/** The text of THIRD-PARTY-NOTICES: each package (by name), the files that bundle it, its licence. */
export function noticesText(packages) {
  const rule = '-'.repeat(72);
  const sections = [...packages.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((p) => `${rule}\n${p.name} ${p.version} (${p.license})\nBundled in: ${[...p.files].sort().join(', ')}\n\n${p.text}\n`);
  return (
    `Third-party software in career-paths ${pkg.version}\n\n` +
    `These packages are bundled in the built files named under each one; their licences follow.\n` +
    `career-paths itself is under the ${pkg.license} License (LICENSE).\n\n` +
    sections.join('\n')
  );
}

/**
 * A rollup plugin factory: `notices(file)` goes in each build whose file bundles packages. Every
 * build adds what it bundles and writes the notices known so far; rollup builds the configs in
 * turn, so the last build writes them all.
 */
export function thirdPartyNotices() {
  const packages = new Map();
  return (file) => ({
    name: 'third-party-notices',
    generateBundle() {
      for (const id of this.getModuleIds()) {
        const dir = packageDir(id);
        if (!dir) continue;
        if (!packages.has(dir)) packages.set(dir, { ...packageNotice(dir), files: new Set() });
        packages.get(dir).files.add(file);
      }
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: noticesText(packages) });
    },
  });
}
