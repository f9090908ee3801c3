#!/usr/bin/env node
// `npm test`: everything CI checks, ending with the line `N passed, M failed`.
//
//   1. the browsers (Debian packages) are there; as root they are installed
//      with apt-get if missing
//   2. npm run lint, npm run build (a failure stops the run)
//   3. every scripts/check-*.mjs, in name order: each is one check that passes
//      when it exits 0; then the Node tests of test/node/ (the command line),
//      each test counting once
//   4. web-test-runner (web-test-runner.config.mjs) in every selected engine;
//      each test in each engine counts once
//
// N and M add up the tests of all engines and the check scripts. A failing
// lint/build or a missing browser gives M >= 1. Nothing run at all is a failure.
//
// Environment:
//   BROWSERS=chromium,firefox,webkit  engines to run (default: all three;
//                                     ignored under CI, where all are needed)
//   SKIP_BUILD=1                      skip lint and build (local use; not under CI)
//   NO_INSTALL=1                      never run apt-get; fail on a missing browser
// Extra arguments go to web-test-runner, e.g.
//   npm test -- --files test/foo.test.ts
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_BROWSERS, DEBIAN_PACKAGES, missingRequirements, selectedBrowsers, versionOf } from './browsers.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const isCI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const started = Date.now();

let passed = 0;
let failed = 0;
const problems = [];

function fail(message) {
  failed++;
  problems.push(message);
}

