import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analysed, closeAll, openArticle, ours, sample, waitFor } from './helpers';

describe('quick fixes', () => {
  after(closeAll);

  it('replace a misspelled name, and undo puts it back', async () => {
    const uri = sample('03-newspulse-hub.txt');
    const editor = await openArticle(uri);
    const { document } = editor;
    const original = document.getText();
    const diagnostic = ours(uri).find((d) => document.getText(d.range) === 'Kowalcyzk');
    assert.ok(diagnostic, 'no diagnostic on Kowalcyzk');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions?.find((a) => a.title === "Replace with 'Kowalczyk'");
    assert.ok(fix?.edit, `no replacement among: ${actions?.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true);

    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(document.getText(diagnostic.range), 'Kowalczyk');
    await analysed(document);
    await waitFor('the fixed name to lose its diagnostic', () =>
      ours(uri).some((d) => d.range.isEqual(diagnostic.range)) ? undefined : true,
    );

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => (document.getText() === original ? true : undefined));
    assert.equal(document.isDirty, false);
    await analysed(document);
    await waitFor('the diagnostic to come back', () =>
      ours(uri).find((d) => document.getText(d.range) === 'Kowalcyzk'),
    );
  });
});
