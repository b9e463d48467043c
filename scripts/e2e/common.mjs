// Paths, pinned versions and small process helpers shared by the end-to-end scripts.
import { clearTimeout, setTimeout } from 'node:timers';
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Everything the end-to-end tests download lives here; delete it to start from scratch. */
export const CACHE = process.env.ARTICLE_LENS_E2E_CACHE
  ? path.resolve(process.env.ARTICLE_LENS_E2E_CACHE)
  : path.join(ROOT, '.cache', 'e2e');

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
/** Node 24 from the npm registry (code-server >= 4.133 needs it); the package ships bin/node and the headers. */
export const NODE_DIR = path.join(CACHE, `node-v${NODE_VERSION}`);
export const NODE_BIN = path.join(NODE_DIR, 'bin', 'node');
export const CODE_SERVER_DIR = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
/** Written last by the setup, so that an interrupted install is redone rather than half-used. */
export const CODE_SERVER_DONE = path.join(CODE_SERVER_DIR, '.installed');

const t0 = Date.now();

/** Prints one progress line, prefixed with the time since start. */
export function say(message) {
  console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${message}`);
}

/** An error whose message is shown alone, on one line, without a stack. */
export class Problem extends Error {}

/** The first executable of `names` on PATH (or given as an absolute path), if any. */
export function findExecutable(...names) {
  for (const name of names) {
    const candidates = path.isAbsolute(name)
      ? [name]
      : (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, name));
    for (const candidate of candidates) {
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

/** The Chromium that drives the workbench: $CHROMIUM, else Debian's. */
export function findChromium() {
  return process.env.CHROMIUM
    ? findExecutable(process.env.CHROMIUM)
    : findExecutable('/usr/bin/chromium', 'chromium');
}

/**
 * Runs a command to completion with output shown (or captured when `quiet`), killing it after
 * `timeoutMs`. Rejects with a one-line {@link Problem} on failure.
 */
export function run(command, args, { cwd = ROOT, env = process.env, timeoutMs = 15 * 60_000, quiet } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const stop = registerChild(child);
    const timer = setTimeout(() => {
      output += `\n(killed after ${timeoutMs / 1000}s)`;
      killTree(child);
    }, timeoutMs);
    const what = `${path.basename(command)} ${args.slice(0, 3).join(' ')}`;
    child.on('error', (e) => {
      clearTimeout(timer);
      stop();
      reject(new Problem(`could not run ${what}: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      stop();
      if (code === 0) resolve(output);
      else {
        if (quiet && output) process.stderr.write(output.slice(-4000));
        reject(new Problem(`${what} failed (${signal ?? `exit code ${code}`})`));
      }
    });
  });
}

const children = new Set();

/** Remembers a child process (started `detached`, so it leads its own group) to kill on exit. */
export function registerChild(child) {
  children.add(child);
  return () => children.delete(child);
}

/** Kills a child and everything it started (its process group). */
export function killTree(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Kills every registered child; called on exit and on signals. */
export function killAll() {
  for (const child of children) killTree(child, 'SIGKILL');
  children.clear();
}

const cleanups = [];

/** Registers cleanup work (temp folders…) that runs once, on normal exit or on a signal. */
export function onCleanup(fn) {
  cleanups.push(fn);
}

function cleanupNow() {
  killAll();
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      fn();
    } catch {
      // best effort
    }
  }
}

process.on('exit', cleanupNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`e2e: ${signal}, stopping`);
    cleanupNow();
    process.exit(130);
  });
}
