// The test runner's results: Lit's development-mode warnings and errors outside tests count as
// failures of their file, per engine.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { results } from '../runner/reporter.mjs';

const session = (logs, extra = {}) => ({
  browser: { engine: 'firefox' },
  testFile: '/repo/test/x.test.ts',
  testResults: { tests: [{ name: 'shows the table', passed: true }], suites: [] },
  logs,
  passed: true,
  ...extra,
});

test('a Lit warning in the browser logs fails its file', () => {
  const warning = 'Element x-a scheduled an update after an update completed. See https://lit.dev/msg/change-in-update for more information.';
  const { browsers } = results('/repo', ['firefox'], [session([[warning]])]);
  assert.equal(browsers.firefox.passed, 1);
  assert.equal(browsers.firefox.failed, 1);
  assert.match(browsers.firefox.failures[0], /^test\/x\.test\.ts: Lit warned: Element x-a/);
});

test("Lit's dev-mode notice and other logs are not failures", () => {
  const notice = 'Lit is in dev mode. Not recommended for production! See https://lit.dev/msg/dev-mode for more information.';
  const { browsers } = results('/repo', ['firefox'], [session([[notice], ['<career-compare>: The career data is not valid']])]);
  assert.deepEqual([browsers.firefox.passed, browsers.firefox.failed], [1, 0]);
});

test('an error before the first test fails the file, and an engine with no session is counted as empty', () => {
  const error = { message: 'Protocol error (emulation.setScreenOrientationOverride): unknown command emulation.setScreenOrientationOverride' };
  const { browsers } = results('/repo', ['firefox', 'webkit'], [session([], { testResults: undefined, errors: [error], passed: false })]);
  assert.deepEqual([browsers.firefox.passed, browsers.firefox.failed], [0, 1]);
  assert.match(browsers.firefox.failures[0], /unknown command emulation\.setScreenOrientationOverride/);
  assert.deepEqual([browsers.webkit.passed, browsers.webkit.failed], [0, 0]);
});
