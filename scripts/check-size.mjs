// Fails when a file that school pages load outgrows its budget (brotli quality 11, gzip -9): the
// drop-in file, 13 KB brotli or 15 KB gzip; the optional host script of the embed page, 1 KB
// brotli. A school page pays for every byte on every visit, often over a phone's network, but it
// does not feel a kilobyte: the budget leaves room for Lit itself (LitElement, about 5.4 KB of
// it), which the elements use rather than a copy of their own. For the drop-in it also says how
// much room is left under the brotli target, 12.5 KB, which keeps space for what is planned.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BROTLI_LIMIT = 13 * 1024;
export const GZIP_LIMIT = 15 * 1024;
export const BROTLI_TARGET = 12.5 * 1024;

const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const gzip = (code) => gzipSync(code, { level: 9 });

/** Each file, its budgets and, for brotli, the target to report the headroom against. */
const FILES = [
  [
    'dist/career-paths.js',
    [
      ['brotli', BROTLI_LIMIT, brotli, BROTLI_TARGET],
      ['gzip', GZIP_LIMIT, gzip],
    ],
  ],
  ['dist/embed.js', [['brotli', 1024, brotli]]],
];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) check();

function check() {
  const n = (bytes) => bytes.toLocaleString('en');
  let over = false;
  for (const [file, budgets] of FILES) {
    if (!existsSync(file)) {
      console.error(`${file} is missing: run \`npm run build\` first.`);
      process.exit(1);
    }
    const code = readFileSync(file);
    console.log(`${file}: ${n(code.length)} bytes`);
    for (const [name, budget, compress, target] of budgets) {
      const size = compress(code).length;
      const delta = budget - size;
      if (delta < 0) over = true;
      console.log(`  ${name.padEnd(6)} ${n(size).padStart(6)} of ${n(budget)}: ` + (delta < 0 ? `${n(-delta)} bytes OVER the budget` : `${n(delta)} to spare`));
      if (target) {
        const room = target - size;
        console.log(`  ${''.padEnd(6)} ${''.padStart(6)}    ${n(target)} target: ${room < 0 ? `${n(-room)} bytes over` : `${n(room)} bytes of headroom`}`);
      }
    }
  }
  if (over) console.error('Too big: `npm run size` shows which source files spend the bytes.');
  process.exit(over ? 1 : 0);
}
