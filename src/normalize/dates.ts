// Dates as UN Arabic texts write them: ٦ تموز/يوليه ٢٠١٧, ١٥-١٩ تشرين الأول/أكتوبر ٢٠١٢,
// ٣٠ تشرين الثاني/نوفمبر - ٢ كانون الأول/ديسمبر ٢٠١٩, and English header dates
// (9 September 2019). Input is folded text (ASCII digits).
import { foldArabic } from '../lexicon/fold.js';
import { MONTHS } from '../lexicon/months.js';
import { matchesOf } from './matches.js';

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Every written form of each month (Syriac/Latin pair, either half), longest first. */
const MONTH_FORMS: Array<{ form: string; n: number }> = MONTHS.flatMap((m) => [
  ...m.latin.map((l) => ({ form: `${m.syriac}/${l}`, n: m.n })),
  ...m.latin.map((l) => ({ form: `${m.syriac} / ${l}`, n: m.n })),
  { form: m.syriac, n: m.n },
  ...m.latin.map((l) => ({ form: l, n: m.n })),
]).sort((a, b) => b.form.length - a.form.length);

const MONTH_BY_FOLDED = new Map(MONTH_FORMS.map(({ form, n }) => [foldArabic(form).replace(/\s*\/\s*/g, '/'), n]));
const alternation = (names: string[]) => [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, '\\s+')).join('|');
const LATIN = alternation(MONTHS.flatMap((m) => m.latin));
/**
 * A Syriac name with or without its Latin pair (تشرين الأول/أكتوبر, تشرين الأول, or in
 * brackets: كانون الثاني (يناير)), or a Latin name alone.
 */
export const MONTH_PATTERN = `(?:${alternation(MONTHS.map((m) => m.syriac))})(?:\\s*\\/\\s*(?:${LATIN})|\\s*\\(\\s*(?:${LATIN})\\s*\\))?|${LATIN}`;
/** The bracketed form read as the slashed one. */
const BRACKETED = /\s*\(\s*([\u0621-\u064A]+)\s*\)/;

const monthCache = new Map<string, number | null>();

export function monthNumber(written: string): number | null {
  let n = monthCache.get(written);
  if (n === undefined) {
    n = MONTH_BY_FOLDED.get(foldArabic(written.replace(BRACKETED, '/$1')).replace(/\s*\/\s*/g, '/')) ?? null;
    monthCache.set(written, n);
  }
  return n;
}

export interface DateRange {
  start: string;
  end: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A date or range found in text: offsets, ISO bounds and how precise the text is. */
export interface FoundDate {
  index: number;
  length: number;
  from: string;
  to: string;
  precision: DatePrecision;
}

const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})';
const M = `(${MONTH_PATTERN})`;
/**
 * Where a month stands between a day and a year (or a dash): one or two words, maybe a
 * slash and one more, checked against the month names after the match (isMonth). The
 * names written into each pattern made each slow to compile, in every run; the slot is pinned by what stands around it, so it holds exactly the text that the
 * names would have had to match.
 */
const SLOT = '([\\u0621-\\u064A]+(?:\\s+[\\u0621-\\u064A]+)?(?:\\s*\\/\\s*[\\u0621-\\u064A]+|\\s*\\(\\s*[\\u0621-\\u064A]+\\s*\\))?)';
const MONTH_EXACT = new RegExp(`^(?:${MONTH_PATTERN})$`);
const isMonth = (written: string) => MONTH_EXACT.test(written);
const DASH = '\\s*[-\\u2013\\u2014]\\s*';
/** Between two days of one month: ١٥-١٩, من ٢٧ إلى ٢٩, يومي ١٤ و ١٥. */
const DAY_LINK = '\\s*(?:[-\\u2013\\u2014]|إلى|و)\\s*';

/** Any dash: a quick look before the slower test of what stands around it. */
const DASH_CHAR = /[-\u2013\u2014]/;

