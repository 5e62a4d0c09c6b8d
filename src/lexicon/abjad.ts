// The 28 Arabic letters in abjad order, which UN documents use for lettered clauses
// ((أ) = (a)) and, spelled out, for section headings (ألف = A). Position n in this table
// is the clause's number; the English label comes from that number.

export interface AbjadRow {
  /** 1-based abjad position. */
  n: number;
  /** The letter as written in `(أ)`, plus other spellings seen in files. */
  letters: string[];
  /** The spelled-out letter name used for section headings, plus variants. */
  names: string[];
}

export const ABJAD: AbjadRow[] = [
  { n: 1, letters: ['أ', 'ا', 'إ'], names: ['ألف'] },
  { n: 2, letters: ['ب'], names: ['باء'] },
  { n: 3, letters: ['ج'], names: ['جيم'] },
  { n: 4, letters: ['د'], names: ['دال'] },
  { n: 5, letters: ['هـ', 'ه'], names: ['هاء'] },
  { n: 6, letters: ['و'], names: ['واو'] },
  { n: 7, letters: ['ز'], names: ['زاي'] },
  { n: 8, letters: ['ح'], names: ['حاء'] },
  { n: 9, letters: ['ط'], names: ['طاء'] },
  { n: 10, letters: ['ي'], names: ['ياء'] },
  { n: 11, letters: ['ك'], names: ['كاف'] },
  { n: 12, letters: ['ل'], names: ['لام'] },
  { n: 13, letters: ['م'], names: ['ميم'] },
  { n: 14, letters: ['ن'], names: ['نون'] },
  { n: 15, letters: ['س'], names: ['سين'] },
  { n: 16, letters: ['ع'], names: ['عين'] },
  { n: 17, letters: ['ف'], names: ['فاء'] },
  { n: 18, letters: ['ص'], names: ['صاد'] },
  { n: 19, letters: ['ق'], names: ['قاف'] },
  { n: 20, letters: ['ر'], names: ['راء'] },
  { n: 21, letters: ['ش'], names: ['شين'] },
  { n: 22, letters: ['ت'], names: ['تاء'] },
  { n: 23, letters: ['ث'], names: ['ثاء'] },
  { n: 24, letters: ['خ'], names: ['خاء'] },
  { n: 25, letters: ['ذ'], names: ['ذال'] },
  { n: 26, letters: ['ض'], names: ['ضاد'] },
  { n: 27, letters: ['ظ'], names: ['ظاء'] },
  { n: 28, letters: ['غ'], names: ['غين'] },
];

/** Each letter as written, to its abjad position: أ → 1, ب → 2, هـ → 5 … */
export const ABJAD_NUMBER_OF_LETTER: ReadonlyMap<string, number> = new Map(ABJAD.flatMap((r) => r.letters.map((l): [string, number] => [l, r.n])));
/** Each spelled-out letter name, to its abjad position: ألف → 1, باء → 2 … */
export const ABJAD_NUMBER_OF_NAME: ReadonlyMap<string, number> = new Map(ABJAD.flatMap((r) => r.names.map((name): [string, number] => [name, r.n])));

/** English clause label for an abjad position: 1 → a … 26 → z, 27 → aa, 28 → bb. */
export function latinLetterLabel(n: number): string {
  const letter = String.fromCharCode(96 + ((n - 1) % 26) + 1);
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
