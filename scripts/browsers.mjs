// Where the test browsers live and which Debian packages provide them.
// Shared by web-test-runner.config.mjs (to launch them) and scripts/test.mjs
// (to check, and install if possible, before the run).
//
// Every path can be overridden through an environment variable, e.g.
//   CHROMIUM_BIN=/opt/chromium/chrome BROWSERS=chromium npm test
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

/** Debian packages that provide everything the three engines need. */
export const DEBIAN_PACKAGES = ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth'];

/** Finds WebKitGTK's MiniBrowser in /usr/lib/<multiarch>/webkit2gtk-4.x/. */
function findMiniBrowser() {
  const fallback = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  let libDirs;
  try {
    libDirs = readdirSync('/usr/lib').filter(d => /-linux-gnu/.test(d));
  } catch {
    return fallback;
  }
  for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
    for (const dir of libDirs) {
      const candidate = join('/usr/lib', dir, api, 'MiniBrowser');
      if (existsSync(candidate)) return candidate;
    }
  }
  return fallback;
}

export const paths = {
  chromium: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
  firefox: process.env.FIREFOX_BIN || '/usr/bin/firefox-esr',
  webkitDriver: process.env.WEBKIT_WEBDRIVER_BIN || '/usr/bin/WebKitWebDriver',
  miniBrowser: process.env.MINIBROWSER_BIN || findMiniBrowser(),
  xvfbRun: process.env.XVFB_RUN_BIN || '/usr/bin/xvfb-run',
  xauth: '/usr/bin/xauth',
};

/** For each engine: the files it needs and the Debian package providing each. */
export const requirements = {
  chromium: [{ file: paths.chromium, pkg: 'chromium' }],
  firefox: [{ file: paths.firefox, pkg: 'firefox-esr' }],
  webkit: [
    { file: paths.webkitDriver, pkg: 'webkit2gtk-driver' },
    { file: paths.miniBrowser, pkg: 'webkit2gtk-driver' }, // via libwebkit2gtk-4.1-0
    { file: paths.xvfbRun, pkg: 'xvfb' },
    { file: paths.xauth, pkg: 'xauth' },
  ],
};

/**
 * The engines selected by the BROWSERS env var (comma list of
 * chromium,firefox,webkit; default: all three). Throws on unknown names.
 */
export function selectedBrowsers(value = process.env.BROWSERS) {
  if (!value || !value.trim()) return [...ALL_BROWSERS];
  const names = value
    .split(',')
    .map(s => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter(n => !ALL_BROWSERS.includes(n));
  if (unknown.length) {
    throw new Error(
      `BROWSERS: unknown browser(s) ${unknown.join(', ')}; use a comma list of ${ALL_BROWSERS.join(',')}`,
    );
  }
  return ALL_BROWSERS.filter(n => names.includes(n));
}

/** Missing files for the given engines: [{ browser, file, pkg }]. */
export function missingRequirements(browsers) {
  const missing = [];
  for (const browser of browsers) {
    for (const req of requirements[browser]) {
      if (!existsSync(req.file)) missing.push({ browser, ...req });
    }
  }
  return missing;
}
