// Starts code-server (VS Code's server, on Node 24) and a headless Chromium page on its workbench.
// The workbench honours a `payload` URL parameter (extensionDevelopmentPath, extensionTestsPath)
// only with the smoke-test driver enabled, which also gives window.codeAutomationLog/Exit.
import { clearTimeout, setTimeout } from 'node:timers';
import { URLSearchParams } from 'node:url';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { CODE_SERVER_ENTRY, NODE_BIN, Problem, killTree, registerChild, say } from './common.mjs';
import { tempDir, writeUserSettings } from './workspace.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A TCP port free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server with its own HOME, XDG folders and TMPDIR (it writes nothing elsewhere).
 * Resolves once it listens; `stop()` ends it and its children.
 */
export async function startCodeServer({ env = {}, startTimeoutMs = 60_000 } = {}) {
  const home = tempDir('code-server');
  const port = await freePort();
  const userData = path.join(home, 'data');
  writeUserSettings(userData);
  const args = [
    CODE_SERVER_ENTRY,
    '--auth=none',
    `--bind-addr=127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--vscode-option=enable-smoke-test-driver',
    `--user-data-dir=${userData}`,
    `--extensions-dir=${path.join(home, 'extensions')}`,
  ];
  const child = spawn(NODE_BIN, args, {
    env: {
      ...process.env,
      ...env,
      HOME: home,
      TMPDIR: home,
      XDG_CONFIG_HOME: path.join(home, 'config'),
      XDG_DATA_HOME: path.join(home, 'share'),
      XDG_CACHE_HOME: path.join(home, 'cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const forget = registerChild(child);
  let log = '';
  const verbose = !!process.env.ARTICLE_LENS_E2E_VERBOSE;
  const onData = (d) => {
    log += d;
    if (verbose) process.stdout.write(`[code-server] ${d}`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  await new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.stdout.off('data', check);
      child.stderr.off('data', check);
      child.off('error', onError);
      child.off('exit', onExit);
    };
    const fail = (message) => {
      done();
      process.stderr.write(log.slice(-3000));
      reject(new Problem(message));
    };
    const check = () => {
      if (!/HTTP server listening/.test(log)) return;
      done();
      resolve();
    };
    const onError = (e) => fail(`could not start code-server: ${e.message}`);
    const onExit = (code, signal) => fail(`code-server exited at start (${signal ?? `exit code ${code}`})`);
    const timer = setTimeout(
      () => fail(`code-server did not listen within ${startTimeoutMs / 1000}s`),
      startTimeoutMs,
    );
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.on('error', onError);
    child.on('exit', onExit);
  });
  const authority = `127.0.0.1:${port}`;
  say(`code-server listening on ${authority}`);
  return {
    authority,
    log: () => log,
    /** The workbench URL for a folder or .code-workspace file, with a payload for extension development. */
    url({ folder, workspace, extensionDevelopmentPath, extensionTestsPath }) {
      const remote = (p) => `vscode-remote://${authority}${p}`;
      const payload = [];
      if (extensionDevelopmentPath)
        payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      const query = new URLSearchParams();
      if (workspace) query.set('workspace', workspace);
      else if (folder) query.set('folder', folder);
      if (payload.length) query.set('payload', JSON.stringify(payload));
      return `http://${authority}/?${query}`;
    },
    stop() {
      forget();
      killTree(child);
      const hard = setTimeout(() => killTree(child, 'SIGKILL'), 5000);
      hard.unref();
    },
  };
}

/** Launches headless Chromium with a fresh profile; resolves with its context and first page. */
export async function launchBrowser(executablePath, { viewport = { width: 1280, height: 800 } } = {}) {
  const profile = tempDir('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor: 1,
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}
