// `npm start`: builds, then opens samples/ in VS Code with the extension loaded. Where no VS Code can
// be started (no display, not installed and not downloadable, offline) it says so in one line on
// stderr and prints the CLI's report of samples/ instead.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.join(root, 'samples');
const isWindows = process.platform === 'win32';

/** The `code` command on PATH, if any. */
function findOnPath(name) {
  const exts = isWindows ? (process.env.PATHEXT ?? '.CMD;.EXE').split(';') : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext.toLowerCase());
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** Why no window can be shown here, or undefined when one can. */
function noDisplayReason() {
  if (process.platform !== 'linux') return undefined;
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return undefined;
  return 'no display (DISPLAY and WAYLAND_DISPLAY are unset)';
}

/** Runs a program to completion; resolves with its exit code, or an Error when it could not start. */
function runProgram(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', (e) => resolve(e));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** VS Code downloaded the way @vscode/test-electron does, when that package is installed. */
async function downloadVSCode() {
  let testElectron;
  try {
    testElectron = await import('@vscode/test-electron');
  } catch {
    throw new Error('VS Code is not on PATH and @vscode/test-electron is not installed to download it');
  }
  try {
    return await testElectron.downloadAndUnzipVSCode({ cachePath: path.join(root, '.vscode-test') });
  } catch (e) {
    throw new Error(`could not download VS Code (offline?): ${e.message ?? e}`);
  }
}

/** Opens samples/ in VS Code with the extension loaded; throws with a one-line reason when it cannot. */
async function openInVSCode() {
  const args = [`--extensionDevelopmentPath=${root}`, samples];
  const code = findOnPath('code');
  // A terminal inside VS Code (also a remote one) can open a window without a local display.
  if (code && (!noDisplayReason() || process.env.VSCODE_IPC_HOOK_CLI)) {
    const result = await runProgram(code, args, { shell: isWindows });
    if (result === 0) return;
    throw new Error(`"${code}" failed: ${result instanceof Error ? result.message : `exit code ${result}`}`);
  }
  const reason = noDisplayReason();
  if (reason) throw new Error(reason);
  const executable = await downloadVSCode();
  const child = spawn(executable, args, { stdio: 'ignore', detached: true });
  await new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (e) => reject(new Error(`could not start ${executable}: ${e.message}`)));
  });
  child.unref();
}

async function main() {
  const build = spawnSync(process.execPath, [path.join(root, 'esbuild.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) return build.status ?? 1;
  if (!existsSync(samples)) {
    console.error('start: there is no samples/ folder to open');
    return 1;
  }
  try {
    await openInVSCode();
    return 0;
  } catch (e) {
    console.error(
      `start: cannot start VS Code here: ${e.message}; showing the CLI report of samples/ instead.`,
    );
  }
  const cli = await runProgram(process.execPath, [path.join(root, 'dist/cli.js'), 'check', 'samples'], {
    cwd: root,
  });
  // Findings (exit 1) are the point of the samples; only a failure to read them is an error.
  return cli === 0 || cli === 1 ? 0 : cli instanceof Error ? 1 : cli;
}

process.exitCode = await main();
