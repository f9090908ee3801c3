// `npm run manifest`: writes custom-elements.json from the JSDoc of the elements (see
// custom-elements-manifest.config.mjs), and the element reference in README.md from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- reference:start: generated from custom-elements.json by `npm run manifest` -->';
const END = '<!-- reference:end -->';

/** The manifest, as `custom-elements.json` holds it. */
export async function manifest() {
  return cli({ argv: ['analyze'], cwd: root, noWrite: true });
}

export const elementsOf = (manifest) => manifest.modules.flatMap((module) => module.declarations);

const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text === undefined || text === '' ? '—' : `\`${text}\``);
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''] : [];

/** The element reference in Markdown: attributes, events, parts, slots and tokens. */
export function reference(manifest) {
  const elements = elementsOf(manifest);
  const lines = [];
  for (const element of elements) {
    lines.push(`### \`<${element.tagName}>\``, '', cell(element.description), '');
    lines.push(
      ...table(
        ['attribute', 'property', 'default', 'meaning'],
        (element.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.default?.replace(/^'(.*)'$/, '$1')), cell(a.description)]),
      ),
      ...table(
        ['event', 'detail', 'when'],
        (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
      ...table(
        ['part', 'what it is'],
        (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
  const tokens = elements[0]?.cssProperties ?? [];
  lines.push('### Design tokens (both elements)', '');
  lines.push(
    ...table(
      ['custom property', 'default', 'what it styles'],
      tokens.map((t) => [code(t.name), code(t.default), cell(t.description)]),
    ),
  );
  return [START, '', ...lines, END].join('\n');
}

/** README.md with its reference block replaced by `block`; null when the markers are missing. */
export function withReference(readme, block) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return null;
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

export const manifestText = (manifest) => JSON.stringify(manifest, null, 2) + '\n';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await manifest();
  writeFileSync(`${root}custom-elements.json`, manifestText(result));
  console.log('wrote custom-elements.json');
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const updated = withReference(readme, reference(result));
  if (updated === null) {
    console.error(`README.md has no reference block: add the two lines\n${START}\n${END}\nwhere it belongs.`);
    process.exit(1);
  }
  if (updated !== readme) writeFileSync(`${root}README.md`, updated);
  console.log('wrote the element reference in README.md');
}
