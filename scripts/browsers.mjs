// The one list of test browsers: where each engine's binaries live, how it is started, and which
// Debian packages provide it. Used by web-test-runner.config.mjs (to launch them), by
// scripts/test.mjs (to check and install them before a run), by .ci/run (`node
// scripts/browsers.mjs packages` prints every Debian package the tests need, the WordPress
// plugin's included) and by bench/run.mjs (Chromium's flags).
//
// Every path can be overridden through an environment variable, e.g.
//   CHROMIUM_BIN=/opt/chromium/chrome BROWSERS=chromium npm test
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

/** Finds WebKitGTK's MiniBrowser in /usr/lib/<multiarch>/webkit2gtk-4.x/. */
function findMiniBrowser() {
  const fallback = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  const libDirs = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((dir) => dir.endsWith('-linux-gnu')) : [];
  for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) {
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

/** Headless Chromium as root on a machine whose only network is loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', // required when running as root
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** For each engine: its name, the files it needs with the Debian package of each, and how to read its version. */
export const ENGINES = {
  chromium: {
    name: 'Chromium',
    requires: [{ file: paths.chromium, pkg: 'chromium' }],
    version: () => run(paths.chromium, ['--version']).split(' built')[0],
  },
  firefox: {
    name: 'Firefox ESR',
    requires: [{ file: paths.firefox, pkg: 'firefox-esr' }],
    version: () => run(paths.firefox, ['--version']).replace(/^Mozilla /, ''),
  },
  webkit: {
    name: 'WebKitGTK',
    requires: [
      { file: paths.webkitDriver, pkg: 'webkit2gtk-driver' },
      { file: paths.miniBrowser, pkg: 'webkit2gtk-driver' }, // through libwebkit2gtk-4.x
      { file: paths.xvfbRun, pkg: 'xvfb' },
      { file: paths.xauth, pkg: 'xauth' },
    ],
    version: () => `WebKitGTK ${run('dpkg-query', ['-W', '-f=${Version}', `libwebkit2gtk-${paths.miniBrowser.match(/webkit2gtk-([\d.]+)/)?.[1] ?? '4.1'}-0`])}`,
  },
};

/** Debian packages that provide everything the three engines need. */
export const DEBIAN_PACKAGES = [...new Set(Object.values(ENGINES).flatMap((engine) => engine.requires.map((req) => req.pkg)))];

/** What the WordPress plugin's tests run on (test/node/wordpress.test.mjs): a real site and database. */
export const WORDPRESS_PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql', 'php-xml', 'php-mbstring'];

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'version unknown';
  }
}

/** An engine's name and version as the installed binaries report them, e.g. "Firefox 153.7.0esr". */
export const versionOf = (browser) => ENGINES[browser].version();

/**
 * The engines selected by the BROWSERS env var (comma list of
 * chromium,firefox,webkit; default: all three). Throws on unknown names.
 */
export function selectedBrowsers(value = process.env.BROWSERS) {
  if (!value || !value.trim()) return [...ALL_BROWSERS];
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ALL_BROWSERS.includes(name));
  if (unknown.length) {
    throw new Error(`BROWSERS: unknown browser(s) ${unknown.join(', ')}; use a comma list of ${ALL_BROWSERS.join(',')}`);
  }
  return ALL_BROWSERS.filter((name) => names.includes(name));
}

/** Missing files for the given engines: [{ browser, file, pkg }]. */
export function missingRequirements(browsers) {
  return browsers.flatMap((browser) => ENGINES[browser].requires.filter((req) => !existsSync(req.file)).map((req) => ({ browser, ...req })));
}

// `node scripts/browsers.mjs packages` prints the Debian packages, for .ci/run.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'packages') {
  console.log([...DEBIAN_PACKAGES, ...WORDPRESS_PACKAGES].join(' '));
}
