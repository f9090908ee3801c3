// WebKit: WebKitGTK's MiniBrowser, driven by WebKitWebDriver (WebDriver classic), which runs
// under xvfb-run on a free port and is stopped with the run.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { paths } from '../../scripts/browsers.mjs';

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
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok && (await response.json()).value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not become ready on port ${port} within ${timeoutMs} ms`);
}

/** Chromium and Firefox pages get an 800×600 viewport; MiniBrowser's window is sized to match. */
async function fitViewport(driver, width = 800, height = 600) {
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
      if (innerWidth === width && innerHeight === height) return;
      const rect = await driver.getWindowRect();
      await driver.setWindowRect(null, null, rect.width + width - innerWidth, rect.height + height - innerHeight);
    }
  } catch {
    // Keep MiniBrowser's own size if the window cannot be resized.
  }
}

export class WebKitLauncher extends WebdriverLauncher {
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
    this.driverLog = '';
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    // Otherwise the webdriver launcher runs tests in iframes and sendMouse coordinates no longer
    // match the page.
    if (config.concurrency !== 1) throw new Error('The WebKit launcher needs concurrency: 1');
    await this.startDriver();
  }

  async startDriver() {
    const port = await freePort();
    // Its own process group, so that xvfb-run, Xvfb and the driver stop together.
    const child = spawn(paths.xvfbRun, ['-a', paths.webkitDriver, `--port=${port}`], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.driverProcess = child;
    const keepLog = (chunk) => (this.driverLog = (this.driverLog + chunk).slice(-4000));
    child.stdout.on('data', keepLog);
    child.stderr.on('data', keepLog);
    child.on('error', (error) => keepLog(`\n${error.message}`));
    process.once('exit', () => this.killDriver());
    try {
      await waitForDriver(port, child);
    } catch (error) {
      this.killDriver();
      error.message += `\nWebKitWebDriver output:\n${this.driverLog}`;
      throw error;
    }
    this.options.port = port;
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    await fitViewport(this.driver);
    return manager;
  }

  // sendKeys({ type }) arrives here as single characters, sendKeys({ press }) as one key name.
  // webdriverio's keys() holds all given keys down together and then releases them, so typing
  // "Hello" would give "Helo": send one key at a time. A press such as 'Shift+Tab' is sent as a
  // chord (the only way to get a modifier here: down/up are not supported over WebDriver).
  async sendKeys(sessionId, keys) {
    if (keys.length === 1 && /.\+./.test(keys[0])) return super.sendKeys(sessionId, keys[0].split('+'));
    for (const key of keys) await super.sendKeys(sessionId, [key]);
  }

  killDriver() {
    const child = this.driverProcess;
    this.driverProcess = undefined;
    try {
      if (child) process.kill(-child.pid, 'SIGTERM');
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
