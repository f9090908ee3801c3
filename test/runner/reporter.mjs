// A reporter that writes, per engine, the pass/fail count of every test as JSON (scripts/test.mjs
// reads it to print the run's closing line).
//
// It also fails a test file whose page logged one of Lit's development-mode warnings: the tests
// run Lit's development build (see web-test-runner.config.mjs), and a warning such as a binding
// Lit had to change would otherwise scroll past unseen.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** Lit's one notice that is not a warning about our code. */
const LIT_NOTICE = 'lit.dev/msg/dev-mode';

/** Lit's warnings in a session's browser logs. */
function litWarnings(session) {
  return (session.logs ?? []).map((args) => args.map(String).join(' ')).filter((line) => line.includes('lit.dev/msg/') && !line.includes(LIT_NOTICE));
}

function countSuite(suite, counts, prefix) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      counts.failures.push(`${prefix}${test.name}`);
    }
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts, `${prefix}${child.name} > `);
}

const emptyCounts = () => ({ passed: 0, failed: 0, skipped: 0, failures: [] });

export function results(rootDir, browserNames, sessions) {
  const browsers = Object.fromEntries(browserNames.map((name) => [name, emptyCounts()]));
  for (const session of sessions) {
    const counts = (browsers[session.browser.engine ?? session.browser.name] ??= emptyCounts());
    const testFile = relative(rootDir, session.testFile);
    const before = counts.failed;
    countSuite(session.testResults, counts, `${testFile}: `);
    // Errors outside tests (a file failed to load, a hook failed, the browser crashed or timed
    // out) and Lit's warnings: each one is a failure.
    const problems = [...(session.errors ?? []).map((error) => error.message ?? String(error)), ...litWarnings(session).map((line) => `Lit warned: ${line}`)];
    for (const problem of problems) {
      counts.failed++;
      counts.failures.push(`${testFile}: ${problem}`);
    }
    if (session.passed === false && counts.failed === before) {
      counts.failed++;
      counts.failures.push(`${testFile}: session failed`);
    }
  }
  return { browsers };
}

/** Writes the results to `file` when the run finishes (and again when it stops). */
export function resultsFileReporter(file, rootDir) {
  let browserNames = [];
  const write = (sessions) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(results(rootDir, browserNames, sessions), null, 2));
  };
  return {
    start({ browsers }) {
      browserNames = browsers.map((browser) => browser.engine ?? browser.name);
    },
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    stop({ sessions }) {
      write(sessions);
    },
  };
}
