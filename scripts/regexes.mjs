// Every regular expression in src/, for the ReDoS check of `npm run lint` (scripts/lint-regexes.mjs)
// and the timing test of test/node/regexes.test.mjs: the literals, read with TypeScript's parser,
// and the patterns that src/ exports as strings (`SAFE_URL_PATTERN`, `ID_PATTERN`, the format's
// `pattern` rules), which `new RegExp` compiles at run time. A `new RegExp` of anything else is
// reported as unchecked: a pattern built at run time cannot be checked ahead of time.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './load-ts.mjs';

const ts = createRequire(import.meta.url)('typescript-5');
const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** The expressions `new RegExp` may be given: each names patterns that `exportedPatterns` checks. */
const EXPORTED = ['SAFE_URL_PATTERN', 'ID_PATTERN', 'rule.pattern'];

const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

/** The literals of src/ (`{ where, source, flags }`) and the `new RegExp` calls it cannot check. */
export function literals() {
  const found = [];
  const unchecked = [];
  for (const path of sources(join(root, 'src'))) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node) => `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const end = node.text.lastIndexOf('/');
        found.push({ where: where(node), source: node.text.slice(1, end), flags: node.text.slice(end + 1) });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const argument = node.arguments?.[0]?.getText() ?? '';
        if (!EXPORTED.includes(argument)) unchecked.push({ where: where(node), argument });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { found, unchecked };
}

/** The patterns src/ exports as strings, each `{ where, source, flags }`. */
export async function exportedPatterns() {
  const links = await importTs(join(root, 'src/shared/links.ts'));
  const format = await importTs(join(root, 'src/dataset/format.ts'));
  const out = [];
  for (const [name, module] of [
    ['src/shared/links.ts', links],
    ['src/dataset/format.ts', format],
  ])
    for (const [key, value] of Object.entries(module)) if (key.endsWith('_PATTERN')) out.push({ where: `${name} ${key}`, source: value, flags: '' });
  const seen = new Set();
  const walk = (rule) => {
    if (!rule || typeof rule !== 'object' || seen.has(rule)) return;
    seen.add(rule);
    if (rule.type === 'pattern') out.push({ where: 'src/dataset/format.ts datasetRule', source: rule.pattern, flags: '' });
    for (const value of Object.values(rule)) walk(value);
  };
  walk(format.datasetRule);
  return out;
}

/** Every regular expression of src/, and the `new RegExp` calls that cannot be checked. */
export async function regexes() {
  const { found, unchecked } = literals();
  return { all: [...found, ...(await exportedPatterns())], unchecked };
}
