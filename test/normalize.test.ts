// Tables of cases for the character folding and the footnote markers.
import fc from 'fast-check';
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

  it.each([
    ['a space before a skipped end', 'ا *', 0, [[2, 3]], 'ا'],
    ['a space before a skipped marker', 'ا *ب', 0, [[2, 3]], 'ا ب'],
    ['a span inside a word', 'اب**ج', 0, [[2, 4]], 'ابج'],
    ['a span at the start', 'ا ب', 0, [[0, 1]], 'ب'],
    ['overlapping spans', 'abcde', 0, [[1, 3], [2, 4]], 'ae'],
    ['a span from before the start', 'abcdef', 2, [[0, 3]], 'def'],
  ] as Array<[string, string, number, Array<[number, number]>, string]>)('skips %s', (_, source, start, skip, expected) => {
    expect(foldSpan(source, start, source.length, skip).text).toBe(expected);
  });

  it('leaves out skipped spans as if they were not there (overlapping, or starting before the span)', () => {
    const char = fc.constantFrom('ا', 'ب', ' ', '  ', '\n', '٣', '\u200F', '*', '\uFEFB', 'x', '\u00A0');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(45), fc.nat(6)), { maxLength: 6 }), fc.nat(5), (chars, raw, from) => {
        const source = chars.join('');
        const start = Math.min(from, source.length);
        const skip = raw.map(([a, n]): [number, number] => [a, a + n]).sort((x, y) => x[0] - y[0]);
        const kept = [...source].map((c, i) => (i >= start && !skip.some(([a, b]) => i >= a && i < b) ? c : '')).join('');
        const { text, map } = foldSpan(source, start, source.length, skip, true);
        expect(text).toBe(normalizeText(kept));
        expect(map).toHaveLength(text.length);
        for (const at of map) expect(at >= start && !skip.some(([a, b]) => at >= a && at < b)).toBe(true);
      }),
      { numRuns: 500 },
    );
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

describe('tatweel', () => {
  it.each([
    ['inside a word, a stretch: dropped', 'الأمــم المتحـدة', 'الأمم المتحدة'],
    ['ending a letter before a number: kept', 'أموالاً لـ 11 منظمة', 'أموالاً لـ 11 منظمة'],
    ['the enumerator هـ inline: kept', 'و(هـ) حماية الضحايا', 'و(هـ) حماية الضحايا'],
  ])('%s', (_, written, text) => {
    expect(normalizeText(written)).toBe(text);
  });
});
