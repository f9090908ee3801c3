// @web/test-runner configuration: runs test/**/*.test.ts in real browsers.
//
//   npx wtr --config web-test-runner.config.mjs              # all three engines
//   BROWSERS=firefox npx wtr --config web-test-runner.config.mjs
//
// Engines (Debian packages, see scripts/browsers.mjs):
//   chromium  /usr/bin/chromium through puppeteer-core (CDP)
//   firefox   /usr/bin/firefox-esr through puppeteer-core (WebDriver BiDi)
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic);
//             the driver is started here, under xvfb-run, and stopped on exit.
//
// When WTR_RESULTS_FILE is set, a JSON file with the pass/fail count of every
// test per engine is written there (scripts/test.mjs reads it).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { constants as osConstants } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { paths, selectedBrowsers } from './scripts/browsers.mjs';
import { tolerateRefusals } from './test/runner/firefox.mjs';

const rootDir = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------
// TypeScript: esbuild must honour tsconfig.json (Lit decorators need
// experimentalDecorators: true and useDefineForClassFields: false).
// The esbuild plugin hands the file to esbuild as raw text, and esbuild's
// transform API ignores "extends", so an extended config is flattened first.

/** Parses JSON with comments and trailing commas, as tsconfig files allow. */
function parseJsonc(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) break;
      i++;
    } else {
      out += c;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

/** compilerOptions of a tsconfig file with its "extends" chain applied. */
function loadCompilerOptions(file, seen = new Set()) {
  if (seen.has(file)) return {};
  seen.add(file);
  const json = parseJsonc(readFileSync(file, 'utf8'));
  let options = {};
  const parents = json.extends == null ? [] : [].concat(json.extends);
  for (const parent of parents) {
    let parentFile;
    if (parent.startsWith('.') || parent.startsWith('/')) {
      parentFile = resolve(dirname(file), parent);
      if (!existsSync(parentFile) && existsSync(`${parentFile}.json`)) parentFile += '.json';
    } else {
      const require = createRequire(file);
      try {
        parentFile = require.resolve(parent);
      } catch {
        parentFile = require.resolve(join(parent, 'tsconfig.json'));
      }
    }
    options = { ...options, ...loadCompilerOptions(parentFile, seen) };
  }
  return { ...options, ...json.compilerOptions };
}

function esbuildTsconfig() {
  const tsconfig = join(rootDir, 'tsconfig.json');
  const cacheDir = join(rootDir, 'node_modules', '.cache', 'web-test-runner');
  let compilerOptions;
  if (existsSync(tsconfig)) {
    const raw = parseJsonc(readFileSync(tsconfig, 'utf8'));
    if (raw.extends == null) return tsconfig;
    compilerOptions = loadCompilerOptions(tsconfig);
  } else {
    // No tsconfig.json (yet): use the settings the project's Lit code relies on.
    compilerOptions = { experimentalDecorators: true, useDefineForClassFields: false };
  }
  mkdirSync(cacheDir, { recursive: true });
  const flat = join(cacheDir, 'tsconfig.flat.json');
  writeFileSync(flat, JSON.stringify({ compilerOptions }, null, 2));
  return flat;
}

// ---------------------------------------------------------------------------
// WebKit: WebKitWebDriver (under xvfb-run, on a free port) drives MiniBrowser.

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForDriver(port, child, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`WebKitWebDriver exited with code ${child.exitCode} before it was ready`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok && (await res.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not become ready on port ${port} within ${timeoutMs} ms`);
}

/** Chromium and Firefox pages get an 800x600 viewport; size MiniBrowser alike. */
const VIEWPORT = { width: 800, height: 600 };

async function fitViewport(driver, { width, height }) {
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
      const dw = width - inner[0];
      const dh = height - inner[1];
      if (dw === 0 && dh === 0) return;
      const rect = await driver.getWindowRect();
      await driver.setWindowRect(null, null, rect.width + dw, rect.height + dh);
    }
  } catch {
    // Keep MiniBrowser's own size if the window cannot be resized.
  }
}

class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0, // set once the driver is started
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
        // Without this, webdriverio asks for BiDi, which WebKitWebDriver cannot match.
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.engine = 'webkit';
    this.driverProcess = undefined;
    this.driverLog = '';
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    if (config.concurrency !== 1) {
      // Otherwise the webdriver launcher runs tests in iframes and sendMouse
      // coordinates no longer match the page.
      throw new Error('The WebKit launcher needs concurrency: 1');
    }
    await this.startDriver();
  }

  async startDriver() {
    const port = await freePort();
    // Own process group, so that xvfb-run, Xvfb and the driver go together.
    const child = spawn(paths.xvfbRun, ['-a', paths.webkitDriver, `--port=${port}`], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.driverProcess = child;
    const keepLog = chunk => {
      this.driverLog = (this.driverLog + chunk).slice(-4000);
    };
    child.stdout.on('data', keepLog);
    child.stderr.on('data', keepLog);
    child.on('error', err => keepLog(`\n${err.message}`));
    process.once('exit', () => this.killDriver());
    try {
      await waitForDriver(port, child);
    } catch (err) {
      this.killDriver();
      err.message += `\nWebKitWebDriver output:\n${this.driverLog}`;
      throw err;
    }
    this.options.port = port;
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    await fitViewport(this.driver, VIEWPORT);
    return manager;
  }

  // sendKeys({ type }) arrives here as single characters, sendKeys({ press })
  // as one key name. webdriverio's keys() holds all given keys down together
  // and then releases them, so typing "Hello" would give "Helo": send one key
  // at a time. A press such as 'Shift+Tab' is sent as a chord (the only way to
  // get a modifier in WebKit: down/up are not supported over WebDriver).
  async sendKeys(sessionId, keys) {
    if (keys.length === 1 && /.\+./.test(keys[0])) {
      return super.sendKeys(sessionId, keys[0].split('+'));
    }
    for (const key of keys) await super.sendKeys(sessionId, [key]);
  }

  killDriver() {
    const child = this.driverProcess;
    if (!child) return;
    this.driverProcess = undefined;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.killDriver();
    }
  }
}

// ---------------------------------------------------------------------------
// Browsers

const chromiumArgs = [
  '--no-sandbox', // required when running as root
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const launchers = {
  chromium: () =>
    Object.assign(
      chromeLauncher({
        puppeteer,
        launchOptions: { executablePath: paths.chromium, headless: true, args: chromiumArgs },
      }),
      { engine: 'chromium' },
    ),
  firefox: () =>
    Object.assign(
      chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
        createPage: async ({ context }) => tolerateRefusals(await context.newPage(), 'Firefox'),
      }),
      { engine: 'firefox' },
    ),
  webkit: () => new WebKitLauncher(),
};

// ---------------------------------------------------------------------------
// Reporter: per-engine pass/fail counts of individual tests, as JSON.

function countSuite(suite, counts, prefix) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      counts.failures.push(`${prefix}${test.name}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, `${prefix}${child.name} > `);
}

function resultsFileReporter(file) {
  let browserNames = [];
  const emptyCounts = () => ({ passed: 0, failed: 0, skipped: 0, sessions: 0, failures: [] });
  const write = sessions => {
    const browsers = {};
    for (const name of browserNames) browsers[name] = emptyCounts();
    for (const session of sessions) {
      const name = session.browser.engine ?? session.browser.name;
      const counts = (browsers[name] ??= emptyCounts());
      counts.sessions++;
      const testFile = relative(rootDir, session.testFile);
      const before = counts.failed;
      countSuite(session.testResults, counts, `${testFile}: `);
      // Errors outside tests (file failed to load, hook failed, browser
      // crashed, timeout): each one is a failure.
      for (const error of session.errors ?? []) {
        counts.failed++;
        counts.failures.push(`${testFile}: ${error.message ?? error}`);
      }
      if (session.passed === false && counts.failed === before) {
        counts.failed++;
        counts.failures.push(`${testFile}: session failed`);
      }
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ browsers }, null, 2));
  };
  return {
    start({ browsers }) {
      browserNames = browsers.map(b => b.engine ?? b.name);
    },
    onTestRunFinished({ sessions }) {
      write(sessions);
    },
    stop({ sessions }) {
      write(sessions);
    },
  };
}

