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
