import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analysed, closeAll, openArticle, ours, positionOf, sample, shortName, waitFor } from './helpers';

/** The rename VS Code would apply for `newName` at `position`. */
async function renameEdit(
  uri: vscode.Uri,
  position: vscode.Position,
  newName: string,
): Promise<vscode.WorkspaceEdit> {
  const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>(
    'vscode.executeDocumentRenameProvider',
    uri,
    position,
    newName,
  );
  assert.ok(edit, `no rename edit for ${newName}`);
  return edit;
}

const misspelt = (uri: vscode.Uri) => () =>
  ours(uri).find((d) => d.code === 'name_spelling' && /Kowalcyzk/.test(d.message));

describe('rename', () => {
  // Start from a clean slate: a document left open by an earlier suite changes how a multi-file undo runs.
  before(closeAll);
  afterEach(closeAll);

  it('offers the name under the cursor and refuses a word that is not a name', async () => {
    const uri = sample('03-newspulse-hub.txt');
    const { document } = await openArticle(uri);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>(
      'vscode.prepareRename',
      uri,
      positionOf(document, 'Kowalcyzk said', 1).translate(0, 3),
    );
    assert.equal(prepared?.placeholder, 'Kowalcyzk');
    assert.equal(document.getText(prepared.range), 'Kowalcyzk');
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.prepareRename',
          uri,
          positionOf(document, 'employees').translate(0, 2),
        ),
      ),
      /renames names only/,
    );
  });

  it('fixes a misspelt surname in every form written that way, and undo puts it back', async () => {
    const uri = sample('03-newspulse-hub.txt');
    const { document } = await openArticle(uri);
    const original = document.getText();
    await waitFor('the misspelling to be flagged', misspelt(uri));
    const edit = await renameEdit(
      uri,
      positionOf(document, 'Kowalcyzk said', 1).translate(0, 3),
      'Kowalczyk',
    );
    assert.deepEqual(
      edit.entries().map(([u, edits]) => [shortName(u), edits.length]),
      [['03-newspulse-hub.txt', 2]],
    );

    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.match(document.getText(), /spokesperson Adrian Kowalczyk said/);
    assert.match(document.getText(), /” Kowalczyk said/);
    assert.doesNotMatch(document.getText(), /Kowalcyzk/);
    await analysed(document);
    await waitFor('the misspelling findings to go', () => (misspelt(uri)() ? undefined : true));

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => (document.getText() === original ? true : undefined));
    await analysed(document);
    await waitFor('the misspelling to be flagged again', misspelt(uri));
  });

  it('renames across the story in one edit, closed articles included, leaving other spellings alone', async () => {
    const uri = sample('01-cpw-wire.txt');
    const { document } = await openArticle(uri);
    const edit = await renameEdit(
      uri,
      positionOf(document, 'Adrian Kowalczyk said').translate(0, 10),
      'Adrian Kowalski',
    );
    const files = edit
      .entries()
      .map(([u]) => shortName(u))
      .sort();
    assert.deepEqual(files, [
      '01-cpw-wire.txt',
      '02-kessington-courier.txt',
      '04-dailynewsbeat24.txt',
      '05-air-we-share.md',
    ]);
    for (const [, edits] of edit.entries()) for (const e of edits) assert.equal(e.newText, 'Kowalski');

    const originals = new Map<string, string>();
    for (const [changed] of edit.entries())
      originals.set(
        changed.toString(),
        new TextDecoder().decode(await vscode.workspace.fs.readFile(changed)),
      );
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const courier = await vscode.workspace.openTextDocument(sample('02-kessington-courier.txt'));
    assert.match(courier.getText(), /spokesperson Adrian Kowalski said/);
    assert.doesNotMatch(courier.getText(), /Kowalczyk/);
    const hub = await vscode.workspace.openTextDocument(sample('03-newspulse-hub.txt'));
    assert.match(hub.getText(), /Adrian Kowalcyzk/);

    // One edit across files: one undo takes it back in all of them.
    await vscode.window.showTextDocument(courier);
    await vscode.commands.executeCommand('undo');
    for (const [changed] of edit.entries()) {
      const doc = await vscode.workspace.openTextDocument(changed);
      await waitFor(`undo in ${shortName(changed)}`, () =>
        doc.getText() === originals.get(changed.toString()) ? true : undefined,
      );
      assert.equal(doc.isDirty, false, `${shortName(changed)} is still modified`);
    }
  });
});
