import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openArticle, rangeOf, sample } from './helpers';

interface Token {
  range: vscode.Range;
  type: string;
  modifiers: string[];
}

/** Decodes the relative encoding of semantic tokens. */
function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const out: Token[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dLine;
    char = dLine === 0 ? char + dChar : dChar;
    out.push({
      range: new vscode.Range(line, char, line, char + length),
      type: legend.tokenTypes[type],
      modifiers: legend.tokenModifiers.filter((_, bit) => mods & (1 << bit)),
    });
  }
  return out;
}

describe('semantic tokens', () => {
  it('colour the entities and figures of an article', async () => {
    const uri = sample('01-cpw-wire.txt');
    const { document } = await openArticle(uri);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
      'vscode.provideDocumentSemanticTokensLegend',
      uri,
    );
    const data = await vscode.commands.executeCommand<vscode.SemanticTokens>(
      'vscode.provideDocumentSemanticTokens',
      uri,
    );
    assert.ok(legend && data, 'no semantic tokens');
    const tokens = decode(data, legend);
    const at = (text: string): Token | undefined => {
      const range = rangeOf(document, text);
      return tokens.find((t) => t.range.contains(range.start.translate(0, 1)));
    };
    assert.equal(at('Adrian Kowalczyk')?.type, 'articlePerson');
    assert.equal(at('1,200 residents')?.type, 'articleFigure');
  });
});
