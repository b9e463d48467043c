// Markdown helpers for hover cards. No 'vscode' import, so that they can be unit-tested in Node.

/** Characters that could start markdown syntax, a link, an autolink or a theme icon. */
const SPECIALS = /[\\`*_{}[\]()#+\-.!|~>$@:=^"']/g;
/** Bidirectional overrides and isolates: they can make text read differently from what it is. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// Other control characters, except those that `normaliseSpace` turns into spaces.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Collapses every run of whitespace (line breaks included) into one space, so text cannot start a block. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Escapes article text for a markdown hover: every markdown special is backslash-escaped, `&` and `<`
 * become entities, line breaks become spaces, and control and bidi characters are dropped. The result
 * renders as the literal text and can never form a link, an autolink, a command URI, HTML or a code span.
 */
export function escapeMarkdown(text: string): string {
  return normaliseSpace(text.replace(CONTROLS, ' '))
    .replace(BIDI_CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(SPECIALS, (c) => `\\${c}`);
}

/** Shortens text to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const flat = normaliseSpace(text);
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * A `command:` URI for one of our own commands with JSON arguments. Parentheses are percent-encoded
 * too (encodeURIComponent keeps them), so the URI cannot end a markdown link destination early.
 */
export function commandUri(command: string, args: unknown): string {
  const encoded = encodeURIComponent(JSON.stringify([args])).replace(
    /[()'!*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `command:${command}?${encoded}`;
}

/** A markdown link whose label is escaped article text and whose target is a URI we built. */
export function markdownLink(label: string, target: string, title?: string): string {
  const t = title ? ` "${escapeMarkdown(title)}"` : '';
  return `[${escapeMarkdown(label)}](${target}${t})`;
}
