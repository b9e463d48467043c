// The throw-away workspace the tests run on: a copy of samples/ and, when it is there, of
// ../shared/seeds, as the two folders of a multi-root workspace (so each is a story of its own).
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, onCleanup } from './common.mjs';

const SEEDS = path.resolve(ROOT, '../shared/seeds');

/** User settings that keep the workbench quiet and deterministic. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'git.enabled': false,
  'editor.hover.delay': 100,
};

/** A fresh temp folder, deleted on exit unless ARTICLE_LENS_E2E_KEEP is set. */
export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `article-lens-${prefix}-`));
  onCleanup(() => {
    if (process.env.ARTICLE_LENS_E2E_KEEP) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Writes `settings` as the user settings of a VS Code user-data folder. */
export function writeUserSettings(userDataDir, settings = USER_SETTINGS) {
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

/** Creates the test workspace; returns its folders and the .code-workspace file that opens both. */
export function makeWorkspace(base) {
  const samples = path.join(base, 'samples');
  cpSync(path.join(ROOT, 'samples'), samples, { recursive: true });
  const folders = [{ path: 'samples' }];
  let seeds;
  if (existsSync(SEEDS)) {
    seeds = path.join(base, 'seeds');
    cpSync(SEEDS, seeds, { recursive: true });
    folders.push({ path: 'seeds' });
  }
  const file = path.join(base, 'article-lens-e2e.code-workspace');
  writeFileSync(file, `${JSON.stringify({ folders, settings: {} }, null, 2)}\n`);
  return { base, samples, seeds, file };
}
