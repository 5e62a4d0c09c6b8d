// Resolution and decision numbers: Arabic text usually writes them in the reverse of the
// English order (١٨/٢٠١٧ is ECOSOC 2017/18, 144/61 is GA 61/144), but not always (٦٤/٢٩٣
// stands next to ٢٩٣/٦٤). A four-digit year, or the organ's range of session numbers,
// tells which part is which; where neither does, the Arabic order is assumed.
import { DEFAULT_SESSIONS, ORGANS } from '../lexicon/organs.js';

export interface EnglishNumber {
  value: string;
  /** Both readings were possible; `value` assumes the usual Arabic order. */
  ambiguous: boolean;
}

const isYear = (n: number) => n >= 1945 && n <= 2100;

export function englishNumberOrder(first: number, second: number, organKey: string | null = null): EnglishNumber {
  if (isYear(second) && !isYear(first)) return { value: `${second}/${first}`, ambiguous: false };
  if (isYear(first) && !isYear(second)) return { value: `${first}/${second}`, ambiguous: false };
  const [lo, hi] = ORGANS.find((o) => o.key === organKey)?.sessions ?? DEFAULT_SESSIONS;
  const inRange = (n: number) => n >= lo && n <= hi;
  if (inRange(second) && !inRange(first)) return { value: `${second}/${first}`, ambiguous: false };
  if (inRange(first) && !inRange(second)) return { value: `${first}/${second}`, ambiguous: false };
  return { value: `${second}/${first}`, ambiguous: first !== second };
}
