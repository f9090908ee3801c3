// `npm run lint`'s template check: lit-analyzer over src/, failing on any problem it reports
// except two that lit-analyzer 2.0.3 gets wrong, matched by their exact messages:
// - Lit's `nothing` in an attribute binding (`role=${scroll ? 'region' : nothing}`) removes the
//   attribute, but lit-analyzer types it as a symbol the attribute cannot take;
// - `accent-color` (CSS Basic User Interface 4, in every engine since 2021), `content-visibility`
//   and `contain-intrinsic-block-size` (CSS Containment 2, in every engine since 2024) are missing
//   from the CSS data lit-analyzer ships.
// lit-analyzer runs with scripts/typescript-5.cjs loaded first, which gives it the TypeScript API
// it needs.
const { execFileSync } = require('node:child_process');

const WRONG = [
  /^\s*\d+:\d+\s+error\s+Type '[^']*\bSymbol\(undefined\)[^']*' is not assignable to /,
  /^\s*\d+:\d+\s+warning\s+Unknown property: '(accent-color|content-visibility|contain-intrinsic-block-size)'$/,
];

let output;
try {
  const analyzer = require.resolve('lit-analyzer/cli.js');
  output = execFileSync(process.execPath, ['--require', require.resolve('./typescript-5.cjs'), analyzer, 'src/**/*.ts', '--strict', '--format', 'list'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  output = error.stdout ?? '';
}
// A crash (such as a missing TypeScript API) prints no problem at all: that is a failure too.
if (!/Analyzing \d+ files/.test(output)) {
  console.log(output);
  console.log('lit-analyzer: did not run');
  process.exit(1);
}
const problems = output.split('\n').filter((line) => /^\s*\d+:\d+\s+(error|warning)\s/.test(line));
const real = problems.filter((line) => !WRONG.some((pattern) => pattern.test(line)));
if (real.length) {
  console.log(output);
  console.log(`lit-analyzer: ${real.length} problem(s)`);
  process.exit(1);
}
console.log(`lit-analyzer: no problems (${problems.length} known false positive(s) left out)`);
