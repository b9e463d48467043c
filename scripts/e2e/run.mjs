// `npm run test:integration`: the integration tests inside a real VS Code, then a UI smoke test.
//   node scripts/e2e/run.mjs [--route auto|electron|code-server] [--no-ui] [--ui-only] [--grep TEXT]
//     [--update-screenshots]   (the UI test's screenshots go to media/screenshots/, else .cache/e2e/screenshots/)
// Route: @vscode/test-electron when a desktop VS Code can be had (installed, cached or downloadable),
// else code-server (from .cache/e2e/, installed on first use by setup.mjs) driven by headless Chromium.
// Environment: ARTICLE_LENS_E2E_TIMEOUT_MS (whole run, default 30 min:
// a first run installs code-server and maybe Chromium), ARTICLE_LENS_E2E_TESTS_TIMEOUT_MS (the tests
// in the workbench, default 8 min), ARTICLE_LENS_E2E_VERBOSE=1
// (workbench and server output), ARTICLE_LENS_E2E_KEEP=1 (keep the temp folders).
import { clearTimeout, setTimeout } from 'node:timers';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Problem, ROOT, killAll, run, say } from './common.mjs';
import { electronUnavailable, runElectron } from './electron.mjs';
import { runExtensionTests } from './extTests.mjs';
import { setup } from './setup.mjs';
import { README_SHOTS, runUiSmoke } from './uiSmoke.mjs';
import { makeWorkspace, tempDir } from './workspace.mjs';

const TESTS_INDEX = path.join(ROOT, 'dist', 'test', 'integration', 'index.js');
const TOTAL_MS = Number(process.env.ARTICLE_LENS_E2E_TIMEOUT_MS ?? 30 * 60_000);
const TESTS_MS = Number(process.env.ARTICLE_LENS_E2E_TESTS_TIMEOUT_MS ?? 8 * 60_000);
const UI_MS = 90_000;

function options() {
  try {
    const { values } = parseArgs({
      options: {
        route: { type: 'string', default: process.env.ARTICLE_LENS_E2E_ROUTE ?? 'auto' },
        'no-ui': { type: 'boolean', default: false },
        'ui-only': { type: 'boolean', default: false },
        grep: { type: 'string' },
        'update-screenshots': { type: 'boolean', default: false },
      },
    });
    if (!['auto', 'electron', 'code-server'].includes(values.route))
      throw new Error(`--route must be auto, electron or code-server (not ${values.route})`);
    return values;
  } catch (e) {
    throw new Problem(e.message);
  }
}

async function main() {
  const opts = options();
  const started = Date.now();
  await run(process.execPath, ['esbuild.mjs'], { quiet: true, timeoutMs: 5 * 60_000 });
  if (!existsSync(TESTS_INDEX))
    throw new Problem(`the build did not produce ${path.relative(ROOT, TESTS_INDEX)}`);
  const workspace = makeWorkspace(tempDir('workspace'));
  const env = opts.grep ? { ARTICLE_LENS_TEST_GREP: opts.grep } : {};

  let route = opts.route;
  if (route === 'auto') {
    const why = await electronUnavailable();
    route = why ? 'code-server' : 'electron';
    if (why) say(`desktop VS Code route skipped: ${why}; using code-server`);
  }
  let failed = 0;
  if (route === 'electron') {
    if (!opts['ui-only']) {
      const userDataDir = tempDir('vscode-user');
      const code = await runElectron({
        testsIndex: TESTS_INDEX,
        workspaceFile: workspace.file,
        userDataDir,
        env,
      });
      say(`integration tests: ${code === 0 ? 'passed' : `FAILED (exit code ${code})`}`);
      if (code !== 0) failed++;
    }
    if (!opts['no-ui']) say('UI smoke test skipped: it runs on the code-server route (--route code-server)');
  } else {
    const { chromium } = await setup();
    say('setup ready');
    if (!opts['ui-only']) {
      const code = await runExtensionTests({
        chromium,
        testsIndex: TESTS_INDEX,
        workspaceFile: workspace.file,
        timeoutMs: TESTS_MS,
        env,
      });
      say(`integration tests: ${code === 0 ? 'passed' : `FAILED (exit code ${code})`}`);
      if (code !== 0) failed++;
    }
    if (!opts['no-ui']) {
      const ui = makeWorkspace(tempDir('ui-workspace'));
      const shots = opts['update-screenshots'] ? README_SHOTS : undefined;
      const code = await runUiSmoke({ chromium, samplesDir: ui.samples, timeoutMs: UI_MS, shots });
      say(`UI smoke test: ${code === 0 ? 'passed' : 'FAILED'}`);
      if (code !== 0) failed++;
    }
  }
  say(`done in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  return failed ? 1 : 0;
}

const watchdog = setTimeout(() => {
  console.error(
    `e2e: gave up after ${Math.round(TOTAL_MS / 1000)}s (ARTICLE_LENS_E2E_TIMEOUT_MS); stopping everything`,
  );
  killAll();
  process.exit(1);
}, TOTAL_MS);

main().then(
  (code) => {
    clearTimeout(watchdog);
    process.exit(code);
  },
  (e) => {
    clearTimeout(watchdog);
    console.error(`e2e: ${e instanceof Problem ? e.message : (e?.stack ?? e)}`);
    process.exit(1);
  },
);
