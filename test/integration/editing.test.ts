import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analysed, closeAll, openArticle, ours, rangeOf, sample, shortName, waitFor } from './helpers';

/** The date finding of an article, and the files its related locations are in. */
function dateFinding(uri: vscode.Uri): { message: string; files: string[] } | undefined {
  const d = ours(uri).find((x) => x.code === 'date');
  return (
    d && { message: d.message, files: (d.relatedInformation ?? []).map((r) => shortName(r.location.uri)) }
  );
}

describe('editing', () => {
  after(closeAll);

  it('updates the diagnostics of the edited article and of the articles it disagreed with', async () => {
    const edited = sample('03-newspulse-hub.txt');
    const other = sample('05-air-we-share.md');
    const { document } = await openArticle(edited);
    const before = dateFinding(other);
    assert.ok(before?.files.includes('03-newspulse-hub.txt'), `05 date finding: ${JSON.stringify(before)}`);
    assert.match(dateFinding(edited)?.message ?? '', /Tuesday, March 11 \(2025-03-11\) here/);

    // 03 now dates the council session as 05 does: 05 no longer disagrees with 03.
    const session = rangeOf(document, 'emergency session on Tuesday, March 11');
    const date = new vscode.Range(session.start.translate(0, 'emergency session on '.length), session.end);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(edited, date, 'Wednesday, March 12');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    await analysed(document);
    const after = await waitFor(
      '05 to drop 03 from its date finding',
      () => {
        const f = dateFinding(other);
        return f && !f.files.includes('03-newspulse-hub.txt') ? f : undefined;
      },
      () => ({ edited: dateFinding(edited), other: dateFinding(other) }),
    );
    assert.doesNotMatch(after.message, /03-newspulse-hub/);
    assert.doesNotMatch(dateFinding(edited)?.message ?? '', /Tuesday, March 11 \(2025-03-11\) here/);

    await closeAll();
    await waitFor('05 to disagree with 03 again once the edit is reverted', () =>
      dateFinding(other)?.files.includes('03-newspulse-hub.txt') ? true : undefined,
    );
  });
});
