// The tables of facts, each walked whole: months, ordinals, organs, kinds, furniture.
import { describe, expect, it } from 'vitest';
import { FURNITURE } from '../src/lexicon/furniture.js';
import { MONTHS } from '../src/lexicon/months.js';
import { ORGANS } from '../src/lexicon/organs.js';
import { englishOrdinal, toRoman } from '../src/lexicon/ordinals.js';
import { kindOf } from '../src/lexicon/kinds.js';
import { parseOrdinal } from '../src/metadata/ordinals.js';
import { findArabicDateRange, isDateLine, parseEnglishDate, scanDates } from '../src/normalize/dates.js';

describe('months', () => {
  const forms = MONTHS.flatMap((m) => [
    ...m.latin.map((l) => [`${m.syriac}/${l}`, m.n] as const),
    [m.syriac, m.n] as const,
    ...m.latin.map((l) => [l, m.n] as const),
  ]);
  it.each(forms)('«%s» is month %i', (form, n) => {
    const mm = String(n).padStart(2, '0');
    expect(findArabicDateRange(`في 9 ${form} 2019،`)).toEqual({ start: `2019-${mm}-09`, end: `2019-${mm}-09` });
    expect(isDateLine(`9 ${form} 2019`)).toBe(true);
  });
  it.each(MONTHS.map((m) => [m.english, m.n] as const))('English %s', (name, n) => {
    expect(parseEnglishDate(`1 ${name} 2020`)).toBe(`2020-${String(n).padStart(2, '0')}-01`);
  });
  it.each([
    ['15-19 تشرين الأول/أكتوبر 2012', '2012-10-15', '2012-10-19'],
    ['9 – 11 أيلول/سبتمبر 2019', '2019-09-09', '2019-09-11'],
    ['30 تشرين الثاني/نوفمبر - 2 كانون الأول/ديسمبر 2019', '2019-11-30', '2019-12-02'],
    ['30 كانون الأول/ديسمبر 2019 - 2 كانون الثاني/يناير 2020', '2019-12-30', '2020-01-02'],
  ])('range %s', (text, start, end) => {
    expect(findArabicDateRange(text)).toEqual({ start, end });
  });
  it('an impossible date is not a date', () => {
    expect(findArabicDateRange('31 شباط/فبراير 2019')).toBeNull();
    expect(parseEnglishDate('31 February 2019')).toBeNull();
  });
  // Between a day and a year, the words must be a month name as a whole.
  it.each([
    ['a day, other words and a year, then a date', 'في 5 شخصا 2017 ثم 6 تموز/يوليه 2017', [['6 تموز/يوليه 2017', '2017-07-06', 'day']]],
    ['two halves of different months', 'في 6 تموز/أغسطس 2017', []],
    ['spaces inside the name and around the slash', 'من 12 كانون  الأول / ديسمبر 2019', [['12 كانون  الأول / ديسمبر 2019', '2019-12-12', 'day']]],
    ['a word between the day and the month', 'في 15 الماضي تموز 2019', [['تموز 2019', '2019-07', 'month']]],
  ] as Array<[string, string, Array<[string, string, string]>]>)('%s', (_, text, dates) => {
    expect(scanDates(text).map((d) => [text.slice(d.index, d.index + d.length), d.from, d.precision])).toEqual(dates);
  });
  it.each([
    ['6 تموز/يوليه 2017', true],
    ['6 تموز/يوليه 2017.', true],
    ['6 الشهر الماضي 2017', false],
    ['في 6 تموز/يوليه 2017', false],
  ])('«%s» is a date line: %s', (line, yes) => {
    expect(isDateLine(line)).toBe(yes);
  });
});