// ---------------------------------------------------------------------------

// wtr stops on SIGINT. On SIGTERM/SIGHUP puppeteer closes its browser but
// keeps the process alive (and wtr would go on with a dead browser): exit
// instead, so that the 'exit' hooks kill the browsers and WebKitWebDriver.
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.once(signal, () => process.exit(128 + osConstants.signals[signal]));
}

// ---------------------------------------------------------------------------
// Responses that the safety tests need and a static server does not give:
//   /slow?ms=500&file=/data/x.json   the file, after a delay (a fetch still in flight)
//   /status?code=503                 an empty response with that HTTP status
//   /flaky?key=k&file=/data/x.json   503 the first time a key is asked for, then the file
//   /test/pages/csp*.html            served with a Content-Security-Policy header (CSP_PAGES)

/** The policy a strict school site may have, and the one README.md gives (Lit's trusted type). */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const CSP_PAGES = {
  '/test/pages/csp.html': CSP,
  // The same page loading the script twice: Lit's policy is then created twice.
  '/test/pages/csp-twice.html': `${CSP} 'allow-duplicates'`,
};
const flakyKeys = new Set();

async function safetyResponses(ctx, next) {
  const { ms, file, code, key } = ctx.query;
  if (ctx.path === '/slow') {
    await new Promise(done => setTimeout(done, Math.min(Number(ms) || 0, 5000)));
    ctx.url = file;
  } else if (ctx.path === '/status') {
    ctx.status = Number(code);
    ctx.body = '';
    return;
  } else if (ctx.path === '/flaky') {
    if (!flakyKeys.has(key)) {
      flakyKeys.add(key);
      ctx.status = 503;
      ctx.body = '';
      return;
    }
    ctx.url = file;
  }
  await next();
  const policy = CSP_PAGES[ctx.path];
  if (policy) ctx.set('Content-Security-Policy', policy);
}

