// Footnote citation markers inside a paragraph: ⁽¹⁾, bare superscript digits, ^(١)
// (pandoc superscript), ([1]) and (1) glued to a word, and an asterisk glued to the end
// of a word (الاتحاد الأوروبي*).
import { toAsciiDigits } from './chars.js';
import { matchesOf } from './matches.js';

export interface Marker {
  /** Absolute offsets of the marker in the source. */
  start: number;
  end: number;
  /** Normalized marker: "1", "12", "*". */
  marker: string;
  raw: string;
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};
const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const MARKER = new RegExp(
  [
    '⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾', // ⁽¹⁾
    '[⁰¹²³⁴⁵⁶⁷⁸⁹]+', // ¹²
    `\\^\\(\\s*${D}{1,3}\\s*\\)`, // ^(١)
    `\\^${D}{1,3}\\^`, // ^1^
    `\\(\\[\\s*${D}{1,3}\\s*\\]\\)`, // ([1]), as official HTML copies print it
    // (1) glued to a word (الوطنية(1)); not after a lone و or ب (الفقرتان (1) و(2)).
    `(?<=[\\u0621-\\u064A][\\u0621-\\u064A\\u064B-\\u0652])\\(\\s*${D}{1,3}\\s*\\)`,
    // …or to a year (لعام ٢٠٣٠(٤)): a year is never followed by a paragraph number so.
    `(?<=(?:19|20|١٩|٢٠)[0-9\\u0660-\\u0669]{2})\\(\\s*${D}{1,3}\\s*\\)`,
    // …or to the comma or full stop that ends a word or year (الوطنية،(1), 2017،(3)), as PDF text prints a raised call.
    `(?<=[\\u0621-\\u064A0-9\\u0660-\\u0669][\\u060C\\u061B.])\\(\\s*${D}{1,3}\\s*\\)`,
    '(?<=[^\\s*])\\*+(?=[\\s\\u060C\\u061B\\u061F.,:;)\\]]|$)', // word*
  ].join('|'),
  'g',
);

function markerValue(raw: string): string {
  if (raw.startsWith('*')) return raw;
  const digits = raw.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => SUPERSCRIPT_DIGITS[c]);
  return toAsciiDigits(digits).replace(/[^0-9]/g, '');
}

/** Every marker holds one of these; most paragraphs have none, and skip the full pattern. */
const MARKER_CHAR = /[⁽⁰¹²³⁴⁵⁶⁷⁸⁹^*(]/;

/** Markers in source[start, end), skipping any that overlap a span in `exclude`. */
export function findMarkers(source: string, start: number, end: number, exclude: Array<[number, number]> = []): Marker[] {
  const out: Marker[] = [];
  const slice = source.slice(start, end);
  if (!MARKER_CHAR.test(slice)) return out;
  for (const m of matchesOf(MARKER, slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (exclude.some(([a, b]) => s < b && e > a)) continue;
    out.push({ start: s, end: e, marker: markerValue(m[0]), raw: m[0] });
  }
  return out;
}
