// Resolution and decision numbers: Arabic text usually writes them in the reverse of the
// English order (١٨/٢٠١٧ is ECOSOC 2017/18, 144/61 is GA 61/144), but not always (٦٤/٢٩٣
// stands next to ٢٩٣/٦٤, 70/1 is GA 70/1). The evidence, strongest first: a four-digit
// year; the document's own symbol (A/RES/74/10); the document's own session; the date
// written beside the number (GA session N meets in 1945 + N and the year after); the
// organ's range of session numbers. Where none decides, the Arabic order is assumed.
import { DEFAULT_SESSIONS, ORGANS } from '../lexicon/organs.js';

export interface EnglishNumber {
  value: string;
  /** Both readings were possible; `value` assumes the usual Arabic order. */
  ambiguous: boolean;
  /** The parts were swapped: written in the Arabic order. */
  reversed: boolean;
}

/** What else the text says about a number. */
export interface NumberEvidence {
  /** The year of the date written with the number (المؤرخ ٢٥ أيلول/سبتمبر ٢٠١٥). */
  year?: number | null;
  /** The session of the document the number belongs to. */
  session?: number | null;
  /** The same number in English order, from a symbol (A/RES/74/10 → [74, 10]). */
  english?: Array<[number, number]>;
}

const isYear = (n: number) => n >= 1945 && n <= 2100;

/** A date is within a year of when its session met. */
const YEAR_TOLERANCE = 1;

function sessionMetIn(organKey: string | null, session: number, year: number): boolean | null {
  const calendar = ORGANS.find((o) => o.key === organKey)?.sessionYears;
  if (!calendar) return null;
  const met = calendar.first + Math.floor((session - 1) / calendar.perYear);
  return Math.abs(met - year) <= YEAR_TOLERANCE;
}

/** Which part is the session (0 the first, 1 the second), or null when the test does not tell. */
type Decider = (first: number, second: number) => 0 | 1 | null;

function onlyOne(a: boolean, b: boolean): 0 | 1 | null {
  return a && !b ? 0 : b && !a ? 1 : null;
}

export function englishNumberOrder(first: number, second: number, organKey: string | null = null, evidence: NumberEvidence = {}): EnglishNumber {
  const [lo, hi] = ORGANS.find((o) => o.key === organKey)?.sessions ?? DEFAULT_SESSIONS;
  // The part that comes first in English: a year (ECOSOC 2017/18) or a session (GA 61/144).
  const deciders: Decider[] = [
    (a, b) => onlyOne(isYear(a), isYear(b)),
    (a, b) => {
      const pairs = evidence.english ?? [];
      return onlyOne(pairs.some(([x, y]) => x === a && y === b), pairs.some(([x, y]) => x === b && y === a));
    },
    (a, b) => (evidence.session ? onlyOne(a === evidence.session, b === evidence.session) : null),
    (a, b) => (evidence.year ? onlyOne(sessionMetIn(organKey, a, evidence.year) === true, sessionMetIn(organKey, b, evidence.year) === true) : null),
    (a, b) => onlyOne(a >= lo && a <= hi, b >= lo && b <= hi),
  ];
  for (const decide of deciders) {
    const part = decide(first, second);
    if (part === 0) return { value: `${first}/${second}`, ambiguous: false, reversed: false };
    if (part === 1) return { value: `${second}/${first}`, ambiguous: false, reversed: true };
  }
  return { value: `${second}/${first}`, ambiguous: first !== second, reversed: true };
}
