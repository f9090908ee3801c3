#!/usr/bin/env node
// `npm run wordpress`: packs the WordPress plugin as dist/career-paths-wordpress.zip, one folder
// `career-paths/` that WordPress installs from Plugins › Add New › Upload Plugin. Inside:
// the plugin's PHP and editor script (wordpress/career-paths/), the built drop-in as
// assets/career-paths.js (served from the site itself), and words.json, the widgets' built-in
// words written from src/words so that the PHP fallback says what the widgets say.
//
// Zipped with fflate (pure JavaScript): the same on every machine, no system `zip` needed,
// and a fixed date on every entry so that the same sources give the same bytes.
import { zipSync } from 'fflate';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './load-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const plugin = join(root, 'wordpress', 'career-paths');
const out = join(root, 'dist', 'career-paths-wordpress.zip');

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const main = readFileSync(join(plugin, 'career-paths.php'), 'utf8');
for (const [what, found] of [
  ['the plugin header', /^ \* Version:\s+(\S+)/m.exec(main)?.[1]],
  ['CAREER_PATHS_VERSION', /CAREER_PATHS_VERSION = '([^']+)'/.exec(main)?.[1]],
])
  if (found !== version) throw new Error(`wordpress/career-paths/career-paths.php: ${what} says ${found}, package.json says ${version}`);

const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

const { languages } = await importTs(join(root, 'src', 'words', 'index.ts'));
const entries = {
  ...Object.fromEntries(files(plugin).map((file) => [`career-paths/${relative(plugin, file).split('\\').join('/')}`, readFileSync(file)])),
  'career-paths/assets/career-paths.js': readFileSync(join(root, 'dist', 'career-paths.js')),
  'career-paths/words.json': Buffer.from(JSON.stringify(languages, null, 2) + '\n'),
  'career-paths/LICENSE': readFileSync(join(root, 'LICENSE')),
  'career-paths/THIRD-PARTY-NOTICES': readFileSync(join(root, 'dist', 'THIRD-PARTY-NOTICES')),
};
const mtime = new Date('2000-01-01T00:00:00Z');
writeFileSync(
  out,
  zipSync(
    Object.fromEntries(
      Object.entries(entries)
        .sort()
        .map(([name, data]) => [name, [data, { mtime }]]),
    ),
    { level: 9 },
  ),
);
console.log(`${relative(root, out)}: ${Object.keys(entries).length} files, ${statSync(out).size} bytes`);
