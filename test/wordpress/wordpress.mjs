// @ts-check
/**
 * A real, stock WordPress for the integration tests: Debian's packages of one release, unpacked into a
 * private root in the state folder (nothing installed system-wide but bookworm's PHP, MariaDB and Apache),
 * run as private instances (MariaDB on a socket in the state folder, Apache on 127.0.0.1 only), seeded
 * with our own sample content through WordPress's own PHP functions.
 *
 *   node test/wordpress/wordpress.mjs start     install if missing, seed if needed, start the servers
 *   node test/wordpress/wordpress.mjs reseed    the same, with a fresh database and uploads
 *   node test/wordpress/wordpress.mjs status    what is installed and running
 *   node test/wordpress/wordpress.mjs stop      end the servers
 *
 * `NEWS_WP_VERSION` picks the release (see RELEASES; default the newest). Each has its own state folder
 * (`NEWS_WP_STATE`, default /var/tmp/news-widgets-wordpress-<version>) and port (`NEWS_WP_PORT`): each
 * keeps its site between runs, and CI runs them one after the other.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The WordPress releases the suite runs against: the Debian suite that carries each (sid, Debian's
 * stable trixie, and bookworm, this machine's own) and the packages to unpack from it: WordPress, its
 * default theme, and the libraries Debian's WordPress links to instead of bundling them, from the same
 * suite (7.1 needs newer ones than bookworm has).
 */
const RELEASES = {
  '7.1': {
    suite: 'sid',
    port: 8792,
    packages: ['wordpress', 'wordpress-theme-twentytwentyfive', 'php-getid3', 'libphp-phpmailer', 'libjs-jquery-ui', 'libjs-lodash', 'libjs-underscore', 'libjs-cropper'],
  },
  '6.8': {
    suite: 'trixie',
    port: 8793,
    packages: ['wordpress', 'wordpress-theme-twentytwentyfive', 'php-getid3', 'libjs-cropper', 'libjs-lodash', 'libjs-underscore'],
  },
  '6.1': {
    suite: 'bookworm',
    port: 8791,
    packages: ['wordpress', 'wordpress-theme-twentytwentythree', 'php-getid3', 'libjs-cropper', 'libjs-underscore'],
  },
};
/** @typedef {keyof typeof RELEASES} Release */

const RELEASE = /** @type {Release} */ (process.env.NEWS_WP_VERSION || '7.1');
if (!(RELEASE in RELEASES)) throw new Error(`NEWS_WP_VERSION=${RELEASE}: the suite knows WordPress ${Object.keys(RELEASES).join(', ')}.`);
const PORT = Number(process.env.NEWS_WP_PORT || RELEASES[RELEASE].port);
const STATE = (process.env.NEWS_WP_STATE || `/var/tmp/news-widgets-wordpress-${RELEASE}`).replace(/\/+$/, '');
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Same-origin test pages: files written to `PAGES` are served at `${ORIGIN}/news-widgets-test/`. */
const PAGES = `${STATE}/pages`;
/** The script-tag bundle, served by Apache at `${ORIGIN}/news-widgets/`. */
const DIST = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));

const HERE = fileURLToPath(new URL('.', import.meta.url));
/** Where the release's packages are unpacked (`dpkg-deb -x`): their relative symlinks resolve inside it. */
const ROOT = `${STATE}/root`;
const WP = `${ROOT}/usr/share/wordpress`;
/** What runs the site, from the machine's own Debian (bookworm): PHP 8.2, MariaDB 10.11, Apache 2.4. */
const PACKAGES = ['mariadb-server', 'apache2', 'libapache2-mod-php', 'php-mysql', 'php-gd'];
const DB = { name: 'news_widgets', user: 'news_widgets' };
const SOCKET = `${STATE}/mysqld.sock`;
const MU_PLUGINS = `${STATE}/mu-plugins`;
const APACHE_DIR = `${STATE}/apache`;
/** Must-use plugins, in test/wordpress/mu-plugins, that each switch one behaviour on while present. */
const SCENARIO_PLUGINS = {
  anonymousComments: 'anonymous-comments.php',
  hiddenHeaders: 'hidden-headers.php',
  localAvatars: 'local-avatars.php',
};
/** Must-use plugins always present; what they do is switched by site options (see setFeedCors). */
const STANDING_PLUGINS = ['feed-cors.php'];

