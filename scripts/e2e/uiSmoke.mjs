// A smoke test of the real UI: opens the samples in code-server's workbench with the extension
// loaded, hovers a name the sources spell differently, filters the Problems panel on the planted
// misspelling, and takes screenshots (for the README with --update-screenshots).
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, say } from './common.mjs';
import { launchBrowser, startCodeServer } from './codeServer.mjs';

/** The README's screenshots; a plain run writes to the cache so that the work tree stays clean. */
export const README_SHOTS = path.join(ROOT, 'media', 'screenshots');
const CACHE_SHOTS = path.join(ROOT, '.cache', 'e2e', 'screenshots');
const ARTICLE = '03-newspulse-hub.txt';
/** Hovered: a name the other sources spell without accents, so the card lists their spellings. */
const HOVERED = 'Castañeda';
/** Looked for in the Problems panel: the planted misspelling. */
const MISSPELLED = 'Kowalcyzk';

/** Runs the smoke test on a samples folder; resolves with 0 on success. */
export async function runUiSmoke({ chromium, samplesDir, timeoutMs, shots = CACHE_SHOTS }) {
  const server = await startCodeServer();
  const browser = await launchBrowser(chromium, { viewport: { width: 1200, height: 720 } });
  const { page } = browser;
  page.setDefaultTimeout(timeoutMs);
  const failures = path.join(ROOT, '.cache', 'e2e', 'ui-failure.png');
  let step = 'loading the workbench';
  try {
    await page.goto(server.url({ folder: samplesDir, extensionDevelopmentPath: ROOT }));
    await page.waitForSelector('.monaco-workbench');
    say('ui: workbench loaded');
    step = `opening ${ARTICLE} and waiting for squiggles`;
    const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE });
    await item.click();
    await page.waitForSelector('.monaco-editor .view-lines .view-line');
    // Our diagnostics are drawn as squiggles once the story has been analysed.
    await page.waitForSelector('.monaco-editor .squiggly-warning');
    say(`ui: ${ARTICLE} open, squiggles drawn`);
    await dismissNotifications(page);
    step = `hovering ${HOVERED}`;

    const word = page
      .locator('.monaco-editor .view-lines .view-line span span', { hasText: HOVERED })
      .first();
    const box = await word.boundingBox();
    if (!box) throw new Error(`"${HOVERED}" is not on screen`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: 'Castaneda' }).first();
    await hover.waitFor({ state: 'visible' });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    if (!/Spellings/.test(text))
      throw new Error(`the hover has no cross-source table: ${text.slice(0, 200)}`);
    say(`ui: hover shows "${text.slice(0, 100)}…"`);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'hover.png') });

    step = 'opening the Problems panel';
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor();
    // Show the findings about the misspelled name, with their related locations in other files.
    const filter = page
      .locator('.markers-panel-container, .pane-body, .panel')
      .getByPlaceholder(/^Filter/)
      .first();
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'spelled' }).first();
    // The filter box may still be initialising when the panel first shows and drop what is typed:
    // fill it again until the filtered list shows the finding.
    for (let attempt = 1; ; attempt++) {
      await filter.fill(MISSPELLED);
      try {
        await row.waitFor({ timeout: Math.min(15_000, timeoutMs) });
        break;
      } catch (e) {
        if (attempt >= 4) throw e;
      }
    }
    await page.locator('.markers-panel .monaco-list-row', { hasText: '01-cpw-wire.txt' }).first().waitFor();
    say(`ui: Problems panel: ${(await row.innerText()).replace(/\s+/g, ' ').slice(0, 120)}`);
    await page.screenshot({ path: path.join(shots, 'problems.png') });
    say(`ui: screenshots in ${path.relative(ROOT, shots)}/`);
    return 0;
  } catch (e) {
    console.error(`e2e ui: FAILED while ${step}: ${String(e?.message ?? e).split('\n')[0]}`);
    mkdirSync(path.dirname(failures), { recursive: true });
    await page.screenshot({ path: failures }).catch(() => {});
    console.error(`e2e ui: the page as it was: ${path.relative(ROOT, failures)}`);
    return 1;
  } finally {
    await browser.context.close().catch(() => {});
    server.stop();
  }
}

/** Closes the notification toasts, which would cover the editor in the screenshots. */
async function dismissNotifications(page) {
  const toasts = page.locator('.notification-toast');
  if ((await toasts.count()) === 0) return;
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill('>Notifications: Clear All Notifications');
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: 'Clear All Notifications' })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
}
