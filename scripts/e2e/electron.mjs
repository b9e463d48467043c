// The desktop route: @vscode/test-electron, where a VS Code build can be downloaded (or is cached).
// Tried first; on a machine without internet it is skipped within seconds.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import * as path from 'node:path';
import { ROOT, say } from './common.mjs';
import { writeUserSettings } from './workspace.mjs';

const UPDATE_HOST = 'update.code.visualstudio.com';
const require = createRequire(import.meta.url);

/** Whether a TCP connection to host:443 opens within `ms` (DNS included). */
function reachable(host, ms) {
  return new Promise((resolve) => {
    const socket = connect({ host, port: 443, timeout: ms });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/** Why the desktop route cannot run here, or undefined when it can. */
export async function electronUnavailable() {
  try {
    require.resolve('@vscode/test-electron');
  } catch {
    return '@vscode/test-electron is not installed';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'no display (run under xvfb-run for the desktop route)';
  const cache = path.join(ROOT, '.vscode-test');
  const cached = existsSync(cache) && readdirSync(cache).some((d) => d.startsWith('vscode-'));
  if (!cached && !(await reachable(UPDATE_HOST, 3000))) return `${UPDATE_HOST} is not reachable`;
  return undefined;
}

/** Runs the tests in a downloaded desktop VS Code; resolves with the exit code. */
export async function runElectron({ testsIndex, workspaceFile, userDataDir, env }) {
  const { runTests } = require('@vscode/test-electron');
  writeUserSettings(userDataDir);
  say('desktop route: @vscode/test-electron');
  try {
    return await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: testsIndex,
      extensionTestsEnv: env,
      launchArgs: [
        workspaceFile,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        `--user-data-dir=${userDataDir}`,
      ],
    });
  } catch (e) {
    // runTests rejects with the exit code (or a message) when the tests fail.
    console.error(`e2e: desktop VS Code: ${e instanceof Error ? e.message : `exit code ${e}`}`);
    return typeof e === 'number' && e > 0 ? e : 1;
  }
}