const log = (/** @type {string} */ message) => console.log(`[wordpress] ${message}`);
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn`, logging how long it took.
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function timed(what, fn) {
  const started = performance.now();
  const result = await fn();
  log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Debian packages

async function missingPackages() {
  const missing = [];
  for (const name of PACKAGES) {
    const status = await run('dpkg-query', ['-W', '-f=${db:Status-Status}', name]).then(
      (result) => result.stdout.trim(),
      () => '',
    );
    if (status !== 'installed') missing.push(name);
  }
  return missing;
}

/** The pid in a pid file, if that process is alive. */
async function livePid(/** @type {string} */ file) {
  const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

const SYSTEM_PIDS = ['/run/apache2/apache2.pid', '/run/mysqld/mysqld.pid'];

/**
 * Installs what is missing. Their install scripts would start the system Apache (port 80, every
 * interface) and MariaDB: a policy-rc.d that says no is put in place for the install, if there is
 * none, and a system server that started anyway is stopped again.
 */
async function ensurePackages() {
  const missing = await missingPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`Missing Debian packages ${missing.join(' ')}: install them as root (apt-get install --no-install-recommends ${missing.join(' ')}).`);
  log(`installing ${missing.join(' ')}`);
  const before = await Promise.all(SYSTEM_PIDS.map(livePid));
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) {
    await writeFile(policy, '#!/bin/sh\n# Written while test/wordpress/wordpress.mjs installs packages: start no service.\nexit 101\n');
    await chmod(policy, 0o755);
  }
  try {
    const install = () =>
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        maxBuffer: 64 * 1024 * 1024,
      });
    await install().catch(async () => {
      // Package lists missing or stale on a fresh machine.
      await run('apt-get', ['update', '-qq'], { maxBuffer: 64 * 1024 * 1024 });
      await install();
    });
  } finally {
    if (ownPolicy) await unlink(policy).catch(() => {});
  }
  const after = await Promise.all(SYSTEM_PIDS.map(livePid));
  for (const [index, pid] of after.entries()) {
    if (pid !== undefined && pid !== before[index]) {
      log(`stopping the system server the install started (pid ${pid}, ${SYSTEM_PIDS[index]})`);
      process.kill(pid, 'SIGTERM');
    }
  }
}

/** The Debian mirror the machine's own apt uses (its first `URIs:` or `deb` line), else Debian's own. */
async function debianMirror() {
  const deb822 = await readFile('/etc/apt/sources.list.d/debian.sources', 'utf8').catch(() => '');
  const oneLine = await readFile('/etc/apt/sources.list', 'utf8').catch(() => '');
  const uri = /^URIs:\s*(\S+)/m.exec(deb822)?.[1] ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s/m.exec(oneLine)?.[1];
  return uri && !uri.includes('security') ? uri : 'http://deb.debian.org/debian';
}

/**
 * The release's packages, downloaded with an apt configuration of its own (its own sources list, package
 * lists, cache and an empty dpkg status, so the machine's apt setup and installed packages play no part)
 * and unpacked with `dpkg-deb -x` into ROOT. Done once per state folder; returns the version of the
 * `wordpress` package unpacked there.
 */
async function ensureUnpacked() {
  const marker = `${ROOT}/.news-widgets-packages.json`;
  const known = await readFile(marker, 'utf8').then(JSON.parse, () => undefined);
  if (known?.release === RELEASE) return /** @type {string} */ (known.wordpress);

  const { suite, packages } = RELEASES[RELEASE];
  const apt = `${STATE}/apt`;
  const debs = `${apt}/debs`;
  await rm(apt, { recursive: true, force: true });
  for (const dir of [`${apt}/lists/partial`, `${apt}/cache/archives/partial`, debs]) await mkdir(dir, { recursive: true });
  const keyring = '/usr/share/keyrings/debian-archive-keyring.gpg';
  const signedBy = existsSync(keyring) ? ` [signed-by=${keyring}]` : '';
  await writeFile(`${apt}/sources.list`, `deb${signedBy} ${await debianMirror()} ${suite} main\n`);
  await writeFile(`${apt}/status`, '');
  const options = Object.entries({
    'Dir::Etc::sourcelist': `${apt}/sources.list`,
    'Dir::Etc::sourceparts': '/nonexistent',
    'Dir::State::Lists': `${apt}/lists`,
    'Dir::State::status': `${apt}/status`,
    'Dir::Cache': `${apt}/cache`,
    'APT::Sandbox::User': 'root',
  }).flatMap(([name, value]) => ['-o', `${name}=${value}`]);
  const big = { maxBuffer: 64 * 1024 * 1024 };
  await timed(`apt-get update (Debian ${suite}, private lists)`, () => run('apt-get', [...options, '-qq', 'update'], big));
  await timed(`downloading ${packages.join(' ')}`, () => run('apt-get', [...options, '-qq', 'download', ...packages], { ...big, cwd: debs }));

  const files = (await readdir(debs)).filter((name) => name.endsWith('.deb'));
  const wordpressDeb = files.find((name) => name.startsWith('wordpress_'));
  if (!wordpressDeb) throw new Error(`Debian ${suite} gave no wordpress package`);
  const version = (await run('dpkg-deb', ['-f', `${debs}/${wordpressDeb}`, 'Version'])).stdout.trim();
  // Another release than the one asked for (the suite moved on): say so rather than test the wrong one.
  if (!version.startsWith(`${RELEASE}.`)) throw new Error(`Debian ${suite} now carries wordpress ${version}, not ${RELEASE}.x: add it to RELEASES in test/wordpress/wordpress.mjs.`);

  const partial = `${ROOT}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  for (const file of files) await run('dpkg-deb', ['-x', `${debs}/${file}`, partial]);
  await writeFile(`${partial}/.news-widgets-packages.json`, JSON.stringify({ release: RELEASE, wordpress: version, packages: files }, null, 2));
  await rm(ROOT, { recursive: true, force: true });
  await rename(partial, ROOT);
  await rm(apt, { recursive: true, force: true });
  log(`unpacked WordPress ${version} from Debian ${suite} into ${ROOT}`);
  return version;
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

