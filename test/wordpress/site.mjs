// A throwaway WordPress for the plugin's tests, started and stopped by the tests themselves:
// MariaDB and WordPress from their Debian packages, PHP's built-in web server, everything in
// one temporary folder (its own database files, socket, site folder and wp-config.php), so
// nothing outside it changes. WordPress is installed by script, as its installer does.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { randomBytes } from 'node:crypto';

export const WORDPRESS = '/usr/share/wordpress';
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find(existsSync) ?? '/usr/sbin/mariadbd';

/** What is missing to run the tests, as Debian package names. */
export function missingPackages() {
  // Looked up, not run: mariadb-install-db has no --version and would set up the system's datadir.
  const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  return [
    ['wordpress', existsSync(join(WORDPRESS, 'wp-settings.php'))],
    ['mariadb-server', existsSync(MARIADBD) && has('mariadb-install-db')],
    ['php-cli', has('php')],
    ['php-mysql', has('php') && execFileSync('php', ['-m']).toString().includes('mysqli')],
  ]
    .filter(([, present]) => !present)
    .map(([name]) => name);
}

/**
 * The processes whose working folder is `dir` or inside it (each process's /proc/PID/cwd), as
 * `pid command`: whatever a site started there and left running, even after its folder is gone.
 */
export function processesIn(dir) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let cwd;
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`).replace(/ \(deleted\)$/, '');
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    if (cwd !== dir && !cwd.startsWith(dir + sep)) continue;
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    } catch {
      // gone meanwhile
    }
    found.push(`${pid} ${command}`);
  }
  return found;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const until = async (what, check, seconds = 60) => {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${seconds} s`);
};

/** The PHP to run inside WordPress, as the site's administrator, with its output as text. */
function phpIn(site, code) {
  const run = spawnSync(
    'php',
    [
      '-d',
      'display_errors=stderr',
      '-r',
      `define('WP_ADMIN', true); require '${site}/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/admin.php'; ${code}`,
    ],
    { cwd: site },
  );
  const output = run.stdout.toString();
  if (run.status !== 0)
    throw new Error(
      `PHP in WordPress failed (${run.status}): ${output
        .replace(/[^]*<body[^>]*>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(0, 1000)} ${run.stderr}`,
    );
  return output;
}

/**
 * Starts MariaDB and a WordPress site with an administrator and an Author, and installs the
 * plugin from `zip` the way Plugins › Add New › Upload Plugin does. `wordpress` is the folder
 * of WordPress's files: Debian's installed package by default, or one that
 * scripts/wordpress-debian.mjs unpacked. With `network`, the site is the main site of a network
 * (multisite, sites in folders), as Tools › Network Setup makes it. Returns the site's URL,
 * the Author's login and application password, a way to run PHP in the site, and `stop`.
 */
