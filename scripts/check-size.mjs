// Fails when the drop-in file outgrows its budget: 12 KB brotli (quality 11) or 14 KB gzip (-9).
// A school page pays for every byte on every visit, often over a phone's network.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const FILE = 'dist/career-paths.js';
const budgets = [
  ['brotli', 12 * 1024, (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })],
  ['gzip', 14 * 1024, (code) => gzipSync(code, { level: 9 })],
];

if (!existsSync(FILE)) {
  console.error(`${FILE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const code = readFileSync(FILE);
const n = (bytes) => bytes.toLocaleString('en');
let over = false;
console.log(`${FILE}: ${n(code.length)} bytes`);
for (const [name, budget, compress] of budgets) {
  const size = compress(code).length;
  const delta = budget - size;
  over ||= delta < 0;
  console.log(
    `  ${name.padEnd(6)} ${n(size).padStart(6)} of ${n(budget)}: ` +
      (delta < 0 ? `${n(-delta)} bytes OVER the budget` : `${n(delta)} to spare`),
  );
}
if (over) console.error('Too big: `npm run size` shows which source files spend the bytes.');
process.exit(over ? 1 : 0);