/** Writes a file only when its content changes (PHP's opcache and Apache need not see a new file). */
async function writeIfChanged(/** @type {string} */ path, /** @type {string} */ content, /** @type {number} */ mode = 0o644) {
  const old = await readFile(path, 'utf8').catch(() => undefined);
  if (old === content) return false;
  await writeFile(path, content, { mode });
  await chmod(path, mode);
  return true;
}

/** The process in a pid file, if it is alive and its command line mentions `mark` (a reused pid is not ours). */
async function ourPid(/** @type {string} */ pidFile, /** @type {string} */ mark) {
  const pid = await livePid(pidFile);
  if (pid === undefined) return undefined;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return cmdline.includes(mark) ? pid : undefined;
}

async function waitFor(/** @type {string} */ what, /** @type {() => Promise<boolean>} */ ready, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (!(await ready().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Ends a process we started and waits until it is gone. */
async function end(/** @type {number} */ pid, /** @type {string} */ what) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  await waitFor(
    `${what} (pid ${pid}) to stop`,
    async () => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    },
    30_000,
  );
  log(`stopped ${what} (pid ${pid})`);
}

function portOpen(/** @type {number} */ port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** Passwords and salts, made once per state folder. */
async function secrets() {
  const file = `${STATE}/secrets.json`;
  const known = await readFile(file, 'utf8').then(JSON.parse, () => undefined);
  if (known) return /** @type {{ db: string; admin: string; salts: Record<string, string> }} */ (known);
  const random = () => randomBytes(24).toString('base64url');
  const made = {
    db: random(),
    admin: random(),
    salts: Object.fromEntries(
      ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((name) => [name, random() + random()]),
    ),
  };
  await writeFile(file, JSON.stringify(made, null, 2), { mode: 0o600 });
  return made;
}

// ---------------------------------------------------------------------------------------------------
// MariaDB: a private server on a socket in the state folder, no TCP at all

const DATADIR = `${STATE}/mysql`;
const MYSQL_PID = `${STATE}/mysqld.pid`;

/** Runs SQL as MariaDB's root (socket authentication: the OS user root) and returns its raw output. */
async function sql(/** @type {string} */ statements, database = '') {
  const { stdout } = await run('mariadb', ['--no-defaults', `--socket=${SOCKET}`, '-uroot', '-N', '-B', '--raw', ...(database ? [database] : []), '-e', statements], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

async function ensureMariadb(/** @type {string} */ password) {
  let fresh = false;
  if (!existsSync(`${DATADIR}/mysql`)) {
    await mkdir(DATADIR, { recursive: true });
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${DATADIR}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    fresh = true;
  }
  if (!(await ourPid(MYSQL_PID, DATADIR))) {
    const server = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${DATADIR}`,
        `--socket=${SOCKET}`,
        `--pid-file=${MYSQL_PID}`,
        `--log-error=${STATE}/mariadb.log`,
        '--skip-networking',
        '--user=root',
        '--innodb-buffer-pool-size=64M',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_520_ci',
      ],
      { detached: true, stdio: 'ignore' },
    );
    server.unref();
    await waitFor('MariaDB', async () => (await run('mariadb-admin', ['--no-defaults', `--socket=${SOCKET}`, '-uroot', 'ping'])).stdout.includes('alive'));
    log(`MariaDB started (pid ${server.pid}, socket ${SOCKET})`);
  }
  const quoted = password.replace(/[\\']/g, '\\$&');
  await sql(
    `CREATE DATABASE IF NOT EXISTS ${DB.name};
     CREATE USER IF NOT EXISTS '${DB.user}'@'localhost' IDENTIFIED BY '${quoted}';
     ALTER USER '${DB.user}'@'localhost' IDENTIFIED BY '${quoted}';
     GRANT ALL PRIVILEGES ON ${DB.name}.* TO '${DB.user}'@'localhost';`,
  );
  return fresh;
}

// ---------------------------------------------------------------------------------------------------
// WordPress: its config, install, seed

function wordpressConfig(/** @type {Awaited<ReturnType<typeof secrets>>} */ secret) {
  const php = (/** @type {string} */ value) => `'${value.replace(/[\\']/g, '\\$&')}'`;
  const define = (/** @type {string} */ name, /** @type {string | boolean} */ value) => `define( '${name}', ${typeof value === 'boolean' ? String(value) : php(value)} );`;
  return `<?php
// The news-widgets integration-test site, written by test/wordpress/wordpress.mjs in place of Debian's
// wp-config.php (which reads /etc/wordpress/config-<host>.php): this root is the site's alone.
${define('DB_NAME', DB.name)}
${define('DB_USER', DB.user)}
${define('DB_PASSWORD', secret.db)}
${define('DB_HOST', `localhost:${SOCKET}`)}
${define('DB_CHARSET', 'utf8mb4')}
${define('DB_COLLATE', '')}
${Object.entries(secret.salts)
  .map(([name, value]) => define(name, value))
  .join('\n')}
${define('WP_HOME', ORIGIN)}
${define('WP_SITEURL', ORIGIN)}
// No network here: no update checks, no oEmbed, no pingbacks; no cron run on page loads.
${define('WP_HTTP_BLOCK_EXTERNAL', true)}
${define('DISABLE_WP_CRON', true)}
${define('AUTOMATIC_UPDATER_DISABLED', true)}
// Must-use plugins from the state folder: the test scenarios add and remove files there.
${define('WPMU_PLUGIN_DIR', MU_PLUGINS)}
${define('WP_DEBUG', false)}
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
`;
}

async function writeWordPressConfig(/** @type {Awaited<ReturnType<typeof secrets>>} */ secret) {
  const config = `${WP}/wp-config.php`;
  if (await writeIfChanged(config, wordpressConfig(secret), 0o640)) await run('chgrp', ['www-data', config]);
}

/** Runs a command of php/site.php inside WordPress and returns what it printed. */
async function php(/** @type {string[]} */ args, /** @type {Record<string, string>} */ env = {}) {
  const { stdout } = await run('php', [`${HERE}php/site.php`, ...args], {
    env: { ...process.env, NEWS_WP_HOST: `127.0.0.1:${PORT}`, NEWS_WP_STATE: STATE, NEWS_WP_DIR: WP, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

/**
 * What the tests learn about the seeded content: each post's id, permalink and comments, the password.
 * @typedef {{ id: number; link: string; comments: number; held: number }} SeededPost
 * @typedef {{ version: string; posts: Record<string, SeededPost>; password: string; users: Record<string, number> }} Seed
 */

/** What the seed depends on: our PHP, the site's address and the WordPress it went into. */
async function seedVersion(/** @type {string} */ wordpress) {
  const hash = createHash('sha256');
  for (const file of ['php/site.php', 'php/seed.php']) hash.update(await readFile(`${HERE}${file}`));
  hash.update(ORIGIN);
  hash.update(wordpress);
  return hash.digest('hex').slice(0, 16);
}

/** The seed in the database, if it is there and of this version. */
async function currentSeed(/** @type {string} */ version) {
  const raw = await sql(`SELECT option_value FROM wp_options WHERE option_name = 'news_widgets_seed'`, DB.name).catch(() => '');
  try {
    const seed = /** @type {Seed} */ (JSON.parse(raw.trim()));
    return seed.version === version ? seed : undefined;
  } catch {
    return undefined;
  }
}

async function reseed(/** @type {string} */ version, /** @type {string} */ adminPassword) {
  await sql(`DROP DATABASE IF EXISTS ${DB.name}; CREATE DATABASE ${DB.name};`);
  await rm(`${STATE}/uploads`, { recursive: true, force: true });
  await mkdir(`${STATE}/uploads`, { recursive: true });
  await timed('wp_install', () => php(['install'], { NEWS_WP_ADMIN_PASSWORD: adminPassword }));
  const seeded = JSON.parse(await timed('seeding posts, images and comments', () => php(['seed'])));
  /** @type {Seed} */
  const seed = { version, ...seeded };
  const value = JSON.stringify(seed).replace(/[\\']/g, '\\$&');
  await sql(`INSERT INTO wp_options (option_name, option_value, autoload) VALUES ('news_widgets_seed', '${value}', 'no')`, DB.name);
  return seed;
}

// ---------------------------------------------------------------------------------------------------
// Apache: a private server on 127.0.0.1:PORT with mod_php and WordPress's rewrite rules

const APACHE_CONF = `${APACHE_DIR}/apache2.conf`;
const APACHE_PID = `${APACHE_DIR}/apache2.pid`;

function apacheConfig() {
  const modules = ['mpm_prefork', 'authz_core', 'mime', 'dir', 'alias', 'rewrite']
    .map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`)
    .join('\n');
  return `# A private Apache for the news-widgets WordPress tests, written by test/wordpress/wordpress.mjs.
ServerRoot ${APACHE_DIR}
ServerName 127.0.0.1
Listen 127.0.0.1:${PORT}
PidFile ${APACHE_PID}
DefaultRuntimeDir ${APACHE_DIR}/run
Mutex file:${APACHE_DIR}/run default
ErrorLog ${APACHE_DIR}/error.log
LogLevel warn
LogFormat "%h %t \\"%r\\" %>s %b \\"%{Origin}i\\"" news
CustomLog ${APACHE_DIR}/access.log news
User www-data
Group www-data

${modules}
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so

StartServers 2
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 16
KeepAlive On
TypesConfig /etc/mime.types
<FilesMatch ".+\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>

<Directory />
  Options FollowSymLinks
  AllowOverride None
  Require all denied
</Directory>

DocumentRoot ${WP}
DirectoryIndex index.php index.html
<Directory ${ROOT}/usr/share>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${WP}>
  Options FollowSymLinks
  Require all granted
  # What WordPress writes to .htaccess for pretty permalinks (WP_Rewrite::mod_rewrite_rules()).
  RewriteEngine On
  RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]
  RewriteBase /
  RewriteRule ^index\\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>

# wp-content (themes) is the unpacked one under the document root; this site's uploads live in the state folder.
Alias /wp-content/uploads ${STATE}/uploads
<Directory ${STATE}/uploads>
  Require all granted
</Directory>

# The script-tag bundle, and test pages on WordPress's own origin.
Alias /news-widgets/ ${DIST}
Alias /news-widgets-test/ ${PAGES}/
<Directory ${DIST}>
  Require all granted
</Directory>
<Directory ${PAGES}>
  Require all granted
</Directory>
`;
}

async function ensureApache() {
  await mkdir(`${APACHE_DIR}/run`, { recursive: true });
  const changed = await writeIfChanged(APACHE_CONF, apacheConfig());
  const running = await ourPid(APACHE_PID, APACHE_CONF);
  if (running && !changed) return;
  if (running) await end(running, 'Apache');
  if (await portOpen(PORT)) throw new Error(`Port ${PORT} is taken by another program: set NEWS_WP_PORT to a free port.`);
  await run('apache2', ['-f', APACHE_CONF, '-k', 'start']);
  await waitFor('Apache', async () => (await portOpen(PORT)) && (await livePid(APACHE_PID)) !== undefined);
  log(`Apache started (pid ${await livePid(APACHE_PID)}, ${ORIGIN})`);
}

// ---------------------------------------------------------------------------------------------------
// Scenarios: must-use plugins added and removed as whole files (PHP's opcache re-reads an edited file
// only after about 2 s, but a file that was not there is read at once)

/** @typedef {{ anonymousComments?: boolean; hiddenHeaders?: boolean; localAvatars?: boolean }} Scenario */

/**
 * Switches behaviours of the site on or off: `anonymousComments` lets readers who are not signed in
 * post through the REST API, `hiddenHeaders` stops exposing the paging headers to other origins,
 * `localAvatars` (on unless a test turns it off) serves every avatar from the site itself; off, the
 * avatars are stock WordPress's, on Gravatar.
 * A key left out keeps its state.
 */
export async function setScenario(/** @type {Scenario} */ scenario) {
  for (const [key, file] of Object.entries(SCENARIO_PLUGINS)) {
    const wanted = scenario[/** @type {keyof Scenario} */ (key)];
    if (wanted === undefined) continue;
    const path = `${MU_PLUGINS}/${file}`;
    if (wanted && !existsSync(path)) await copyFile(`${HERE}mu-plugins/${file}`, path);
    if (!wanted && existsSync(path)) await unlink(path);
  }
}

/**
 * What the feeds send as `Access-Control-Allow-Origin` (mu-plugins/feed-cors.php): nothing, as stock
 * WordPress does (`off`), `*`, or the asking page's own origin (`origin`).
 * @typedef {'off' | '*' | 'origin'} FeedCors
 */

/**
 * Sets what the site's feeds (/feed/, /feed/atom/, /comments/feed/, ...) send as
 * `Access-Control-Allow-Origin`, through the option the always-present feed-cors.php reads on each
 * request (not autoloaded, so the next request sees it).
 */
export async function setFeedCors(/** @type {FeedCors} */ mode) {
  if (!['off', '*', 'origin'].includes(mode)) throw new Error(`Not a feed CORS mode: ${mode}`);
  await sql(
    `INSERT INTO wp_options (option_name, option_value, autoload) VALUES ('news_widgets_feed_cors', '${mode}', 'no')
     ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)`,
    DB.name,
  );
}

async function installMuPlugins() {
  await mkdir(MU_PLUGINS, { recursive: true });
  for (const file of ['local-avatars.php', ...STANDING_PLUGINS]) {
    const source = await readFile(`${HERE}mu-plugins/${file}`, 'utf8');
    const path = `${MU_PLUGINS}/${file}`;
    // Replaced, not edited, when it changes.
    if ((await readFile(path, 'utf8').catch(() => undefined)) !== source) {
      await rm(path, { force: true });
      await writeFile(`${path}.new`, source);
      await run('mv', [`${path}.new`, path]);
    }
  }
  await setScenario({ anonymousComments: false, hiddenHeaders: false, localAvatars: true });
  await setFeedCors('off');
}

// ---------------------------------------------------------------------------------------------------
// Comments, as the tests check them

/**
 * @typedef {{ id: number; post: number; parent: number; approved: string; author: string; email: string; ip: string; content: string; date_gmt: string }} StoredComment
 */

/** Every comment (any status) whose text contains `text`, as WordPress stored it. */
export async function storedComments(/** @type {string} */ text) {
  return /** @type {StoredComment[]} */ (JSON.parse(await php(['comments', text])));
}

/** Deletes the comments earlier test runs posted; the seeded ones stay. */
export async function forgetTestComments() {
  return /** @type {{ deleted: number }} */ (JSON.parse(await php(['forget-test-comments'])));
}

/** Seconds since the last comment from this machine (127.0.0.1) was stored; Infinity if there is none. */
export async function lastCommentAge() {
  const age = (await sql(`SELECT TIMESTAMPDIFF(SECOND, MAX(comment_date_gmt), UTC_TIMESTAMP()) FROM wp_comments WHERE comment_author_IP IN ('127.0.0.1', '::1')`, DB.name)).trim();
  return age === '' || age === 'NULL' ? Infinity : Number(age);
}

/**
 * Waits until WordPress would take another comment from this machine: it refuses a second one from the
 * same IP address (or the same email) within 15 s of the last as `comment_flood` (wp_check_comment_flood,
 * wp_throttle_comment_flood in wp-includes/comment.php), whatever became of the first.
 */
export async function waitOutCommentFlood() {
  const age = await lastCommentAge();
  // Whole seconds on both sides (comment_date_gmt, time()): 15 s after the last reading is enough.
  if (age < 15) await sleep((15 - age) * 1000);
}

// ---------------------------------------------------------------------------------------------------
// Start and stop

/**
 * Makes sure the site is installed, seeded and running, and returns what tests need: its origin, the
 * seeded posts, where same-origin test pages go. Fast when everything is there already.
 * @param {{ reseed?: boolean }} [options]
 */
export async function startWordPress(options = {}) {
  const started = performance.now();
  await timed('packages', ensurePackages);
  await mkdir(STATE, { recursive: true, mode: 0o755 });
  await chmod(STATE, 0o755);
  await mkdir(PAGES, { recursive: true });
  const wordpress = await timed(`WordPress ${RELEASE} from Debian ${RELEASES[RELEASE].suite}`, ensureUnpacked);
  const secret = await secrets();
  await writeWordPressConfig(secret);
  await timed('MariaDB', () => ensureMariadb(secret.db));
  const version = await seedVersion(wordpress);
  let seed = options.reseed ? undefined : await currentSeed(version);
  if (!seed) seed = await timed('install and seed', () => reseed(version, secret.admin));
  await installMuPlugins();
  await timed('Apache', ensureApache);
  await waitFor(`${ORIGIN}/wp-json/`, async () => (await fetch(`${ORIGIN}/wp-json/`)).ok);
  log(`WordPress ${wordpress} ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${ORIGIN} (state in ${STATE})`);
  return { origin: ORIGIN, seed, pages: PAGES, state: STATE, release: RELEASE, wordpress };
}

/** Ends the servers (the packages, database and seed stay for the next start). */
export async function stopWordPress() {
  const apache = await ourPid(APACHE_PID, APACHE_CONF);
  if (apache) await end(apache, 'Apache');
  const mariadb = await ourPid(MYSQL_PID, DATADIR);
  if (mariadb) await end(mariadb, 'MariaDB');
}

async function status() {
  const missing = await missingPackages();
  console.log(`packages: ${missing.length ? `missing ${missing.join(' ')}` : 'installed'}`);
  console.log(`MariaDB: ${(await ourPid(MYSQL_PID, DATADIR)) ? `running (socket ${SOCKET})` : 'stopped'}`);
  console.log(`Apache: ${(await ourPid(APACHE_PID, APACHE_CONF)) ? `running (${ORIGIN})` : 'stopped'}`);
  const unpacked = await readFile(`${ROOT}/.news-widgets-packages.json`, 'utf8').then(JSON.parse, () => undefined);
  console.log(`WordPress ${RELEASE}: ${unpacked ? `${unpacked.wordpress} unpacked in ${ROOT}` : 'not unpacked yet'}`);
  console.log(`state: ${STATE}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2] ?? 'start';
  try {
    if (command === 'start' || command === 'reseed') await startWordPress({ reseed: command === 'reseed' });
    else if (command === 'stop') await stopWordPress();
    else if (command === 'status') await status();
    else {
      console.error('usage: node test/wordpress/wordpress.mjs start|reseed|stop|status');
      process.exitCode = 2;
    }
  } catch (error) {
    console.error(`[wordpress] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
