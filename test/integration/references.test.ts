import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openArticle, positionOf, sample, shortName } from './helpers';

describe('references', () => {
  it('finds the mentions of a person in every source, misspelled ones included', async () => {
    const uri = sample('01-cpw-wire.txt');
    const { document } = await openArticle(uri);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      uri,
      positionOf(document, 'Kowalczyk said').translate(0, 3),
    );
    const files = new Set((locations ?? []).map((l) => shortName(l.uri)));
    assert.ok(files.size >= 4, `references in: ${[...files].join(', ')}`);
    const misspelled = (locations ?? []).find((l) => shortName(l.uri) === '03-newspulse-hub.txt');
    assert.ok(misspelled, 'no reference in 03-newspulse-hub.txt');
    const other = await vscode.workspace.openTextDocument(misspelled.uri);
    assert.match(other.getText(misspelled.range), /Kowalcyzk/);
  });
});
