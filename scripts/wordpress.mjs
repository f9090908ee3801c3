#!/usr/bin/env node
// `npm run wordpress`: packs the WordPress plugin as dist/career-paths-wordpress.zip, one folder
// `career-paths/` that WordPress installs from Plugins › Add New › Upload Plugin. Inside:
// - the plugin's PHP, editor script and readme.txt (wordpress/career-paths/);
// - the built drop-in as assets/career-paths.js (served from the site itself), with the licence
//   notices of what it bundles (Lit) beside it, and its TypeScript source in source/;
// - words.json, the widgets' built-in words written from src/words so that the PHP fallback says
//   what the widgets say;
// - languages/: career-paths.pot made from the plugin's sources by @wp-blocks/make-pot (and the
//   blocks' titles, descriptions and keywords from block.json), and for each translation
//   (wordpress/career-paths/languages/*.po) its .mo and the editor script's JSON.
//
// Zipped with fflate (pure JavaScript): the same on every machine, no system `zip` needed,
// and a fixed date on every entry so that the same sources give the same bytes.
import { zipSync } from 'fflate';
import gettext from 'gettext-parser';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
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
const inside = (dir) => files(dir).map((file) => relative(dir, file).split('\\').join('/'));

/** The plugin's words to translate: career-paths.pot, as @wp-blocks/make-pot finds them, and the blocks' own. */
function makePot() {
  const out = mkdtempSync(join(tmpdir(), 'career-paths-pot-'));
  try {
    const makePotBin = join(root, 'node_modules', '@wp-blocks', 'make-pot', 'lib', 'makePot.js');
    // block.json is read below, with the contexts WordPress gives its fields (make-pot would fetch their schema).
    execFileSync(
      process.execPath,
      // make-pot reads both folders as relative to its working folder.
      [
        makePotBin,
        relative(root, plugin),
        relative(root, out),
        '--domain',
        'plugin',
        '--slug',
        'career-paths',
        '--charset',
        'utf-8',
        '--skip-audit',
        '--skip-block-json',
        '--silent',
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const pot = gettext.po.parse(readFileSync(join(out, 'career-paths.pot')));
    // The same sources give the same file.
    delete pot.headers['POT-Creation-Date'];
    for (const file of inside(plugin).filter((file) => basename(file) === 'block.json')) {
      const block = JSON.parse(readFileSync(join(plugin, file), 'utf8'));
      for (const [context, texts] of [
        ['block title', [block.title]],
        ['block description', [block.description]],
        ['block keyword', block.keywords ?? []],
      ])
        for (const msgid of texts) {
          pot.translations[context] ??= {};
          pot.translations[context][msgid] ??= { msgctxt: context, msgid, msgstr: [''], comments: { reference: file } };
        }
    }
    return pot;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Each translation's .mo, and the JSON that WordPress gives each translated script (wp_set_script_translations). */
function translations(pot) {
  const entries = {};
  const folder = join(plugin, 'languages');
  const wanted = Object.values(pot.translations).flatMap((byId) => Object.values(byId).filter(({ msgid }) => msgid));
  for (const name of readdirSync(folder).filter((name) => name.endsWith('.po'))) {
    const po = gettext.po.parse(readFileSync(join(folder, name)));
    const missing = wanted.filter(({ msgctxt = '', msgid }) => !po.translations[msgctxt]?.[msgid]?.msgstr[0]).map(({ msgid }) => msgid);
    if (missing.length) throw new Error(`wordpress/career-paths/languages/${name} has no translation for: ${missing.join(' | ')}`);
    const locale = name.replace(/^career-paths-|\.po$/g, '');
    entries[`career-paths/languages/${name.replace(/\.po$/, '.mo')}`] = gettext.mo.compile(po);
    // One file per script, named by the MD5 of its path in the plugin, as WordPress looks it up.
    const scripts = [
      ...new Set(
        wanted.flatMap(({ comments }) =>
          (comments?.reference ?? '')
            .split(/\s+/)
            .map((at) => at.replace(/:\d+$/, ''))
            .filter((at) => at.endsWith('.js')),
        ),
      ),
    ];
    for (const script of scripts) {
      const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': po.headers['Plural-Forms'] } };
      for (const { msgctxt, msgid, comments } of wanted)
        if ((comments?.reference ?? '').split(/\s+/).some((at) => at.replace(/:\d+$/, '') === script))
          messages[msgctxt ? `${msgctxt}\u0004${msgid}` : msgid] = po.translations[msgctxt ?? ''][msgid].msgstr;
      const json = { domain: 'messages', locale_data: { messages } };
      const hash = createHash('md5').update(script).digest('hex');
      entries[`career-paths/languages/career-paths-${locale}-${hash}.json`] = Buffer.from(JSON.stringify(json) + '\n');
    }
  }
  return entries;
}

/** The TypeScript the drop-in is built from, and what builds it, as the plugin directory asks of a minified script. */
const source = () =>
  Object.fromEntries(
    [...inside(join(root, 'src')).map((file) => `src/${file}`), 'package.json', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'LICENSE'].map(
      (file) => [`career-paths/source/${file}`, readFileSync(join(root, file))],
    ),
  );

/** The licence notices of the drop-in and of what it bundles. */
const notices = () =>
  Buffer.from(
    [
      `assets/career-paths.js is career-paths ${version} (MIT License, see ../LICENSE), built from ../source/.`,
      'It includes Lit (the packages lit, lit-html, lit-element and @lit/reactive-element), under this licence:',
      '',
      readFileSync(join(root, 'node_modules', 'lit', 'LICENSE'), 'utf8').trim(),
      '',
    ].join('\n'),
  );

const { languages } = await importTs(join(root, 'src', 'words', 'index.ts'));
const pot = makePot();
const entries = {
  ...Object.fromEntries(inside(plugin).map((file) => [`career-paths/${file}`, readFileSync(join(plugin, file))])),
  'career-paths/languages/career-paths.pot': gettext.po.compile(pot, { foldLength: 0 }),
  ...translations(pot),
  ...source(),
  'career-paths/assets/career-paths.js': readFileSync(join(root, 'dist', 'career-paths.js')),
  'career-paths/assets/career-paths.js.LICENSE.txt': notices(),
  // The example datasets: the blocks' preview in the inserter, and a start for a school's own.
  'career-paths/examples/healthcare.json': readFileSync(join(root, 'data', 'healthcare-management-vs-administration.json')),
  'career-paths/examples/healthcare.es.json': readFileSync(join(root, 'data', 'healthcare-management-vs-administration.es.json')),
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
