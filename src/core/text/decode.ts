/** Articles longer than this are not analysed (a user gets a message instead of a frozen editor). */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** Result of decoding a file's bytes into article text. */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/**
 * Decodes file bytes as article text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Binary files and files over the size limit are refused with a reason, never guessed at.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  if (nul > 0) return { ok: false, reason: 'looks like a binary file (contains NUL bytes)' };
  let text: string;
  let encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Old scrapes are often Windows-1252; decoding them that way loses nothing. A UTF-8 BOM in front of
    // a stray Windows-1252 byte would otherwise come out as "ï»¿".
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    text = decodeWindows1252(hasBom ? bytes.subarray(3) : bytes);
    encoding = 'windows-1252';
  }
  return finish(stripBom(text), encoding);
}

// Windows-1252 bytes 0x80–0x9F (undefined ones stay C1 controls, as the WHATWG standard maps them).
// prettier-ignore
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Node 20.18.3+ and 22.13+ decode "windows-1252" as Latin-1 (nodejs/node#56542), turning curly quotes
 * into C1 controls; the table maps them whatever the runtime does.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]));
}

function finish(text: string, encoding: string): DecodeResult {
  const checked = checkArticleText(text);
  return checked ? { ok: false, reason: checked } : { ok: true, text, encoding };
}

/** Removes a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Returns why a text cannot be analysed, or undefined when it can. */
export function checkArticleText(text: string): string | undefined {
  if (text.length > MAX_ARTICLE_CHARS)
    return `too large to analyse (${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en-US')})`;
  if (text.includes('\u0000')) return 'looks like a binary file (contains NUL characters)';
  return undefined;
}
