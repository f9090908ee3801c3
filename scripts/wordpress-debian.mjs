#!/usr/bin/env node
// A WordPress from another Debian release, for the plugin's tests, without installing it: Debian's
// `wordpress` package and the packages it links its bundled libraries from are fetched with
// `apt-get download` through an apt configuration of our own (its own sources, lists and cache in
// a temporary folder: the system's apt sources and state never change), then unpacked with
// `dpkg -x` into one folder. Links that point outside that folder (the system's certificates,
// /etc/wordpress/htaccess) are dropped; links inside it are made relative, so the folder works
// wherever it is.
//
// The unpacked folder is kept in node_modules/.cache/career-paths/, so a second run is quick;
// delete that folder to fetch the suite's current packages again.
//
//   node scripts/wordpress-debian.mjs [suite]   unpacks (or finds) it and prints WordPress's folder
//
// The Debian mirror is the one the system's apt already uses for its own release (set
// DEBIAN_MIRROR to choose another).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/** What Debian's `wordpress` package links its bundled libraries and default theme from. */
export const PACKAGES = [
  'wordpress',
  'libjs-cropper',
  'libjs-lodash',
  'libjs-underscore',
  'php-getid3',
  'libjs-jquery-ui',
  'libphp-phpmailer',
  'wordpress-theme-twentytwentyfive',
];

/** The suites apt may choose from for each suite asked for: the newest version wins. */
const SUITES = { sid: ['sid', 'trixie'], trixie: ['trixie'] };

/** The Debian mirror the system's apt reads its own release from. */
function systemMirror() {
  if (process.env.DEBIAN_MIRROR) return process.env.DEBIAN_MIRROR;
  const release = /^VERSION_CODENAME=(\S+)$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  const policy = execFileSync('apt-cache', ['policy'], { encoding: 'utf8' });
  for (const [, uri, suite] of policy.matchAll(/^\s+\d+ (\S+) ([\w-]+)\/main \S+ Packages$/gm)) if (suite === release) return uri;
  throw new Error(`No Debian mirror for ${release} in apt's sources: set DEBIAN_MIRROR`);
}

/** Every path under `dir`, links included and not followed. */
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = lstatSync(path);
    return [path, ...(stat.isDirectory() && !stat.isSymbolicLink() ? walk(path) : [])];
  });

/**
 * Makes every link under `dir` relative and inside it; drops the ones that point outside it or
 * to nothing. Returns the dropped links, relative to `dir`.
 */
export function keepLinksInside(dir) {
  const links = () => walk(dir).filter((path) => lstatSync(path).isSymbolicLink());
  // First every absolute link is read as a path inside `dir`, as it would be once installed.
  for (const link of links()) {
    const target = readlinkSync(link);
    if (!isAbsolute(target)) continue;
    rmSync(link);
    symlinkSync(relative(dirname(link), join(dir, target)), link);
  }
  const dropped = [];
  const inside = realpathSync(dir);
  for (const link of links()) {
    let target;
    try {
      target = realpathSync(link);
    } catch {
      target = undefined;
    }
    if (target && (target === inside || target.startsWith(inside + sep))) continue;
    rmSync(link);
    dropped.push(relative(dir, link));
  }
  return dropped;
}

/**
 * Downloads and unpacks Debian `suite`'s WordPress (once: later calls find the folder kept from
 * the first) and returns its WordPress folder (…/usr/share/wordpress) and the packages' versions.
 */
export function debianWordPress(suite = 'sid', { log = () => {} } = {}) {
  if (!SUITES[suite]) throw new Error(`Unknown suite ${suite}: one of ${Object.keys(SUITES).join(', ')}`);
  const cache = join(root, 'node_modules', '.cache', 'career-paths', `wordpress-${suite}`);
  const done = join(cache, 'packages.json');
  const wordpress = join(cache, 'root', 'usr', 'share', 'wordpress');
  if (existsSync(done) && existsSync(join(wordpress, 'wp-includes', 'version.php'))) return { wordpress, ...JSON.parse(readFileSync(done, 'utf8')) };

  // A temporary folder beside the cache, so that the unpacked folder moves into place whole.
  mkdirSync(dirname(cache), { recursive: true });
  const work = mkdtempSync(join(dirname(cache), `.download-${suite}-`));
  try {
    const mirror = systemMirror();
    const sources = join(work, 'sources.list');
    writeFileSync(sources, SUITES[suite].map((name) => `deb [signed-by=${KEYRING}] ${mirror} ${name} main\n`).join(''));
    for (const folder of ['sources.list.d', 'preferences.d', 'lists/partial', 'cache/archives/partial', 'debs', 'root'])
      mkdirSync(join(work, folder), { recursive: true });
    const apt = [
      ['Dir::Etc::sourcelist', sources],
      ['Dir::Etc::sourceparts', join(work, 'sources.list.d')],
      ['Dir::Etc::preferencesparts', join(work, 'preferences.d')],
      ['Dir::State::Lists', join(work, 'lists')],
      ['Dir::Cache', join(work, 'cache')],
      ['Acquire::Languages', 'none'],
      ['APT::Architectures', 'amd64'],
      // apt downloads as the user _apt, who may not write in our temporary folder.
      ['APT::Sandbox::User', process.getuid?.() === 0 ? 'root' : (process.env.USER ?? 'nobody')],
      // No lock on the system's own lists and cache: ours are private.
      ['Debug::NoLocking', 'true'],
    ].flatMap(([name, value]) => ['-o', `${name}=${value}`]);
    log(`Reading Debian ${SUITES[suite].join(' and ')}'s package lists`);
    execFileSync('apt-get', [...apt, '-q', 'update'], { cwd: work, stdio: 'pipe' });
    log(`Downloading ${PACKAGES.join(' ')}`);
    execFileSync('apt-get', [...apt, '-q', 'download', ...PACKAGES], { cwd: join(work, 'debs'), stdio: 'pipe' });
    const versions = {};
    for (const deb of readdirSync(join(work, 'debs')).filter((name) => name.endsWith('.deb'))) {
      const file = join(work, 'debs', deb);
      const [name, version] = execFileSync('dpkg-deb', ['--show', '--showformat=${Package} ${Version}', file], { encoding: 'utf8' }).split(' ');
      versions[name] = version;
      execFileSync('dpkg', ['-x', file, join(work, 'root')]);
    }
    const missing = PACKAGES.filter((name) => !versions[name]);
    if (missing.length) throw new Error(`apt-get download brought no ${missing.join(', ')}`);
    const dropped = keepLinksInside(join(work, 'root'));
    // Moved into place at once, so an interrupted run never leaves a half-unpacked folder behind.
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    renameSync(join(work, 'root'), join(cache, 'root'));
    const found = { suite, versions, dropped };
    writeFileSync(done, JSON.stringify(found, null, 2) + '\n');
    return { wordpress, ...found };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { wordpress, versions } = debianWordPress(process.argv[2], { log: (line) => console.error(line) });
  console.error(
    Object.entries(versions)
      .map(([name, version]) => `${name} ${version}`)
      .join('\n'),
  );
  console.log(wordpress);
}
