// Stage 1, read: which encoding the bytes are in.
import { describe, expect, it } from 'vitest';
import { decode } from '../src/read/decode.js';

const english = 'Distr.: General\n\nThe Council,\n\n1. Decides to remain seized of the matter.\n';
const arabic = 'إن المجلس،\n\n١ - يقرر أن يبقي المسألة قيد نظره.\n';

describe('the encoding of a file without a BOM', () => {
  it.each([
    ['English in UTF-8', Buffer.from(english), 'utf-8', english],
    ['Arabic in UTF-8', Buffer.from(arabic), 'utf-8', arabic],
    ['English in UTF-16 LE (NUL in every odd byte)', Buffer.from(english, 'utf16le'), 'utf-16le', english],
    ['English in UTF-16 BE (NUL in every even byte)', Buffer.from(english, 'utf16le').swap16(), 'utf-16be', english],
    ['Arabic in UTF-16 LE (0x06 in every odd byte)', Buffer.from(arabic, 'utf16le'), 'utf-16le', arabic],
    ['Arabic in UTF-16 BE (0x06 in every even byte)', Buffer.from(arabic, 'utf16le').swap16(), 'utf-16be', arabic],
  ])('%s', (_, bytes, encoding, text) => {
    const source = decode(bytes);
    expect(source.encoding).toBe(encoding);
    expect(source.text).toBe(text);
  });
});

describe('binary files are not taken for UTF-16', () => {
  it.each([
    ['seven bytes with a NUL', Buffer.from('abc\0def', 'latin1')],
    ['an even-length short file with a NUL', Buffer.from('abc\0de', 'latin1')],
    ['a few scattered NULs in text', Buffer.from(`${'text and more text '.repeat(20)}\0${'x'.repeat(41)}\0`, 'latin1')],
    ['NULs at one parity that decode to control characters', Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 2 === 1 ? 0 : 0x80 + (i % 16))))],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24))],
  ])('%s: refused as binary', (_, bytes) => {
    expect(() => decode(bytes)).toThrow(/binary/);
  });

  it('a short UTF-16 document still reads', () => {
    expect(decode(Buffer.from('Arabic text', 'utf16le'))).toMatchObject({ encoding: 'utf-16le', text: 'Arabic text' });
  });
});
