// Runs the integration tests (test/integration/index.ts, bundled) inside code-server's extension
// host, Chromium being only the workbench's host; resolves with the tests' exit code.
import { clearTimeout, setTimeout } from 'node:timers';
import * as util from 'node:util';
import { ROOT, say } from './common.mjs';
import { launchBrowser, startCodeServer } from './codeServer.mjs';

/** Workbench chatter that says nothing about our tests (no network, no chat agents). */
const NOISE = new RegExp(
  [
    'AgentHost',
    'ChatModelSelection',
    'ERR_NAME_NOT_RESOLVED',
    'ERR_INTERNET_DISCONNECTED',
    'ENOTFOUND',
    'api\\.github\\.com',
    "authentication provider 'github'",
    'AccountPolicyGate',
    'connection token',
    'Creating a socket',
    'reconnection-grace-time',
    'builtin extensions cache',
    'Service Worker',
  ].join('|'),
);

/** Runs the bundled tests index on the workspace file; resolves with 0 when every test passed. */
export async function runExtensionTests({ chromium, testsIndex, workspaceFile, timeoutMs, env }) {
  const server = await startCodeServer({ env });
  let browser;
  try {
    browser = await launchBrowser(chromium);
    const { page } = browser;
    const verbose = !!process.env.ARTICLE_LENS_E2E_VERBOSE;
    let resolveExit;
    const exited = new Promise((resolve) => (resolveExit = resolve));
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = util.format(...(args ?? []));
      if (verbose || !NOISE.test(line)) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    if (verbose) page.on('console', (m) => console.log(`[browser] ${m.text().slice(0, 300)}`));
    page.on('crash', () => resolveExit(-1));
    await page.goto(
      server.url({
        workspace: workspaceFile,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: testsIndex,
      }),
    );
    say('workbench loading; the tests report below');
    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code === 'timeout') {
      console.error(`e2e: the tests did not finish within ${timeoutMs / 1000}s; the workbench says:`);
      console.error(`  title: ${await page.title().catch((e) => e.message)}`);
      if (!verbose) process.stderr.write(server.log().slice(-3000));
      return 1;
    }
    if (code === -1) {
      console.error('e2e: the workbench page crashed');
      return 1;
    }
    return code;
  } finally {
    await browser?.context.close().catch(() => {});
    server.stop();
  }
}