/**
 * `a11ySnapshot({ selector, interestingOnly: false })`: the whole accessibility tree, with the
 * tables, rows and cells that puppeteer's default "interesting only" snapshot leaves out.
 */
const fullA11ySnapshot = {
  name: 'a11y-snapshot-full',
  async executeCommand({ command, payload, session }) {
    if (command !== 'a11y-snapshot' || payload?.interestingOnly !== false || session.browser.type !== 'puppeteer') return undefined;
    const page = session.browser.getPage(session.id);
    const root = payload.selector ? await page.$(payload.selector) : null;
    return page.accessibility.snapshot({ interestingOnly: false, ...(root && { root }) });
  },
};

/**
 * `executeServerCommand('forced-colors', 'active' | 'none')`: emulates forced colours in Chromium
 * (wtr's `emulateMedia` passes `forcedColors` on to Playwright only).
 */
const cdpSessions = new WeakMap();
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors' || session.browser.engine !== 'chromium') return undefined;
    // Puppeteer's emulateMediaFeatures does not know this feature: ask the DevTools protocol. The
    // emulation lasts as long as the protocol session, so that is kept for the page.
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload }] });
    return true;
  },
};

const browsers = selectedBrowsers().map(name => launchers[name]());
const resultsFile = process.env.WTR_RESULTS_FILE;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [safetyResponses],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: esbuildTsconfig() }),
    // Not among wtr's default command plugins (Chromium only).
    fullA11ySnapshot,
    forcedColors,
    a11ySnapshotPlugin(),
  ],
  browsers,
  // One page per engine and one engine at a time: 2 cores, and focus and
  // pointer tests are only reliable in the foreground page.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: {
    config: { timeout: 10000, retries: 0 },
  },
  reporters: [defaultReporter(), ...(resultsFile ? [resultsFileReporter(resultsFile)] : [])],
};
