// Resolution and decision numbers: Arabic text writes them in either order (١٨/٢٠١٧ is
// ECOSOC 2017/18, 144/61 is GA 61/144, but 70/1 is GA 70/1 as often as 1/70). The
// evidence, strongest first:
//   certain   a four-digit year; the number in English order in the document's own symbol;
//             the document's own session; the date written beside the number (GA session
//             N meets in 1945 + N); a part outside the organ's range of sessions, or later
//             than the citing document's session, or before the organ numbered that way
//             (the GA wrote 217 (III) before its 31st session);
//   convention  how the citing document writes the numbers whose order is certain (set by
//             the caller, src/references, once the whole document is read);
//   recent    both readings possible: the one with the more recent session, which
//             documents cite far more often than the first sessions.
// Only two equal parts are left ambiguous.
import { DEFAULT_SESSIONS, ORGANS } from '../lexicon/organs.js';

/** What decided the order, strongest first: `recent` is a likelihood, not a fact. */
export type OrderEvidence = 'year' | 'symbol' | 'session' | 'date' | 'range' | 'list' | 'convention' | 'recent' | 'none';

export interface EnglishNumber {
  value: string;
  /** Both readings were possible and nothing told them apart (equal parts, or no session known). */
  ambiguous: boolean;
  /** The parts were swapped: written in the Arabic order. */
  reversed: boolean;
  by: OrderEvidence;
}

/** What else the text says about a number. */
export interface NumberEvidence {
  /** The year of the date written with the number (المؤرخ ٢٥ أيلول/سبتمبر ٢٠١٥). */
  year?: number | null;
  /** The session of the document the number belongs to. */
  session?: number | null;
  /** The same number in English order, from a symbol (A/RES/74/10 → [74, 10]). */
  english?: Array<[number, number]>;
  /** The year of the citing document: no session cited can be later than the one meeting then. */
  citingYear?: number | null;
}

export const isYear = (n: number) => n >= 1945 && n <= 2100;

/** A date is within a year of when its session met. */
const YEAR_TOLERANCE = 1;

function sessionMetIn(organKey: string | null, session: number, year: number): boolean | null {
  const calendar = ORGANS.find((o) => o.key === organKey)?.sessionYears;
  if (!calendar) return null;
  const met = calendar.first + Math.floor((session - 1) / calendar.perYear);
  return Math.abs(met - year) <= YEAR_TOLERANCE;
}

/** The latest session an organ can have held by the end of `year`, or null for an organ without a calendar. */
function lastSessionBy(organKey: string | null, year: number): number | null {
  const calendar = ORGANS.find((o) => o.key === organKey)?.sessionYears;
  return calendar ? (year - calendar.first + 1) * calendar.perYear : null;
}

/** Which part is the session (0 the first, 1 the second), or null when the test does not tell. */
type Decider = [OrderEvidence, (first: number, second: number) => 0 | 1 | null];

function onlyOne(a: boolean, b: boolean): 0 | 1 | null {
  return a && !b ? 0 : b && !a ? 1 : null;
}

export function englishNumberOrder(first: number, second: number, organKey: string | null = null, evidence: NumberEvidence = {}): EnglishNumber {
  const organ = ORGANS.find((o) => o.key === organKey);
  const [lo, range] = organ?.sessions ?? DEFAULT_SESSIONS;
  const latest = evidence.citingYear ? lastSessionBy(organKey, evidence.citingYear) : null;
  const hi = Math.min(range, latest ?? range);
  const from = Math.max(lo, organ?.numberedFrom ?? lo);
  // The part that comes first in English: a year (ECOSOC 2017/18) or a session (GA 61/144).
  const deciders: Decider[] = [
    ['year', (a, b) => onlyOne(isYear(a), isYear(b))],
    [
      'symbol',
      (a, b) => {
        const pairs = evidence.english ?? [];
        return onlyOne(pairs.some(([x, y]) => x === a && y === b), pairs.some(([x, y]) => x === b && y === a));
      },
    ],
    ['session', (a, b) => (evidence.session ? onlyOne(a === evidence.session, b === evidence.session) : null)],
    ['date', (a, b) => (evidence.year ? onlyOne(sessionMetIn(organKey, a, evidence.year) === true, sessionMetIn(organKey, b, evidence.year) === true) : null)],
    ['range', (a, b) => onlyOne(a >= from && a <= hi, b >= from && b <= hi)],
    // Both could be sessions: the more recent one, when the organ has a calendar to say how recent.
    ['recent', (a, b) => (latest !== null && a !== b && [a, b].every((n) => n >= from && n <= hi) ? (a > b ? 0 : 1) : null)],
  ];
  for (const [by, decide] of deciders) {
    const part = decide(first, second);
    if (part === 0) return { value: `${first}/${second}`, ambiguous: false, reversed: false, by };
    if (part === 1) return { value: `${second}/${first}`, ambiguous: false, reversed: true, by };
  }
  return { value: `${second}/${first}`, ambiguous: first !== second, reversed: true, by: 'none' };
}

/** Evidence that settles the order beyond doubt, which a list's and a document's convention are read from. */
export const CERTAIN: ReadonlySet<OrderEvidence> = new Set(['year', 'symbol', 'session', 'date', 'range']);
/** Orders that stronger evidence (the list, the document's convention) may still change. */
export const LIKELY: ReadonlySet<OrderEvidence> = new Set(['recent', 'none']);