function finish() {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log('');
  if (problems.length) {
    console.log('Failures:');
    for (const p of problems) console.log(`  - ${p}`);
  }
  if (passed + failed === 0) {
    failed = 1;
    console.log('No test ran: that counts as a failure.');
  }
  console.log(`npm test took ${seconds}s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

function heading(text) {
  console.log(`\n=== ${text}`);
}

// Pass SIGTERM/SIGHUP on to the running step (Ctrl-C reaches it anyway).
let current;
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    current?.kill(signal);
    process.kill(process.pid, signal);
  });
}

/** Runs a command with inherited stdio; resolves to its exit code. */
function run(cmd, args, options = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', ...options });
    current = child;
    child.on('error', (err) => {
      console.error(`${cmd}: ${err.message}`);
      resolveRun(127);
    });
    child.on('close', (code, signal) => resolveRun(code ?? (signal ? 128 : 1)));
  });
}

// --- 1. browsers -------------------------------------------------------------

let browsers;
try {
  browsers = selectedBrowsers();
} catch (err) {
  fail(err.message);
  finish();
}
if (isCI && browsers.length !== ALL_BROWSERS.length) {
  console.log(`CI is set: running all of ${ALL_BROWSERS.join(', ')} (BROWSERS=${process.env.BROWSERS} ignored)`);
  browsers = [...ALL_BROWSERS];
}

// A fresh clone: `npm test` alone installs the packages the lockfile names.
if (!existsSync(join(root, 'node_modules'))) {
  heading('Installing the npm packages (npm ci)');
  if ((await run('npm', ['ci', '--no-audit', '--no-fund'])) !== 0) {
    fail('npm ci failed');
    finish();
  }
}

heading(`Browsers: ${browsers.join(', ')}`);
let missing = missingRequirements(browsers);
if (missing.length) {
  const packages = [...new Set(missing.map((m) => m.pkg))];
  for (const m of missing) console.log(`missing ${m.file} (${m.browser}; Debian package ${m.pkg})`);
  const canInstall = !process.env.NO_INSTALL && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`Installing ${packages.join(' ')} with apt-get`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const code = (await run('apt-get', ['update'], { env })) || (await run('apt-get', ['install', '-y', ...packages], { env }));
    if (code !== 0) console.log(`apt-get failed with exit code ${code}`);
    missing = missingRequirements(browsers);
  }
  if (missing.length) {
    const pkgs = [...new Set(missing.map((m) => m.pkg))];
    for (const m of missing) fail(`${m.browser}: ${m.file} not found`);
    console.error(
      `\nThe tests need these browsers. Install them with:\n` +
        `  apt-get update && apt-get install -y ${pkgs.join(' ')}\n` +
        `(all of them: apt-get install -y ${DEBIAN_PACKAGES.join(' ')})\n` +
        `or choose engines with BROWSERS=${ALL_BROWSERS.join(',')} (not under CI).`,
    );
    finish();
  }
}
console.log('All needed browser binaries are present.');
/** Each engine's version, as its binaries report it: the run does not assume one. */
const versions = Object.fromEntries(browsers.map((browser) => [browser, versionOf(browser)]));
for (const browser of browsers) console.log(`${browser.padEnd(9)} ${versions[browser]}`);

// --- 2. lint and build -------------------------------------------------------

if (process.env.SKIP_BUILD && !isCI) {
  heading('SKIP_BUILD is set: lint and build skipped');
} else {
  for (const script of ['lint', 'build']) {
    heading(`npm run ${script}`);
    const code = await run('npm', ['run', script]);
    if (code !== 0) {
      fail(`npm run ${script} exited with code ${code}`);
      finish();
    }
  }
}

// --- 3. scripts/check-*.mjs --------------------------------------------------

const checks = readdirSync(join(root, 'scripts'))
  .filter((f) => /^check-.*\.mjs$/.test(f))
  .sort();
for (const check of checks) {
  heading(`node scripts/${check}`);
  const code = await run(process.execPath, [join('scripts', check)]);
  if (code === 0) passed++;
  else fail(`scripts/${check} exited with code ${code}`);
}

heading('node --test test/node/');
// Named one by one: Node 20 takes no glob after --test.
const nodeTests = readdirSync(join(root, 'test', 'node'))
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => join('test', 'node', f));
const node = await new Promise((resolveNode) => {
  const child = spawn(process.execPath, ['--test', '--test-reporter=tap', ...nodeTests], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  current = child;
  let tap = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    tap += chunk;
  });
  child.on('error', (err) => resolveNode({ code: 127, tap: `${err.message}` }));
  child.on('close', (code) => resolveNode({ code, tap }));
});
const tapCount = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(node.tap)?.[1] ?? 0);
passed += tapCount('pass');
failed += tapCount('fail');
if (tapCount('fail')) problems.push(`test/node: ${tapCount('fail')} failed (see "not ok" above)`);
else if (node.code !== 0) fail(`node --test exited with code ${node.code}`);

// --- 4. web-test-runner ------------------------------------------------------

heading(`web-test-runner in ${browsers.join(', ')}`);
const require = createRequire(import.meta.url);
// The package's "exports" hide package.json: walk up from its main file.
let wtrDir = dirname(require.resolve('@web/test-runner'));
while (!existsSync(join(wtrDir, 'package.json'))) wtrDir = dirname(wtrDir);
const wtrPkg = JSON.parse(readFileSync(join(wtrDir, 'package.json'), 'utf8'));
const wtrBin = join(wtrDir, typeof wtrPkg.bin === 'string' ? wtrPkg.bin : wtrPkg.bin.wtr);

const resultsDir = mkdtempSync(join(tmpdir(), 'wtr-results-'));
const resultsFile = join(resultsDir, 'results.json');
const code = await run(process.execPath, [wtrBin, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  env: { ...process.env, BROWSERS: browsers.join(','), WTR_RESULTS_FILE: resultsFile },
});

let results;
try {
  results = JSON.parse(readFileSync(resultsFile, 'utf8'));
} catch {
  results = undefined;
}
rmSync(resultsDir, { recursive: true, force: true });

console.log('');
if (!results) {
  fail(`web-test-runner wrote no results (exit code ${code})`);
} else {
  let wtrFailed = 0;
  for (const browser of browsers) {
    const r = results.browsers[browser];
    if (!r) {
      fail(`${browser}: no results`);
      wtrFailed++;
      continue;
    }
    console.log(`${browser.padEnd(9)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''} (${versions[browser]})`);
    passed += r.passed;
    failed += r.failed;
    wtrFailed += r.failed;
    for (const f of r.failures) problems.push(`${browser}: ${f}`);
    // A command the browser no longer (or not yet) knows fails every file alike: say it once.
    const refused = new Set(r.failures.flatMap((f) => f.match(/unknown command ([\w.]+)/)?.[1] ?? []));
    for (const command of refused) {
      const files = r.failures.filter((f) => f.includes(`unknown command ${command}`)).length;
      problems.unshift(`${browser}: ${versions[browser]} refused the command ${command} (${files} failures)`);
    }
    if (r.passed + r.failed === 0) fail(`${browser} (${versions[browser]}): ran no test`);
    else if (r.passed === 0) problems.unshift(`${browser} (${versions[browser]}): no test passed; the first failure: ${r.failures[0]}`);
  }
  if (code !== 0 && wtrFailed === 0) fail(`web-test-runner exited with code ${code}`);
}

finish();
