import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/vscode/extension';
import { EXTENSION_ID, SOURCE, folder, getApi, openArticle, sample, shortName, waitFor } from './helpers';

describe('activation', () => {
  it('activates on opening an article and analyses the whole folder as one story', async () => {
    const ext = vscode.extensions.getExtension<ArticleLensApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    const uri = sample('01-cpw-wire.txt');
    // The workbench's own plain-text models may activate it early; it must not start working then.
    if (ext.isActive)
      assert.equal(ext.exports.getAnalysis(uri), undefined, 'analysing before any article opened');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // Nothing here activates it: its diagnostics appear because opening the article did.
    await waitFor('diagnostics from Article Lens', () =>
      vscode.languages.getDiagnostics().some(([, list]) => list.some((d) => d.source === SOURCE))
        ? true
        : undefined,
    );
    assert.equal(ext.isActive, true);
    await openArticle(uri);
    const analysis = (await getApi()).getAnalysis(uri);
    const files = analysis?.articles.map((a) => shortName(vscode.Uri.parse(a.uri))).sort();
    assert.deepEqual(files, [
      '01-cpw-wire.txt',
      '02-kessington-courier.txt',
      '03-newspulse-hub.txt',
      '04-dailynewsbeat24.txt',
      '05-air-we-share.md',
    ]);
  });

  it('keeps each workspace folder a story of its own', async function () {
    const seeds = folder('seeds');
    if (!seeds) return this.skip(); // ../shared/seeds was not there to copy
    await openArticle(sample('01-cpw-wire.txt'));
    const api = await getApi();
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(seeds, '*.txt'));
    assert.ok(files.length > 0, 'the seeds folder is empty');
    const analysis = await waitFor('the seeds story', () => api.getAnalysis(files[0]));
    const folders = new Set(
      analysis.articles.map((a) => vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(a.uri))?.name),
    );
    assert.deepEqual([...folders], ['seeds']);
    assert.equal(analysis.articles.length, files.length);
  });
});
