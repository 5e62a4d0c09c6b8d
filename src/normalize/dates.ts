// Dates as UN Arabic texts write them: ٦ تموز/يوليه ٢٠١٧, ١٥-١٩ تشرين الأول/أكتوبر ٢٠١٢,
// ٣٠ تشرين الثاني/نوفمبر - ٢ كانون الأول/ديسمبر ٢٠١٩, and English header dates
// (9 September 2019). Input is folded text (ASCII digits).
import { foldArabic } from '../lexicon/fold.js';
import { MONTHS } from '../lexicon/months.js';

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
export const MONTH_PATTERN = MONTH_FORMS.map(({ form }) => form.replace(/\//g, '\\/').replace(/\s+/g, '\\s+')).join('|');

export function monthNumber(written: string): number | null {
  return MONTH_BY_FOLDED.get(foldArabic(written).replace(/\s*\/\s*/g, '/')) ?? null;
}

export interface DateRange {
  start: string;
  end: string;
}

const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})';
const M = `(${MONTH_PATTERN})`;
const DASH = '\\s*[-\\u2013\\u2014]\\s*';
const RANGE_PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => [number, number, number, number, number, number] | null }> = [
  // ٣٠ تشرين الثاني/نوفمبر ٢٠١٩ - ٢ كانون الثاني/يناير ٢٠٢٠
  {
    re: new RegExp(`${DAY}\\s+${M}\\s+${YEAR}${DASH}${DAY}\\s+${M}\\s+${YEAR}`),
    read: (m) => [+m[3], monthNumber(m[2])!, +m[1], +m[6], monthNumber(m[5])!, +m[4]],
  },
  // ٣٠ تشرين الثاني/نوفمبر - ٢ كانون الأول/ديسمبر ٢٠١٩
  {
    re: new RegExp(`${DAY}\\s+${M}${DASH}${DAY}\\s+${M}\\s+${YEAR}`),
    read: (m) => [+m[5], monthNumber(m[2])!, +m[1], +m[5], monthNumber(m[4])!, +m[3]],
  },
  // ١٥-١٩ تشرين الأول/أكتوبر ٢٠١٢
  {
    re: new RegExp(`${DAY}${DASH}${DAY}\\s+${M}\\s+${YEAR}`),
    read: (m) => [+m[4], monthNumber(m[3])!, +m[1], +m[4], monthNumber(m[3])!, +m[2]],
  },
  // ٦ تموز/يوليه ٢٠١٧
  {
    re: new RegExp(`${DAY}\\s+${M}\\s+${YEAR}`),
    read: (m) => [+m[3], monthNumber(m[2])!, +m[1], +m[3], monthNumber(m[2])!, +m[1]],
  },
];

function valid(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The first date or date range in the text, or null. */
export function findArabicDateRange(text: string): DateRange | null {
  for (const { re, read } of RANGE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const parts = read(m);
    if (!parts) continue;
    const [y1, m1, d1, y2, m2, d2] = parts;
    if (!valid(y1, m1, d1) || !valid(y2, m2, d2)) return null;
    return { start: isoDate(y1, m1, d1), end: isoDate(y2, m2, d2) };
  }
  return null;
}

/** A line that is only a date (the adoption date under a resolution). */
export const DATE_LINE = new RegExp(`^${DAY}\\s+${M}\\s+${YEAR}\\.?$`);

const ENGLISH_MONTHS = new Map(MONTHS.map((m) => [m.english.toLowerCase(), m.n]));
/** `9 September 2019` → `2019-09-09`; null for anything else. */
export function parseEnglishDate(text: string): string | null {
  const m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = ENGLISH_MONTHS.get(m[2].toLowerCase());
  if (!month || !valid(+m[3], month, +m[1])) return null;
  return isoDate(+m[3], month, +m[1]);
}
