// The WordPress plugin as the plugin directory reads it: readme.txt by the directory's rules for
// its header and sections, agreeing with the plugin's own header and package.json, and the zip
// that `npm run wordpress` writes holding what the directory asks for (the readme, the source of
// the minified script, the notices of what it bundles, the translations).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import gettext from 'gettext-parser';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const plugin = join(root, 'wordpress', 'career-paths');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The plugin header of career-paths.php, by field name. */
const pluginHeader = Object.fromEntries(
  [...readFileSync(join(plugin, 'career-paths.php'), 'utf8').matchAll(/^ \* ([A-Z][\w ]+?):\s+(.+)$/gm)].map(([, name, value]) => [name, value.trim()]),
);

/**
 * readme.txt as the directory's parser reads it: `=== Name ===`, then `Field: value` lines up
 * to the first blank line, then the short description, then `== Section ==` blocks.
 */
function parseReadme(text) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const name = /^=== (.+) ===$/.exec(lines[0])?.[1];
  let i = 1;
  const headers = {};
  for (; i < lines.length && lines[i].trim(); i++) {
    const [, field, value] = /^([^:]+):\s*(.*)$/.exec(lines[i]) ?? [];
    assert.ok(field, `a header line is "Field: value": ${lines[i]}`);
    headers[field.trim()] = value.trim();
  }
  while (i < lines.length && !lines[i].trim()) i++;
  const short = [];
  for (; i < lines.length && lines[i].trim() && !lines[i].startsWith('=='); i++) short.push(lines[i].trim());
  const sections = {};
  let current;
  for (; i < lines.length; i++) {
    const heading = /^== (.+) ==$/.exec(lines[i]);
    if (heading) sections[(current = heading[1])] = [];
    else if (current) sections[current].push(lines[i]);
  }
  return { name, headers, short: short.join(' '), sections: Object.fromEntries(Object.entries(sections).map(([key, body]) => [key, body.join('\n').trim()])) };
}

describe('the plugin’s readme.txt, by the plugin directory’s rules', () => {
  const readme = parseReadme(readFileSync(join(plugin, 'readme.txt'), 'utf8'));

  test('names the plugin as its header does', () => {
    assert.equal(readme.name, pluginHeader['Plugin Name']);
  });

  test('has the header fields the directory requires, each agreeing with the plugin and package.json', () => {
    const { headers } = readme;
    for (const field of ['Tested up to', 'Stable tag', 'License', 'License URI', 'Requires at least', 'Requires PHP', 'Tags'])
      assert.ok(headers[field], `readme.txt has "${field}"`);
    assert.equal(headers['Stable tag'], version, 'Stable tag is the released version');
    assert.notEqual(headers['Stable tag'], 'trunk');
    assert.equal(pluginHeader.Version, version);
    assert.equal(headers['Requires at least'], pluginHeader['Requires at least']);
    assert.equal(headers['Requires PHP'], pluginHeader['Requires PHP']);
    assert.equal(headers.License, pluginHeader.License);
    assert.equal(headers['License URI'], pluginHeader['License URI']);
    assert.match(headers['License URI'], /^https:\/\/\S+$/);
    // Versions as the directory compares them: WordPress's major.minor.
    assert.match(headers['Tested up to'], /^\d+\.\d+$/);
    assert.match(headers['Requires at least'], /^\d+\.\d+$/);
    assert.match(headers['Requires PHP'], /^\d+\.\d+$/);
    assert.equal(headers['Tested up to'], '7.1', 'the newest WordPress the tests run on');
    assert.equal(headers['Requires at least'], '6.1', 'the oldest WordPress the tests run on');
  });

  test('has at most five tags, none of them a word the directory ignores', () => {
    const tags = readme.headers.Tags.split(',').map((tag) => tag.trim());
    assert.ok(tags.length >= 1 && tags.length <= 5, `${tags.length} tags`);
    for (const tag of tags) assert.doesNotMatch(tag, /^(plugin|wordpress)$/i);
  });

  test('has a short description of at most 150 characters, with no markup', () => {
    assert.ok(readme.short.length > 0 && readme.short.length <= 150, `${readme.short.length} characters`);
    assert.doesNotMatch(readme.short, /[<>*`[\]]/);
  });

  test('has the sections the directory shows, and a changelog entry for the stable version', () => {
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Screenshots', 'Changelog'])
      assert.ok(readme.sections[section], `== ${section} ==`);
    assert.match(readme.sections.Changelog, new RegExp(`^= ${version.replaceAll('.', '\\.')} =$`, 'm'));
    assert.match(readme.sections.Screenshots, /^1\. \S/m);
    assert.match(readme.sections.Description, /source\//, 'says where the source of the minified script is');
  });
});

describe('the zip that npm run wordpress writes', { skip: !existsSync(join(root, 'dist', 'career-paths.js')) && 'needs npm run build first' }, () => {
  let zip;
  before(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'wordpress.mjs')], { cwd: root, stdio: 'pipe' });
    zip = unzipSync(readFileSync(join(root, 'dist', 'career-paths-wordpress.zip')));
  });
  const text = (name) => Buffer.from(zip[`career-paths/${name}`] ?? '').toString('utf8');

  test('holds the readme, the script’s source and the notices of what the script bundles', () => {
    assert.equal(text('readme.txt'), readFileSync(join(plugin, 'readme.txt'), 'utf8'));
    assert.ok(zip['career-paths/source/src/career-paths.ts'], 'the entry point of assets/career-paths.js');
    assert.ok(zip['career-paths/source/rollup.config.mjs']);
    assert.match(text('assets/career-paths.js.LICENSE.txt'), /Lit[^]*BSD 3-Clause License[^]*Google LLC/);
  });

  test('holds a .pot with every word of the plugin, PHP, editor script and block.json alike', () => {
    const pot = gettext.po.parse(text('languages/career-paths.pot'));
    const ids = Object.entries(pot.translations).flatMap(([context, byId]) => Object.keys(byId).map((id) => `${context}|${id}`));
    for (const expected of [
      '|Dataset URL',
      '|Heading %s',
      'block title|Career comparison',
      'block description|Lets students narrow roles by path and interests and read about each, from a JSON dataset.',
      'block keyword|interests',
    ])
      assert.ok(ids.includes(expected), expected);
    assert.ok(
      ids.some((id) => id.startsWith('|This file is not valid JSON')),
      'the upload check’s message',
    );
  });

  test('holds the Spanish translation for PHP (.mo) and for the editor script (JSON named by its path)', () => {
    const mo = gettext.mo.parse(Buffer.from(zip['career-paths/languages/career-paths-es_ES.mo']));
    assert.equal(mo.translations['block title']['Career comparison'].msgstr[0], 'Comparación de carreras');
    const hash = createHash('md5').update('blocks/editor.js').digest('hex');
    const json = JSON.parse(text(`languages/career-paths-es_ES-${hash}.json`));
    assert.deepEqual(json.locale_data.messages['Dataset URL'], ['URL del conjunto de datos']);
  });
});
