import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openArticle, ours, sample, shortName, waitFor } from './helpers';

describe('diagnostics', () => {
  it('flags the misspelled Kowalcyzk with related locations in the other sources', async () => {
    const uri = sample('03-newspulse-hub.txt');
    const { document } = await openArticle(uri);
    const diagnostic = await waitFor('the Kowalcyzk diagnostic', () =>
      ours(uri).find((d) => d.code === 'name_spelling' && document.getText(d.range) === 'Kowalcyzk'),
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /Kowalczyk/);
    const elsewhere = (diagnostic.relatedInformation ?? []).filter(
      (r) => r.location.uri.toString() !== uri.toString(),
    );
    const files = new Set(elsewhere.map((r) => shortName(r.location.uri)));
    assert.ok(files.has('01-cpw-wire.txt') && files.size >= 3, `related files: ${[...files].join(', ')}`);
    const other = await vscode.workspace.openTextDocument(elsewhere[0].location.uri);
    assert.match(other.getText(elsewhere[0].location.range), /Kowalczyk/);
  });

  it('publishes findings of articles that are not open', async () => {
    const uri = sample('05-air-we-share.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
    const role = await waitFor('the role diagnostic of 05', () => ours(uri).find((d) => d.code === 'role'));
    assert.match(role.message, /Deputy Mayor/);
  });
});
