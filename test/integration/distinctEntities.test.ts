import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, folder, openArticle, ours, sample, waitFor } from './helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('treating two names as different people', () => {
  const configUri = (): vscode.Uri => vscode.Uri.joinPath(folder('samples')!.uri, '.articlelens.json');
  const article = (): vscode.Uri => sample('03-newspulse-hub.txt');
  const kowalcyzk = () =>
    ours(article()).find((d) => d.code === 'name_spelling' && /Kowalcyzk/.test(d.message));
  const eckhart = () =>
    ours(sample('04-dailynewsbeat24.txt')).find(
      (d) => d.code === 'name_spelling' && /Eckhart/.test(d.message),
    );

  after(async () => {
    await vscode.workspace.fs.delete(configUri()).then(undefined, () => undefined);
    await waitFor('the misspelling to be flagged again', kowalcyzk);
    await closeAll();
  });

  it('records the pair in .articlelens.json, keeping its other keys, and the finding goes', async () => {
    await vscode.workspace.fs.writeFile(configUri(), encode('{ "acceptedSpellings": ["Eckhart"] }\n'));
    await waitFor('the accepted spelling to take effect', () => (eckhart() ? undefined : true));
    const { document } = await openArticle(article());
    const diagnostic = await waitFor('the misspelling to be flagged', () =>
      ours(article()).find((d) => document.getText(d.range) === 'Adrian Kowalcyzk'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      article(),
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const title = "Treat 'Adrian Kowalcyzk' as a different person from 'Adrian Kowalczyk'";
    const fix = actions?.find((a) => a.title === title);
    assert.ok(fix?.command, `no "${title}" among: ${actions?.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.edit, undefined, 'the fix must not edit the article');

    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri())));
    assert.deepEqual(written, {
      acceptedSpellings: ['Eckhart'],
      distinctEntities: [['Adrian Kowalcyzk', 'Adrian Kowalczyk']],
    });
    await waitFor(
      'the spelling findings on Kowalcyzk to go',
      () => (kowalcyzk() ? undefined : true),
      () => ours(article()).map((d) => d.message),
    );
  });
});
