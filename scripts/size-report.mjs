// `npm run size`: where the bytes of dist/career-paths.js go, per source file.
//
// Builds the drop-in file exactly as rollup.config.mjs does (in memory, with a source map) and
// gives every byte of the output to the source file it came from. The brotli column shares the
// real brotli size of the whole file out in proportion to each file's own brotli size: brotli
// finds repeats across files, so a file's cost is approximate, but the ranking holds.
//
// It also writes the table of the drop-in file's size into README.md (between
// `<!-- size:start -->` and `<!-- size:end -->`).
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import configs from '../rollup.config.mjs';
import { writeReadmeBlock } from './readme-block.mjs';
import { BROTLI_LIMIT, BROTLI_TARGET, GZIP_LIMIT } from './check-size.mjs';

const FILE = 'dist/career-paths.js';
const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const config = configs.find((c) => c.output?.file === FILE);
const bundle = await rollup({ ...config, onwarn: () => {} });
const { output } = await bundle.generate({ ...config.output, sourcemap: true });
await bundle.close();
const { map } = output[0];
const code = output[0].code.replace(/\/\/# sourceMappingURL=.*\n?$/, '');

/** Decodes a source map's `mappings` (base64 VLQ) into, per output line, [column, source] pairs. */
function decodeMappings(mappings) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const fields = [];
        for (let i = 0, value = 0, shift = 0; i < segment.length; i++) {
          const digit = digits.indexOf(segment[i]);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            fields.push(value & 1 ? -(value >> 1) : value >> 1);
            value = shift = 0;
          }
        }
        column += fields[0];
        if (fields.length > 1) source += fields[1];
        return [column, fields.length > 1 ? source : -1];
      });
  });
}

const name = (source) => (source === -1 ? '(bundle wrapper)' : map.sources[source].replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, ''));
const isLit = (file) => /^(lit|lit-html|lit-element|@lit)\//.test(file);

/** The output text of each source file, in output order. */
const texts = new Map();
const lines = code.split('\n');
decodeMappings(map.mappings).forEach((segments, l) => {
  const line = lines[l] ?? '';
  if (!segments.length) segments = [[0, -1]];
  if (segments[0][0] > 0) segments.unshift([0, -1]);
  segments.forEach(([column, source], s) => {
    const file = name(source);
    texts.set(file, (texts.get(file) ?? '') + line.slice(column, segments[s + 1]?.[0] ?? line.length));
  });
});

const total = { bytes: code.length, brotli: brotli(code) };
const own = new Map([...texts].map(([file, text]) => [file, brotli(text)]));
const ownSum = [...own.values()].reduce((a, b) => a + b, 0);
const rows = [...texts]
  .map(([file, text]) => ({ file, bytes: text.length, brotli: Math.round((own.get(file) / ownSum) * total.brotli) }))
  .sort((a, b) => b.bytes - a.bytes);
const sum = (list) => list.reduce((a, r) => ({ bytes: a.bytes + r.bytes, brotli: a.brotli + r.brotli }), { bytes: 0, brotli: 0 });

const n = (x) => x.toLocaleString('en');
const pct = (x) => `${((100 * x) / total.bytes).toFixed(1)}%`;
const width = Math.max(...rows.map((r) => r.file.length), 24);
const row = (label, r) => console.log(`${label.padEnd(width)} ${n(r.bytes).padStart(7)} ${pct(r.bytes).padStart(6)} ${n(r.brotli).padStart(7)}`);

console.log(`${FILE}, built as rollup.config.mjs builds it\n`);
console.log(`${'source file'.padEnd(width)} ${'bytes'.padStart(7)} ${'share'.padStart(6)} ${'≈brotli'.padStart(7)}`);
for (const r of rows) row(r.file, r);
console.log('');
row('Lit', sum(rows.filter((r) => isLit(r.file))));
row('our code (src/)', sum(rows.filter((r) => r.file.startsWith('src/'))));
row('everything else', sum(rows.filter((r) => !isLit(r.file) && !r.file.startsWith('src/'))));
row('total', total);

const gzip = gzipSync(code, { level: 9 }).length;
const lit = sum(rows.filter((r) => isLit(r.file)));
writeReadmeBlock(
  'size',
  [
    '| `dist/career-paths.js` | bytes | brotli | gzip |',
    '|---|---|---|---|',
    `| the build | ${n(total.bytes)} | ${n(total.brotli)} | ${n(gzip)} |`,
    `| of which Lit | ${n(lit.bytes)} | ≈ ${n(lit.brotli)} | |`,
    `| target (room for what is planned) | | ${n(BROTLI_TARGET)} | |`,
    `| limit (\`npm test\` fails above) | | ${n(BROTLI_LIMIT)} | ${n(GZIP_LIMIT)} |`,
  ].join('\n'),
);
