import * as vscode from 'vscode';
import { lineStarts, offsetToPosition, positionToOffset } from '../core';
import type { Span } from '../core';

/** The text of an article as the story analysed it. */
export interface HeldText {
  readonly text: string;
  /** Editor version the text came from; undefined for text read from disk. */
  readonly version: number | undefined;
}

/** Turns a URI string back into a Uri. */
export function toUri(uri: string): vscode.Uri {
  return vscode.Uri.parse(uri, true);
}

/**
 * The one place where engine offsets become editor positions and back. Offsets index the text the
 * story analysed, so an open document converts them itself only while its version is the analysed
 * one; otherwise (typing ahead of the debounced analysis, or a closed file) the held text's line
 * starts do, which keeps every range consistent with the analysis it came from.
 */
export class Converter {
  private readonly starts = new WeakMap<HeldText, number[]>();

  constructor(private readonly held: (uri: string) => HeldText | undefined) {}

  /** Offset → position function for one article. */
  positions(uri: string): (offset: number) => vscode.Position {
    const held = this.held(uri);
    const doc = openDocument(uri);
    if (doc && (!held || held.version === doc.version)) return (offset) => doc.positionAt(offset);
    if (!held) return () => new vscode.Position(0, 0);
    const starts = this.startsOf(held);
    return (offset) => {
      const p = offsetToPosition(starts, Math.min(offset, held.text.length));
      return new vscode.Position(p.line, p.character);
    };
  }

  /** The range of a span of an article. */
  range(uri: string, span: Span): vscode.Range {
    const at = this.positions(uri);
    return new vscode.Range(at(span.start), at(span.end));
  }

  /** A location for a span of an article. */
  location(uri: string, span: Span): vscode.Location {
    return new vscode.Location(toUri(uri), this.range(uri, span));
  }

  /** The analysed-text offset of a position in a document. */
  offsetAt(document: vscode.TextDocument, position: vscode.Position): number {
    const held = this.held(document.uri.toString());
    if (!held || held.version === document.version) return document.offsetAt(position);
    return positionToOffset(this.startsOf(held), position);
  }

  private startsOf(held: HeldText): number[] {
    let starts = this.starts.get(held);
    if (!starts) {
      starts = lineStarts(held.text);
      this.starts.set(held, starts);
    }
    return starts;
  }
}

/** The open document with this URI, if any. */
export function openDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
}
