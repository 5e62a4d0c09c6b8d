// Spelled-out Arabic ordinal adjectives → numbers: العاشرة → 10, الحادية عشرة → 11,
// الثانية والسبعون → 72. Only the tables in lexicon/ordinals.ts know the words.
import { foldArabic } from '../lexicon/fold.js';
import { ORDINAL_TEN, ORDINAL_TENS, ORDINAL_UNITS } from '../lexicon/ordinals.js';

function table(rows: Array<{ n: number; forms: string[] }>): Map<string, number> {
  const map = new Map<string, number>();
  for (const row of rows) for (const form of row.forms) map.set(foldArabic(form), row.n);
  return map;
}

const UNITS = table(ORDINAL_UNITS);
const TENS = table([...ORDINAL_TENS, { n: ORDINAL_TEN.n, forms: ORDINAL_TEN.forms }]);
const TEEN = new Set(ORDINAL_TEN.teen.map(foldArabic));

/** The number an ordinal phrase starts with, or null. Extra words after it are ignored. */
export function parseOrdinal(phrase: string): number | null {
  const words = foldArabic(phrase).split(' ');
  const [first, second] = words;
  const unit = UNITS.get(first);
  if (unit !== undefined) {
    if (second && TEEN.has(second)) return 10 + unit;
    if (second && second.startsWith('و') && TENS.has(second.slice(1))) return TENS.get(second.slice(1))! + unit;
    return unit;
  }
  return TENS.get(first) ?? null;
}
