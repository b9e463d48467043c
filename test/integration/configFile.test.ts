import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { folder, getApi, hoverText, openArticle, ours, positionOf, sample, waitFor } from './helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('.articlelens.json', () => {
  const configUri = (): vscode.Uri => vscode.Uri.joinPath(folder('samples')!.uri, '.articlelens.json');
  const article = (): vscode.Uri => sample('03-newspulse-hub.txt');
  const kowalcyzk = (severity: vscode.DiagnosticSeverity) => () =>
    ours(article()).find((d) => d.code === 'name_spelling' && d.severity === severity);

  after(async () => {
    await vscode.workspace.fs.delete(configUri()).then(undefined, () => undefined);
    await waitFor('the defaults to return', kowalcyzk(vscode.DiagnosticSeverity.Warning));
  });

  it('reports a malformed file in a readable way, and analysis goes on with the defaults', async () => {
    await openArticle(article());
    await vscode.workspace.fs.writeFile(configUri(), encode('{ "severity": { "name_spelling": "error" '));
    const [problem] = await waitFor('a diagnostic on the configuration file', () => {
      const found = ours(configUri());
      return found.length ? found : undefined;
    });
    assert.match(problem.message, /^not valid JSON: /);
    assert.doesNotMatch(problem.message, /\n\s+at /, 'a stack trace is not a readable error');
    await (await getApi()).whenIdle();
    // The broken file asked for errors; the defaults (warnings) are used instead, and all still works.
    assert.ok(kowalcyzk(vscode.DiagnosticSeverity.Warning)(), 'the article lost its diagnostics');
    const { document } = await openArticle(article());
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      article(),
      positionOf(document, 'Kowalcyzk said').translate(0, 2),
    );
    assert.match(hoverText(hovers ?? []), /Kowalczyk/);
  });

  it('takes a corrected file into account', async () => {
    await vscode.workspace.fs.writeFile(
      configUri(),
      encode('{ "severity": { "name_spelling": "error" } }\n'),
    );
    await waitFor('the configuration diagnostic to clear', () =>
      ours(configUri()).length ? undefined : true,
    );
    await waitFor('name spellings to become errors', kowalcyzk(vscode.DiagnosticSeverity.Error));
  });
});
