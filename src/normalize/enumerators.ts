// Enumerators at the start of a paragraph, read into a canonical label:
//   ١٣ -  → 13      (ب) → b      ‘2‘ → ii      ثانياً - → II      باء- → B      التوصية ١ → 1
// Every form is a table lookup (src/lexicon); this file only knows where labels stand.
import { ABJAD, ABJAD_NUMBER_OF_LETTER, latinLetterLabel } from '../lexicon/abjad.js';
import { foldArabic } from '../lexicon/fold.js';
import { CHAPTER_ORDINALS, compoundChapterOrdinals, toRoman } from '../lexicon/ordinals.js';
import { toAsciiDigits } from './chars.js';

export type EnumeratorKind =
  | 'numbered' // ١ - , 9- , 1.
  | 'lettered' // (أ)
  | 'point' // ‘1‘
  | 'chapter' // أولاً -
  | 'section' // ألف - , هـ-
  | 'recommendation' // التوصية ١
  | 'note-number' // (1) at the start of a line: a footnote or a numbered item
  | 'note-asterisk'; // * at the start of a line

export interface Enumerator {
  kind: EnumeratorKind;
  label: string;
  number: number;
  /** The label exactly as written: "١٣", "ب", "‘2‘", "ثانياً", "باء". */
  rawLabel: string;
  /** Length of the enumerator and its separator: the content starts here. */
  length: number;
}

const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const DASH = '[-\\u2010-\\u2015\\u2212]';
const QUOTE = '[\\u2018\\u2019\\u201A\\u201B\\u0027\\u2039\\u203A\\u0060\\u00B4]';
/** Invisible controls, a stray markdown bullet and bold markers before the enumerator. */
const LEAD = `^(?:[\\s\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\u061C]|${DASH}\\s+|\\*\\*(?=\\S))*`;

const LETTER_ALTERNATION = [...ABJAD_NUMBER_OF_LETTER.keys()].sort((a, b) => b.length - a.length).join('|');

const HEADING_NAME_TO_N = new Map<string, { kind: 'chapter' | 'section'; n: number }>();
for (const row of [...CHAPTER_ORDINALS, ...compoundChapterOrdinals()]) for (const form of row.forms) HEADING_NAME_TO_N.set(foldArabic(form), { kind: 'chapter', n: row.n });
for (const row of ABJAD) {
  for (const name of row.names) HEADING_NAME_TO_N.set(foldArabic(name), { kind: 'section', n: row.n });
  for (const letter of row.letters) HEADING_NAME_TO_N.set(foldArabic(letter), { kind: 'section', n: row.n });
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A number as written (any digits, or superscripts) → its value. */
function asNumber(digits: string): number {
  return Number(toAsciiDigits(digits).replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(SUPERSCRIPTS.indexOf(c))));
}

/** The label, number and label as written, from a pattern's match. */
type Reading = (m: RegExpExecArray) => { label: string; number: number; rawLabel: string };
/** `m[group]` is the number: its label is the number itself. */
const byNumber = (group: number, rawGroup = group): Reading => (m) => {
  const n = asNumber(m[group]);
  return { label: String(n), number: n, rawLabel: m[rawGroup] };
};

/**
 * The enumerators a line may open with, one row each, tried in order: the pattern (after
 * LEAD), and how its label is read. Headings (chapter and section names) are read after
 * these, from the ordinal and letter-name tables.
 */
const ENUMERATORS: Array<{ kind: EnumeratorKind; re: RegExp; read: Reading }> = [
  { kind: 'recommendation', re: new RegExp(`${LEAD}(التوصية)\\s+(${D}{1,3})\\s*[:.]?\\s*$`), read: byNumber(2) },
  {
    kind: 'lettered',
    re: new RegExp(`${LEAD}\\(\\s*(${LETTER_ALTERNATION})\\s*\\)\\s*`),
    read: (m) => {
      const n = ABJAD_NUMBER_OF_LETTER.get(m[1])!;
      return { label: latinLetterLabel(n), number: n, rawLabel: m[1] };
    },
  },
  {
    kind: 'point',
    re: new RegExp(`${LEAD}(${QUOTE}\\s*(${D}{1,3})\\s*${QUOTE})\\s*`),
    read: (m) => ({ label: toRoman(asNumber(m[2])).toLowerCase(), number: asNumber(m[2]), rawLabel: m[1] }),
  },
  { kind: 'note-number', re: new RegExp(`${LEAD}(\\(\\s*(${D}{1,3})\\s*\\))\\s*`), read: byNumber(2, 1) },
  // A number and a dash; not a range (٢٠١٣-٢٠٢٠, ٥ - ٧) and not a year.
  { kind: 'numbered', re: new RegExp(`${LEAD}(${D}{1,3})\\s*(?:${DASH}(?!\\s*${D})|[.)](?=\\s))\\s*`), read: byNumber(1) },
  { kind: 'note-number', re: new RegExp(`${LEAD}(([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))\\s+`), read: byNumber(2, 1) },
];
const ASTERISK_NOTE = /^[ \t]*(\*)\s+(?=\S)/;
const HEADING = new RegExp(`${LEAD}([^\\s\\-\\u2010-\\u2015:.()]{1,12}(?:\\s[^\\s\\-\\u2010-\\u2015:.()]{1,10})?)\\s*${DASH}\\s*`);
/** The ordinal or letter name alone on its line, the heading's words on the next (أولاً ⏎ مقدمة). */
const HEADING_ALONE = new RegExp(`${LEAD}([^\\s\\-\\u2010-\\u2015:.()]{1,12}(?:\\s[^\\s\\-\\u2010-\\u2015:.()]{1,10})?)\\s*(?:${DASH}\\s*)?$`);

/**
 * Reads the enumerator at the start of `s` (one line of source, markdown bullet included
 * or not). Returns null when the line does not open with one.
 */
export function readEnumerator(s: string): Enumerator | null {
  const star = ASTERISK_NOTE.exec(s);
  if (star) return { kind: 'note-asterisk', label: '*', number: 1, rawLabel: '*', length: star[0].length };

  for (const { kind, re, read } of ENUMERATORS) {
    const m = re.exec(s);
    if (!m) continue;
    const { label, number, rawLabel } = read(m);
    return { kind, label, number, rawLabel, length: m[0].length };
  }

  const h = HEADING.exec(s) ?? HEADING_ALONE.exec(s.split('\n')[0]);
  if (h) {
    const found = HEADING_NAME_TO_N.get(foldArabic(h[1]));
    if (found) {
      const label = found.kind === 'chapter' ? toRoman(found.n) : latinLetterLabel(found.n).toUpperCase();
      return { kind: found.kind, label, number: found.n, rawLabel: h[1], length: h[0].length };
    }
  }
  return null;
}
