import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, linkedUris, openArticle, positionOf, sample, shortName } from './helpers';

/** The hover text at a position a few characters into `text`, and the other files it links to. */
async function hoverAt(file: string, text: string): Promise<{ markdown: string; others: string[] }> {
  const uri = sample(file);
  const { document } = await openArticle(uri);
  const at = positionOf(document, text).translate(0, 2);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
  const markdown = hoverText(hovers ?? []);
  const others = linkedUris(markdown)
    .filter((u) => u !== uri.toString())
    .map((u) => shortName(vscode.Uri.parse(u)));
  return { markdown, others };
}

describe('hover', () => {
  it('shows how the other sources name an entity', async () => {
    const { markdown, others } = await hoverAt('01-cpw-wire.txt', 'Kowalczyk said');
    assert.match(markdown, /Adrian Kowalczyk/);
    assert.match(markdown, /Kowalcyzk/, 'the other spelling is listed');
    assert.ok(others.includes('03-newspulse-hub.txt'), `links to: ${others.join(', ')}`);
  });

  it('shows the figures the other sources give', async () => {
    const { markdown, others } = await hoverAt('01-cpw-wire.txt', '1,200 residents');
    assert.match(markdown, /Other sources:/);
    assert.ok(others.length >= 1, markdown);
  });

  it('shows the other versions of a quotation', async () => {
    const { markdown, others } = await hoverAt('01-cpw-wire.txt', 'air monitors are not');
    assert.match(markdown, /Quotation/);
    assert.ok(others.includes('04-dailynewsbeat24.txt'), `links to: ${others.join(', ')}`);
  });
});
