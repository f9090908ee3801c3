// @web/test-runner: test/**/*.test.ts in real browsers, from the Debian packages that
// scripts/browsers.mjs lists.
//
//   npx wtr --config web-test-runner.config.mjs              # all three engines
//   BROWSERS=firefox npx wtr --config web-test-runner.config.mjs --files test/words.test.ts
//
// Each concern lives in its own module under test/runner/: the engines (puppeteer.mjs,
// webkit.mjs), the results file (reporter.mjs), the test server's extra responses
// (middleware.mjs), extra commands (commands.mjs) and the framework apps' bundles (frameworks.mjs).
import { constants as osConstants } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { selectedBrowsers } from './scripts/browsers.mjs';
import { forcedColors, fullA11ySnapshot, rendererMemory } from './test/runner/commands.mjs';
import { frameworkApps } from './test/runner/frameworks.mjs';
import { safetyResponses } from './test/runner/middleware.mjs';
import { chromium, firefox } from './test/runner/puppeteer.mjs';
import { resultsFileReporter } from './test/runner/reporter.mjs';
import { WebKitLauncher } from './test/runner/webkit.mjs';

const rootDir = dirname(fileURLToPath(import.meta.url));
const launchers = { chromium, firefox, webkit: () => new WebKitLauncher() };
/** Written for scripts/test.mjs: each engine's pass/fail counts. */
const resultsFile = process.env.WTR_RESULTS_FILE;

// wtr stops on SIGINT. On SIGTERM/SIGHUP puppeteer closes its browser but keeps the process alive
// (and wtr would go on with a dead browser): exit instead, so that the 'exit' hooks stop the
// browsers and WebKitWebDriver.
for (const signal of ['SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(128 + osConstants.signals[signal]));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  files: ['test/**/*.test.ts'],
  // Lit's development build, in every engine: its warnings fail the file that caused them
  // (test/runner/reporter.mjs). The drop-in file's own tests (test/dist/) load the production build.
  nodeResolve: { exportConditions: ['development'] },
  middleware: [safetyResponses],
  plugins: [
    frameworkApps(rootDir),
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: `${rootDir}/tsconfig.json` }),
    fullA11ySnapshot,
    forcedColors,
    rendererMemory,
    a11ySnapshotPlugin(),
  ],
  browsers: selectedBrowsers().map((name) => launchers[name]()),
  // One page per engine and one engine at a time: 2 cores, and focus and pointer tests are only
  // reliable in the foreground page.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // The editor's longest file (test/editor/editor.test.ts) drives a whole dataset by keyboard: minutes, not seconds.
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000, retries: 0 } },
  reporters: [defaultReporter(), ...(resultsFile ? [resultsFileReporter(resultsFile, rootDir)] : [])],
};