type Parts = [y1: number, m1: number, d1: number, y2: number, m2: number, d2: number];
/** Date patterns, most specific first: at one position the first that matches wins. */
const DATE_PATTERNS: Array<{
  re: RegExp;
  precision: DatePrecision;
  read: (m: RegExpMatchArray) => Parts;
  /** How far the date starts before the match (text matched by a lookbehind). */
  back?: (m: RegExpMatchArray) => number;
  /** Cheap tests the text must pass, in order, for the pattern to be worth running. */
  needs?: RegExp[];
  /** Groups holding a SLOT: each must be a month for the match to count. */
  months?: number[];
}> = [
  // ٣٠ كانون الأول/ديسمبر ٢٠١٩ - ٢ كانون الثاني/يناير ٢٠٢٠
  { re: new RegExp(`${DAY}\\s+${SLOT}\\s+${YEAR}${DASH}${DAY}\\s+${SLOT}\\s+${YEAR}`, 'g'), precision: 'day', months: [2, 5], needs: [/\d{4}\s*[-\u2013\u2014]/], read: (m) => [+m[3], monthNumber(m[2])!, +m[1], +m[6], monthNumber(m[5])!, +m[4]] },
  // ٣٠ تشرين الثاني/نوفمبر - ٢ كانون الأول/ديسمبر ٢٠١٩
  { re: new RegExp(`${DAY}\\s+${SLOT}${DASH}${DAY}\\s+${SLOT}\\s+${YEAR}`, 'g'), precision: 'day', months: [2, 4], needs: [DASH_CHAR, /[^\d\s]\s*[-\u2013\u2014]\s*\d/], read: (m) => [+m[5], monthNumber(m[2])!, +m[1], +m[5], monthNumber(m[4])!, +m[3]] },
  // ١٥-١٩ تشرين الأول/أكتوبر ٢٠١٢
  { re: new RegExp(`${DAY}${DAY_LINK}${DAY}\\s+${SLOT}\\s+${YEAR}`, 'g'), precision: 'day', months: [3], needs: [/\d\s*(?:[-\u2013\u2014]|إلى|و)\s*\d/], read: (m) => [+m[4], monthNumber(m[3])!, +m[1], +m[4], monthNumber(m[3])!, +m[2]] },
  // ٦ تموز/يوليه ٢٠١٧
  { re: new RegExp(`${DAY}\\s+${SLOT}\\s+${YEAR}`, 'g'), precision: 'day', months: [2], read: (m) => [+m[3], monthNumber(m[2])!, +m[1], +m[3], monthNumber(m[2])!, +m[1]] },
  // حزيران/يونيه ٢٠٠٨ (matched at the year, looking back for the month: a digit is a
  // cheap place to start, the month alternation an expensive one)
  { re: new RegExp(`(?=\\d{4})(?<=${M}(\\s+))${YEAR}`, 'g'), precision: 'month', back: (m) => m[1].length + m[2].length, read: (m) => [+m[3], monthNumber(m[1])!, 1, +m[3], monthNumber(m[1])!, 1] },
  // عام ٢٠١٢, عامي ٢٠١٣ و٢٠١٧ (each year on its own)
  { re: new RegExp(`(?=\\d{4})(?<=(?:^|[^\\u0621-\\u064A])[لو]?[لب]?(?:ال)?عامي?\\s+)${YEAR}`, 'g'), precision: 'year', needs: [/عام/], read: (m) => [+m[1], 1, 1, +m[1], 1, 1] },
  { re: new RegExp(`(?=\\d{4})(?<=عامي\\s+\\d{4}\\s*و\\s*)${YEAR}`, 'g'), precision: 'year', needs: [/عامي/], read: (m) => [+m[1], 1, 1, +m[1], 1, 1] },
];

function valid(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function iso(precision: DatePrecision, y: number, m: number, d: number): string {
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${y}-${pad(m)}`;
  return isoDate(y, m, d);
}

const FOUR_DIGITS = /\d{4}/;

/** Every date, range, month and year in the text, in order, none overlapping. */
export function scanDates(text: string): FoundDate[] {
  const found: Array<FoundDate & { rank: number }> = [];
  // Every form has a four-digit year: a text without one has no date.
  if (!FOUR_DIGITS.test(text)) return [];
  DATE_PATTERNS.forEach(({ re, precision, read, back, needs, months }, rank) => {
    if (needs && !needs.every((n) => n.test(text))) return;
    const monthsWritten = months && ((m: RegExpExecArray) => months.every((group) => isMonth(m[group])));
    for (const m of matchesOf(re, text, monthsWritten)) {
      const [y1, m1, d1, y2, m2, d2] = read(m);
      if (!m1 || !m2 || !valid(y1, m1, d1) || !valid(y2, m2, d2)) continue;
      const before = back?.(m) ?? 0;
      found.push({ index: m.index - before, length: m[0].length + before, from: iso(precision, y1, m1, d1), to: iso(precision, y2, m2, d2), precision, rank });
    }
  });
  found.sort((a, b) => a.index - b.index || a.rank - b.rank);
  const out: FoundDate[] = [];
  let end = 0;
  for (const { rank: _, ...f } of found) {
    if (f.index < end) continue;
    out.push(f);
    end = f.index + f.length;
  }
  return out;
}

/** The first full date or range of days in the text, or null. */
export function findArabicDateRange(text: string): DateRange | null {
  const found = scanDates(text).find((d) => d.precision === 'day');
  return found ? { start: found.from, end: found.to } : null;
}

const DATE_LINE = new RegExp(`^${DAY}\\s+${SLOT}\\s+${YEAR}\\.?$`);

/** A line that is only a date (the adoption date under a resolution). */
export function isDateLine(line: string): boolean {
  const m = DATE_LINE.exec(line);
  return m !== null && isMonth(m[2]);
}

const ENGLISH_MONTHS = new Map(MONTHS.map((m) => [m.english.toLowerCase(), m.n]));
/** `9 September 2019` → `2019-09-09`; null for anything else. */
export function parseEnglishDate(text: string): string | null {
  const m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = ENGLISH_MONTHS.get(m[2].toLowerCase());
  if (!month || !valid(+m[3], month, +m[1])) return null;
  return isoDate(+m[3], month, +m[1]);
}
