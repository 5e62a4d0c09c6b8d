// Every enumerator form, walking the whole of each table.
import { describe, expect, it } from 'vitest';
import { ABJAD, latinLetterLabel } from '../src/lexicon/abjad.js';
import { CHAPTER_ORDINALS, toRoman } from '../src/lexicon/ordinals.js';
import { readEnumerator } from '../src/normalize/enumerators.js';

const toArabicIndic = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const toExtended = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const DIGIT_SCRIPTS: Array<[string, (n: number) => string]> = [
  ['ASCII', String],
  ['Arabic-Indic', toArabicIndic],
  ['Extended', toExtended],
];

describe('lettered clauses, every abjad letter', () => {
  const rows = ABJAD.flatMap((row) => row.letters.map((letter) => [letter, row.n] as const));
  it.each(rows)('(%s) is clause %i', (letter, n) => {
    for (const written of [`(${letter}) نص`, `- (${letter}) نص`, `( ${letter} ) نص`, `\u200F(${letter}) نص`]) {
      const e = readEnumerator(written);
      expect(e, written).toMatchObject({ kind: 'lettered', number: n, label: latinLetterLabel(n), rawLabel: letter });
      expect(written.slice(e!.length)).toBe('نص');
    }
  });
  it('labels run a … z, then aa, bb', () => {
    expect(ABJAD.map((r) => latinLetterLabel(r.n)).join(' ')).toBe(
      'a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb',
    );
  });
  it('heh with and without tatweel both mean e', () => {
    expect(readEnumerator('(هـ) نص')?.label).toBe('e');
    expect(readEnumerator('(ه) نص')?.label).toBe('e');
  });
});

describe('small-roman points', () => {
  const quotes: Array<[string, string]> = [['‘', '‘'], ['’', '‘'], ['‘', '’'], ["'", "'"], ['‹', '›']];
  const cases = quotes.flatMap(([open, close]) =>
    DIGIT_SCRIPTS.flatMap(([script, digits]) => [1, 2, 4, 9, 12].map((n) => [`${open}${digits(n)}${close}`, script, n] as const)),
  );
  it.each(cases)('%s (%s) is point %i', (written, _, n) => {
    expect(readEnumerator(`${written} تيسير التنفيذ`)).toMatchObject({ kind: 'point', number: n, label: toRoman(n).toLowerCase(), rawLabel: written });
  });
});

describe('numbered paragraphs', () => {
  it.each([
    ['١ - نص', 1, '١'],
    ['٢- نص', 2, '٢'],
    ['9- نص', 9, '9'],
    ['- 1- نص', 1, '1'],
    ['١٣ – نص', 13, '١٣'],
    ['۱۳ - نص', 13, '۱۳'],
    ['- ٣٢- نص', 32, '٣٢'],
    ['12. نص', 12, '12'],
    ['**١ -** نص', 1, '١'],
  ])('%s → %i', (written, n, raw) => {
    expect(readEnumerator(written)).toMatchObject({ kind: 'numbered', number: n, label: String(n), rawLabel: raw });
  });
  it.each([
    ['a date range', '٢٠١٣-٢٠٢٠ خطة'],
    ['a job number', '17-12889 (A)'],
    ['a resolution number', '١٨/٢٠١٧ - تنفيذ'],
    ['a day and month', '19 كانون الأول/ديسمبر 2006'],
  ])('is not fooled by %s', (_, written) => {
    expect(readEnumerator(written)?.kind).not.toBe('numbered');
  });
});

describe('chapter ordinals I–XX', () => {
  const variants = (form: string) => [form, form.replace(/ً/g, ''), form.replace(/^أ/, 'ا'), form.replace(/اً$/, 'ًا')];
  const cases = CHAPTER_ORDINALS.flatMap((row) => row.forms.flatMap((form) => variants(form).map((v) => [v, row.n] as const)));
  it.each(cases)('%s is chapter %i', (written, n) => {
    for (const sep of [' - ', '- ', ' – ']) {
      expect(readEnumerator(`${written}${sep}مقدمة`), `${written}${sep}`).toMatchObject({ kind: 'chapter', number: n, label: toRoman(n) });
    }
  });
});

describe('section letter names A–BB', () => {
  const cases = ABJAD.flatMap((row) => row.names.map((name) => [name, row.n] as const));
  it.each(cases)('%s is section %i', (name, n) => {
    expect(readEnumerator(`${name} - توصيات عامة`)).toMatchObject({ kind: 'section', number: n, label: latinLetterLabel(n).toUpperCase(), rawLabel: name });
  });
  it('short forms: هـ- is E', () => {
    expect(readEnumerator('هـ- الوثائق')).toMatchObject({ kind: 'section', label: 'E', number: 5 });
  });
});

describe('recommendations and notes', () => {
  it.each(DIGIT_SCRIPTS)('التوصية N in %s digits', (_, digits) => {
    expect(readEnumerator(`التوصية ${digits(11)}`)).toMatchObject({ kind: 'recommendation', number: 11, label: '11', rawLabel: digits(11) });
  });
  it.each([
    ['(1) المرجع نفسه', '1', '(1)'],
    ['(١) المرجع نفسه', '1', '(١)'],
    ['(۱۲) المرجع نفسه', '12', '(۱۲)'],
  ])('%s is a note-number', (written, label, raw) => {
    expect(readEnumerator(written)).toMatchObject({ kind: 'note-number', label, rawLabel: raw });
  });
  it('* text is an asterisk note', () => {
    expect(readEnumerator('* أيضاً باسم الدول')).toMatchObject({ kind: 'note-asterisk', label: '*' });
  });
  it('plain text has no enumerator', () => {
    expect(readEnumerator('وإذ يشير إلى')).toBeNull();
    expect(readEnumerator('الاتجار بالبشر')).toBeNull();
  });
});