export async function startWordPress({ zip, wordpress = WORDPRESS, network = false }) {
  // As /proc names it: the real path, whatever links lead to the temporary folder.
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'career-paths-wordpress-')));
  // Each server runs in its own process group, and is stopped as a group: PHP's web server forks
  // its workers, which a signal to the parent alone would leave running.
  const groups = [];
  const start = (command, args, options) => {
    const child = spawn(command, args, { ...options, detached: true });
    groups.push(child.pid);
    return child;
  };
  const alive = (group) => {
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  };
  const signal = (group, name) => {
    try {
      process.kill(-group, name);
    } catch {
      // already gone
    }
  };
  // Should this process end before `stop` runs, its servers end with it.
  const kill = () => groups.forEach((group) => signal(group, 'SIGKILL'));
  process.once('exit', kill);
  const stop = async () => {
    for (const group of groups.reverse()) {
      for (const name of ['SIGTERM', 'SIGKILL']) {
        signal(group, name);
        const end = Date.now() + 10_000;
        while (alive(group) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    groups.length = 0;
    process.off('exit', kill);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database: its own files and socket, no network.
    const data = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], {
      stdio: 'pipe',
    });
    start(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'mysql.pid')}`,
        `--log-error=${join(dir, 'mysql.log')}`,
        '--innodb-buffer-pool-size=32M',
        ...asRoot,
      ],
      { stdio: 'ignore' },
    );
    await until('MariaDB', async () => existsSync(socket) && spawnSync('php', ['-r', `new mysqli(null, 'root', '', null, 0, '${socket}');`]).status === 0);
    execFileSync('php', ['-r', `(new mysqli(null, 'root', '', null, 0, '${socket}'))->query('CREATE DATABASE wordpress');`]);

    // The site: the package's files (hard links where the file system allows) and our own config.
    const site = join(dir, 'site');
    if (spawnSync('cp', ['-al', wordpress, site]).status !== 0) {
      rmSync(site, { recursive: true, force: true });
      cpSync(wordpress, site, { recursive: true, verbatimSymlinks: true });
    }
    // Debian links some files to other packages with relative links, which the copy would break.
    for (const link of execFileSync('find', [site, '-type', 'l']).toString().split('\n').filter(Boolean)) {
      const target = realpathSync(join(wordpress, relative(site, link)));
      rmSync(link);
      symlinkSync(target, link);
    }
    rmSync(join(site, 'wp-config.php'), { force: true });
    rmSync(join(site, 'wp-content'), { recursive: true, force: true });
    for (const folder of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(site, 'wp-content', folder), { recursive: true });
    cpSync(join(wordpress, 'wp-content', 'themes'), join(site, 'wp-content', 'themes'), { recursive: true });

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
${salts.map((name) => `define( '${name}', '${randomBytes(24).toString('hex')}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
// Application passwords over plain HTTP on this machine only.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'FS_METHOD', 'direct' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
    );

    // Installed by script, as wp-admin/install.php does; then the users.
    execFileSync(
      'php',
      [
        '-r',
        `define('WP_INSTALLING', true); require '${site}/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/upgrade.php'; wp_install('Career paths test', 'admin', 'admin@example.test', false, '', 'admin-password-1');`,
      ],
      { cwd: site, stdio: 'pipe' },
    );
    if (network) {
      // Tools › Network Setup: the network's tables, then the constants it asks to add to wp-config.php.
      const made = phpIn(
        site,
        `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
         global $wpdb; foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) { $wpdb->$table = $prefixed; }
         install_network();
         $made = populate_network( 1, '127.0.0.1:${port}', 'admin@example.test', 'Career paths network', '/', false );
         echo is_wp_error( $made ) ? $made->get_error_message() : 'made';`,
      ).trim();
      if (made !== 'made') throw new Error(`the network was not made: ${made}`);
      const config = readFileSync(join(site, 'wp-config.php'), 'utf8');
      writeFileSync(
        join(site, 'wp-config.php'),
        config.replace(
          "if ( ! defined( 'ABSPATH' ) )",
          `define( 'MULTISITE', true );
define( 'SUBDOMAIN_INSTALL', false );
define( 'DOMAIN_CURRENT_SITE', '127.0.0.1:${port}' );
define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 );
define( 'BLOG_ID_CURRENT_SITE', 1 );
// PHP run from the command line (the tests' own) asks for the main site, as a request would.
if ( PHP_SAPI === 'cli' && empty( $_SERVER['HTTP_HOST'] ) ) { $_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; $_SERVER['REQUEST_URI'] = '/'; }
if ( ! defined( 'ABSPATH' ) )`,
        ),
      );
    }
    const author = { login: 'author', password: 'author-password-1' };
    author.application = phpIn(
      site,
      `$id = wp_insert_user(['user_login' => 'author', 'user_pass' => '${author.password}', 'user_email' => 'author@example.test', 'role' => 'author']);
       echo WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests'])[0];`,
    ).trim();

    // The plugin from the zip, as Upload Plugin installs it, then activated.
    const installed = phpIn(
      site,
      `require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php'; wp_set_current_user(1); $upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
       $result = $upgrader->install('${zip}');
       if (true !== $result) { echo is_wp_error($result) ? $result->get_error_message() : 'install failed'; exit(1); }
       $active = activate_plugin('career-paths/career-paths.php');
       echo is_wp_error($active) ? $active->get_error_message() : 'active';`,
    ).trim();
    if (!installed.endsWith('active')) throw new Error(`the plugin did not install: ${installed}`);

    // Uploads up to 16 MB, as a host that lets a site's users upload datasets allows (PHP's own default is 2 MB).
    start('php', ['-d', 'upload_max_filesize=16M', '-d', 'post_max_size=16M', '-S', `127.0.0.1:${port}`, '-t', site], {
      cwd: site,
      stdio: 'ignore',
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '3' },
    });
    await until('PHP’s web server', async () => (await fetch(`${url}/wp-login.php`)).ok);

    return { url, dir, site, author, php: (code) => phpIn(site, code), stop };
  } catch (error) {
    const log = join(dir, 'debug.log');
    if (existsSync(log)) error.message += `\nWordPress's debug.log ends:\n${readFileSync(log, 'utf8').slice(-3000)}`;
    await stop();
    throw error;
  }
}
