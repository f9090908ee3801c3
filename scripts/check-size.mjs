// Fails when a file that school pages load outgrows its budget (brotli quality 11, gzip -9):
// the drop-in file, 12 KB brotli or 14 KB gzip; the optional host script of the embed page,
// 1 KB brotli. A school page pays for every byte on every visit, often over a phone's network.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const gzip = (code) => gzipSync(code, { level: 9 });

const FILES = [
  ['dist/career-paths.js', [['brotli', 12 * 1024, brotli], ['gzip', 14 * 1024, gzip]]],
  ['dist/embed.js', [['brotli', 1024, brotli]]],
];

const n = (bytes) => bytes.toLocaleString('en');
let over = false;
for (const [file, budgets] of FILES) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const code = readFileSync(file);
  console.log(`${file}: ${n(code.length)} bytes`);
  for (const [name, budget, compress] of budgets) {
    const size = compress(code).length;
    const delta = budget - size;
    over ||= delta < 0;
    console.log(
      `  ${name.padEnd(6)} ${n(size).padStart(6)} of ${n(budget)}: ` +
        (delta < 0 ? `${n(-delta)} bytes OVER the budget` : `${n(delta)} to spare`),
    );
  }
}
if (over) console.error('Too big: `npm run size` shows which source files spend the bytes.');
process.exit(over ? 1 : 0);
