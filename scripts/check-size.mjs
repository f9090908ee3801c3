// Fails when the drop-in file outgrows its budget: 12 KB brotli (quality 11) or 14 KB gzip (-9).
// A school page pays for every byte on every visit, often over a phone's network. It also says how
// much room is left under the brotli target, 11.5 KB, which keeps space for what is planned.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BROTLI_LIMIT = 12 * 1024;
export const GZIP_LIMIT = 14 * 1024;
export const BROTLI_TARGET = 11.5 * 1024;

const FILE = 'dist/career-paths.js';
const budgets = [
  ['brotli', BROTLI_LIMIT, (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })],
  ['gzip', GZIP_LIMIT, (code) => gzipSync(code, { level: 9 })],
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) check();

function check() {

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
    if (name === 'brotli') {
      const room = BROTLI_TARGET - size;
      console.log(`  ${''.padEnd(6)} ${''.padStart(6)}    ${n(BROTLI_TARGET)} target: ${room < 0 ? `${n(-room)} bytes over` : `${n(room)} bytes of headroom`}`);
    }
  }
  if (over) console.error('Too big: `npm run size` shows which source files spend the bytes.');
  process.exit(over ? 1 : 0);
}
