// Tables of cases for the character folding and the footnote markers.
import { describe, expect, it } from 'vitest';
import { foldChar, foldSpan, normalizeText, toAsciiDigits } from '../src/normalize/chars.js';
import { findMarkers } from '../src/normalize/markers.js';

describe('digits', () => {
  const scripts = [
    ['ASCII', '0123456789'],
    ['Arabic-Indic', '٠١٢٣٤٥٦٧٨٩'],
    ['Extended Arabic-Indic', '۰۱۲۳۴۵۶۷۸۹'],
  ];
  it.each(scripts)('%s digits fold to ASCII', (_, digits) => {
    expect(toAsciiDigits(digits)).toBe('0123456789');
  });
  it.each([
    ['٨٠ ٠٠٠', '80 000'],
    ['٢٥ ٠٠٠ دولار', '25 000 دولار'],
    ['٦٤/٢٩٣', '64/293'],
    ['۲۰۱۹', '2019'],
  ])('%s → %s (one number stays one number)', (input, want) => {
    expect(normalizeText(input)).toBe(want);
  });
});

describe('what PDF conversion leaves behind', () => {
  it.each([
    ['presentation form ﻻ (lam-alef)', '\uFEFB', 'لا'],
    ['presentation form ﺍ (alef isolated)', '\uFE8D', 'ا'],
    ['presentation form ﺑ (beh initial)', '\uFE91', 'ب'],
    ['presentation form ﷲ', '\uFDF2', 'الله'],
    ['zero-width space', '\u200B', ''],
    ['right-to-left mark', '\u200F', ''],
    ['left-to-right mark', '\u200E', ''],
    ['RLE', '\u202B', ''],
    ['PDF', '\u202C', ''],
    ['RLI', '\u2067', ''],
    ['PDI', '\u2069', ''],
    ['BOM / ZWNBSP', '\uFEFF', ''],
    ['Arabic letter mark', '\u061C', ''],
    ['no-break space', '\u00A0', ' '],
    ['thin space', '\u2009', ' '],
    ['narrow no-break space', '\u202F', ' '],
    ['tab', '\t', ' '],
    ['form feed (a PDF page break)', '\f', ' '],
    ['next line', '\u0085', ' '],
    ['bell', '\u0007', ''],
    ['escape', '\u001b', ''],
    ['delete', '\u007f', ''],
    ['a C1 control', '\u0090', ''],
  ])('%s', (_, ch, want) => {
    expect(foldChar(ch)).toBe(want);
  });

  it.each([
    ['hamza forms', 'أإآؤئء'],
    ['diacritics', 'يُعرب يحثُّ'],
    ['tatweel and heh', 'هـ'],
    ['Arabic punctuation', '،؛؟٪'],
    ['Latin', 'CTOC/COP/2008/8'],
  ])('never changes %s', (_, s) => {
    expect(normalizeText(s)).toBe(s);
  });

  it('collapses white space and keeps a map back to the source', () => {
    const source = 'أ  \u200Fب\n١';
    const { text, map } = foldSpan(source, 0, source.length, [], true);
    expect(text).toBe('أ ب 1');
    expect([...text].map((_, i) => source[map[i]])).toEqual(['أ', ' ', 'ب', '\n', '١']);
  });

  it('is idempotent', () => {
    const s = 'إن المجلس،⁽¹⁾ ٢٠١٩ \uFEFB\u200F  نص';
    expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
});

describe('footnote markers', () => {
  it.each([
    ['الوطنية،⁽¹⁾ التي', '1', '⁽¹⁾'],
    ['الوطنية⁽¹²⁾', '12', '⁽¹²⁾'],
    ['الوطنية¹ التي', '1', '¹'],
    ['الوطنية^(١) وبروتوكول', '1', '^(١)'],
    ['الوطنية^(۳)', '3', '^(۳)'],
    ['الوطنية^2^ ثم', '2', '^2^'],
    ['الاتحاد الأوروبي*، فرنسا', '*', '*'],
    ['جدول الأعمال المؤقت*', '*', '*'],
  ])('%s → marker %s', (text, marker, raw) => {
    const found = findMarkers(text, 0, text.length);
    expect(found.map((m) => [m.marker, m.raw])).toEqual([[marker, raw]]);
  });

  it.each([
    ['a bullet', '* أيضاً باسم الدول'],
    ['a number in parentheses', 'الصكوك (1) والثانية'],
    ['an asterisk between spaces', 'أ * ب'],
  ])('is not fooled by %s', (_, text) => {
    expect(findMarkers(text, 0, text.length)).toEqual([]);
  });

  it('skips spans given as syntax (emphasis delimiters)', () => {
    const text = '**يحثُّ** الدول';
    expect(findMarkers(text, 0, text.length, [[0, 2], [7, 9]])).toEqual([]);
  });
});
