import * as assert from 'node:assert/strict';
import {
  MAX_ARTICLE_CHARS,
  checkArticleText,
  decodeArticleBytes,
  stripBom,
} from '../../src/core/text/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (bigEndian) out.push(c >> 8, c & 0xff);
    else out.push(c & 0xff, c >> 8);
  }
  return Uint8Array.from(out);
}

const SAMPLE = 'Café owner “Zoë” Ødegaard said: €5 — not €50.\r\nSecond line.';

describe('decodeArticleBytes', () => {
  it('decodes plain UTF-8', () => {
    assert.deepEqual(decodeArticleBytes(utf8(SAMPLE)), { ok: true, text: SAMPLE, encoding: 'utf-8' });
  });

  it('removes a UTF-8 byte-order mark', () => {
    const r = decodeArticleBytes(concat([0xef, 0xbb, 0xbf], utf8(SAMPLE)));
    assert.deepEqual(r, { ok: true, text: SAMPLE, encoding: 'utf-8' });
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM, and drops the BOM', () => {
    assert.deepEqual(decodeArticleBytes(concat([0xff, 0xfe], utf16(SAMPLE, false))), {
      ok: true,
      text: SAMPLE,
      encoding: 'utf-16le',
    });
    assert.deepEqual(decodeArticleBytes(concat([0xfe, 0xff], utf16(SAMPLE, true))), {
      ok: true,
      text: SAMPLE,
      encoding: 'utf-16be',
    });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, with curly quotes and the euro sign (fixed bug)', () => {
    // “Fares rise” by 8%, café says – €2 more
    const bytes = concat(
      [0x93],
      utf8('Fares rise'),
      [0x94],
      utf8(' by 8%, caf'),
      [0xe9],
      utf8(' says '),
      [0x96, 0x20, 0x80],
      utf8('2 more'),
    );
    assert.deepEqual(decodeArticleBytes(bytes), {
      ok: true,
      text: '“Fares rise” by 8%, café says – €2 more',
      encoding: 'windows-1252',
    });
  });

  it('maps every Windows-1252 byte from 0x80 to 0x9F as the WHATWG table does', () => {
    const r = decodeArticleBytes(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    assert.ok(r.ok);
    assert.equal(r.text, '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it('does not turn a UTF-8 BOM into "ï»¿" when the rest falls back to Windows-1252 (fixed bug)', () => {
    const r = decodeArticleBytes(concat([0xef, 0xbb, 0xbf], utf8('It'), [0x92], utf8('s open')));
    assert.deepEqual(r, { ok: true, text: 'It’s open', encoding: 'windows-1252' });
  });

  it('refuses bytes with NUL as binary, with a reason', () => {
    const r = decodeArticleBytes(concat(utf8('PNG'), [0, 0, 1, 2]));
    assert.deepEqual(r, { ok: false, reason: 'looks like a binary file (contains NUL bytes)' });
  });

  it('refuses a NUL past the first 8 KB too', () => {
    const r = decodeArticleBytes(concat(utf8('a'.repeat(10_000)), [0], utf8('tail')));
    assert.deepEqual(r, { ok: false, reason: 'looks like a binary file (contains NUL characters)' });
  });

  it('refuses UTF-16 without a BOM (it is full of NUL bytes) rather than guessing', () => {
    const r = decodeArticleBytes(utf16('Hello', false));
    assert.equal(r.ok, false);
  });

  it('refuses text over the size limit, with the sizes in the reason', () => {
    const r = decodeArticleBytes(new Uint8Array(MAX_ARTICLE_CHARS + 1).fill(0x61));
    assert.deepEqual(r, {
      ok: false,
      reason: 'too large to analyse (2,000,001 characters; the limit is 2,000,000)',
    });
  });

  it('decodes an empty file as empty text', () => {
    assert.deepEqual(decodeArticleBytes(new Uint8Array(0)), { ok: true, text: '', encoding: 'utf-8' });
  });
});

describe('stripBom and checkArticleText', () => {
  it('strips one leading BOM only', () => {
    assert.equal(stripBom('\ufeffText'), 'Text');
    assert.equal(stripBom('\ufeff\ufeffText'), '\ufeffText');
    assert.equal(stripBom('Te\ufeffxt'), 'Te\ufeffxt');
    assert.equal(stripBom(''), '');
  });

  it('accepts ordinary text and refuses NUL characters and oversized text', () => {
    assert.equal(checkArticleText('The pier closed.'), undefined);
    assert.equal(checkArticleText('a\u0000b'), 'looks like a binary file (contains NUL characters)');
    const atLimit = 'x'.repeat(MAX_ARTICLE_CHARS);
    assert.equal(checkArticleText(atLimit), undefined);
    assert.match(checkArticleText(atLimit + 'yyyyy') ?? '', /^too large to analyse \(2,000,005 /);
  });
});