describe('session ordinals 1–80', () => {
  const units = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة'];
  const compoundUnits = ['الحادية', ...units.slice(1)];
  const tens = ['العشرون', 'الثلاثون', 'الأربعون', 'الخمسون', 'الستون', 'السبعون', 'الثمانون'];
  const phrase = (n: number): string => {
    if (n < 10) return units[n - 1];
    if (n === 10) return 'العاشرة';
    if (n < 20) return `${compoundUnits[n - 11]} عشرة`;
    const ten = tens[Math.floor(n / 10) - 2];
    return n % 10 === 0 ? ten : `${compoundUnits[(n % 10) - 1]} و${ten}`;
  };
  it.each(Array.from({ length: 80 }, (_, i) => [phrase(i + 1), i + 1] as const))('الدورة %s → %i', (p, n) => {
    expect(parseOrdinal(p)).toBe(n);
  });
  it('masculine forms too', () => {
    expect(parseOrdinal('التاسع')).toBe(9);
    expect(parseOrdinal('الحادي عشر')).toBe(11);
    expect(parseOrdinal('الثاني والسبعين')).toBe(72);
  });
  it('not an ordinal', () => {
    expect(parseOrdinal('الاستثنائية')).toBeNull();
  });
});

describe('numerals', () => {
  it.each([[1, 'I', '1st'], [2, 'II', '2nd'], [3, 'III', '3rd'], [4, 'IV', '4th'], [9, 'IX', '9th'], [11, 'XI', '11th'], [12, 'XII', '12th'], [13, 'XIII', '13th'], [20, 'XX', '20th'], [21, 'XXI', '21st'], [40, 'XL', '40th'], [72, 'LXXII', '72nd']])(
    '%i → %s, %s',
    (n, roman, ordinal) => {
      expect(toRoman(n)).toBe(roman);
      expect(englishOrdinal(n)).toBe(ordinal);
    },
  );
});

describe('document kinds', () => {
  it.each([
    ['مشروع التقرير', 'draft-report'],
    ['مشروع تقرير', 'draft-report'],
    ['تقرير من الأمانة', 'report'],
    ['تقرير الأمين العام', 'report'],
    ['مذكرة من الأمانة', 'note'],
    ['مشروع قرار', 'draft-resolution'],
    ['مشروع قرار منقح', 'revised-draft-resolution'],
    ['مشروع مقرر', 'draft-decision'],
    ['قرار اتخذه المجلس الاقتصادي والاجتماعي في ٦ تموز/يوليه ٢٠١٧', 'resolution'],
    ['قرار اتخذته الجمعية العامة في ١٧ كانون الأول/ديسمبر ٢٠١٨', 'resolution'],
    ['مقرر اتخذه المؤتمر', 'decision'],
    ['القرار الذي اتخذته الجمعية العامة في 10 كانون الأول/ديسمبر 2019', 'resolution'],
    ['القراران اللذان اتخذتهما الجمعية العامة', 'resolution'],
    ['القرارات التي اتخذتها الجمعية العامة', 'resolution'],
    ['المقرر الذي اتخذه المؤتمر', 'decision'],
    ['القرار الذي أشار إليه التقرير', null],
    ['جدول الأعمال المؤقت وشروحه', 'agenda'],
  ])('%s → %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });
});

describe('organs', () => {
  it('keys are unique and every name is non-empty', () => {
    const keys = ORGANS.map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of ORGANS) for (const n of o.names) expect(n.trim()).toBe(n);
  });
});

describe('page furniture', () => {
  it.each([
    ['الرجاء إعادة الاستعمال', 'recycle'],
    ['Please recycle', 'recycle'],
    ['17-12889 (A)', 'job-number'],
    ['V.19-05432 (A)', 'job-number'],
    ['GE.17-12345 (A)    *1712345*', 'job-number'],
    ['*1712889*', 'barcode'],
    ['12', 'page-number'],
    ['- 3 -', 'page-number'],
    ['E/2017/30', 'running-header'],
    ['CTOC/COP/WG.4/2019/1', 'running-header'],
  ])('%s is %s', (line, kind) => {
    expect(FURNITURE.find((f) => f.pattern.test(line))?.kind).toBe(kind);
  });
  it('every row has a kind', () => {
    for (const f of FURNITURE) expect(f.kind).toMatch(/^[a-z-]+$/);
  });
});
