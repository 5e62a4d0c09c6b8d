// A right-to-left line as a converter printed it in display order, back in logical order.
// What the Unicode Bidirectional Algorithm does to a line of Arabic, undone: in display
// order the Arabic runs right to left and runs of digits and Latin (with the separators
// between them) left to right; read back, the runs come in reverse and each run of
// digits or Latin keeps its inner order. The rules kept are the ones Arabic UN text needs
// (UAX #9 W4, W7, N0 for brackets around Latin, N1, L2). A line with explicit embeddings,
// as poppler writes them, is read from its embeddings (embeddingsToLogical).

/** Bidi classes, as far as this text needs them: Arabic-Indic digits (AN) never join Latin, European ones (EN) may. */
type BidiClass = 'R' | 'L' | 'EN' | 'AN' | 'CS' | 'N';

const isArabic = (c: number) =>
  (c >= 0x0600 && c <= 0x06ff && !(c >= 0x0660 && c <= 0x0669) && !(c >= 0x06f0 && c <= 0x06f9) && c !== 0x060c) ||
  (c >= 0x0750 && c <= 0x077f) ||
  (c >= 0x08a0 && c <= 0x08ff) ||
  (c >= 0xfb50 && c <= 0xfdff) ||
  (c >= 0xfe70 && c <= 0xfefe);
const isArabicDigit = (c: number) => (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
/**
 * Common separators (UAX #9 CS): one between two digits is part of the number (2017/18,
 * 1.5, 25,000). A hyphen is not: after Arabic, 12-16 is shown 16-12.
 */
const NUMBER_SEPARATORS = new Set(['/', '.', ',', ':', '\u066B', '\u066C']);

function classOf(ch: string): BidiClass {
  const c = ch.charCodeAt(0);
  if (isArabic(c)) return 'R';
  if (isDigit(c)) return 'EN';
  if (isArabicDigit(c)) return 'AN';
  if (isLatin(c)) return 'L';
  if (NUMBER_SEPARATORS.has(ch)) return 'CS';
  return 'N';
}

/** Characters drawn mirrored in a right-to-left run (UAX #9 L4, the pairs Arabic text uses). */
const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };

/**
 * The runs of a line, in the line's own order: each run of Latin (with the digits and
 * neutrals between its letters), of digits (with one separator inside), or one other
 * character alone. `start` is the direction before the line (sos): 'R' in a right-to-left
 * line, 'L' inside a left-to-right embedding, where digits join the Latin around them.
 */
function runs(chars: string[], start: 'L' | 'R'): string[][] {
  const types: BidiClass[] = chars.map(classOf);
  // W4: one separator between two digits of one kind is part of the number.
  for (let i = 1; i < types.length - 1; i++) {
    if (types[i] === 'CS' && (types[i - 1] === 'EN' || types[i - 1] === 'AN') && types[i + 1] === types[i - 1]) types[i] = types[i - 1];
  }
  // W7: European digits after Latin (or at the start of a left-to-right embedding) are Latin: A/RES/75/251, vol. 2237.
  let strong: BidiClass = start;
  for (let i = 0; i < types.length; i++) {
    if (types[i] === 'L' || types[i] === 'R') strong = types[i];
    else if (types[i] === 'EN' && strong === 'L') types[i] = 'L';
  }
  // N0: a pair of brackets around Latin, after Latin, is Latin: … No. 39574 (1).
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(' || chars[i] === '[') open.push(i);
    else if ((chars[i] === ')' || chars[i] === ']') && open.length > 0) {
      const o = open.pop()!;
      const inside = types.slice(o + 1, i);
      let before = o - 1;
      while (before >= 0 && types[before] !== 'L' && types[before] !== 'R') before--;
      if (inside.includes('L') && before >= 0 && types[before] === 'L') types[o] = types[i] = 'L';
    }
  }
  // N1: neutrals between two Latin characters are Latin (never those at the edges).
  for (let i = 0; i < types.length; ) {
    if (types[i] !== 'N' && types[i] !== 'CS') {
      i++;
      continue;
    }
    let j = i;
    while (j < types.length && (types[j] === 'N' || types[j] === 'CS')) j++;
    if (i > 0 && j < types.length && types[i - 1] === 'L' && types[j] === 'L') for (let k = i; k < j; k++) types[k] = 'L';
    i = j;
  }
  const out: string[][] = [];
  for (let i = 0; i < chars.length; ) {
    let j = i + 1;
    const t = types[i];
    if (t === 'L' || t === 'EN' || t === 'AN') while (j < chars.length && types[j] === t) j++;
    out.push(chars.slice(i, j));
    i = j;
  }
  return out;
}

const isRun = (run: string[]) => run.length > 1 || /[0-9A-Za-z\u00C0-\u024F\u0660-\u0669\u06F0-\u06F9]/.test(run[0]);

/** A note's number at the right end of a line drawn in display order (`… No. 39574 (1)`): the line's first word, not the Latin's last. */
const NOTE_AT_RIGHT = /\s(\([0-9\u0660-\u0669]{1,3}\)|[0-9\u0660-\u0669]{1,3})$/;

/**
 * A right-to-left line from display order (left to right, as drawn) to logical order:
 * the runs reversed, each run of digits or Latin kept as it is. `mirror`: the converter
 * wrote brackets as drawn (mutool, pdfminer), so those in Arabic runs are turned back.
 */
export function displayToLogical(line: string, mirror: boolean): string {
  // Drawn glyphs only: with logical characters (poppler) a note's (1) is shown )1(.
  const note = mirror ? NOTE_AT_RIGHT.exec(line) : null;
  if (note && /[A-Za-z0-9]\W*$/.test(line.slice(0, note.index))) return `${runsBack(note[1], mirror)} ${runsBack(line.slice(0, note.index), mirror)}`;
  return runsBack(line, mirror);
}

/** The runs of a right-to-left line shown left to right, in logical order. */
function runsBack(line: string, mirror: boolean): string {
  return runs([...line], 'R')
    .reverse()
    .map((run) => (isRun(run) ? run.join('') : mirror ? (MIRROR[run[0]] ?? run[0]) : run[0]))
    .join('');
}

/** A note's marker at a line's right end, and punctuation at its left: where a right-to-left note of Latin text draws them. */
const NOTE_MARK_AT_RIGHT = /^(.*[A-Za-z0-9].*?)\s+(\(\d{1,3}\)|\*+)$/;
const PUNCTUATION_AT_LEFT = /^([.,;:]+)(.+)$/;

/**
 * A line with no Arabic is shown as it reads, left to right, but for what a right-to-left
 * note of Latin text puts at its ends: its marker, drawn rightmost, comes first, and its
 * closing full stop, drawn leftmost, last (`.CTOC/COP/2012/1 *` is `* CTOC/COP/2012/1.`).
 */
export function latinInRightToLeft(text: string): string {
  const note = NOTE_MARK_AT_RIGHT.exec(text);
  if (!note) return text;
  const rest = PUNCTUATION_AT_LEFT.exec(note[1]);
  return `${note[2]} ${rest ? `${rest[2]}${rest[1]}` : note[1]}`;
}

/** Explicit embeddings and isolates, opening (with their direction) and closing. */
const OPENS: Record<string, 'ltr' | 'rtl'> = { '\u202A': 'ltr', '\u202D': 'ltr', '\u2066': 'ltr', '\u202B': 'rtl', '\u202E': 'rtl', '\u2067': 'rtl', '\u2068': 'rtl' };
const CLOSES = new Set(['\u202C', '\u2069']);
export const EMBEDDING_MARK = /[\u202A-\u202E\u2066-\u2069]/;

interface Embedding {
  dir: 'ltr' | 'rtl';
  parts: Array<string | Embedding>;
}

/** A note's number as poppler shows it at the right end of a line: logical brackets, drawn mirrored (`… )1(`). */
const NOTE_SHOWN_AT_RIGHT = /^(.*\S)\s*\)(\d{1,3})\($/;

/** A line with explicit embeddings as it is shown, left to right. */
export const displayOf = (line: string): string => flatten(parseEmbeddings(line));

const flatten = (e: Embedding): string => {
  const shown = e.parts.map((p) => (typeof p === 'string' ? p : flatten(p)));
  return (e.dir === 'rtl' ? shown.reverse() : shown).join('');
};

function parseEmbeddings(line: string): Embedding {
  const root: Embedding = { dir: 'rtl', parts: [] };
  const stack = [root];
  for (const ch of line) {
    const top = stack[stack.length - 1];
    if (ch in OPENS) {
      const inner: Embedding = { dir: OPENS[ch], parts: [] };
      top.parts.push(inner);
      stack.push(inner);
    } else if (CLOSES.has(ch)) {
      if (stack.length > 1) stack.pop();
    } else if (ch !== '\u200E' && ch !== '\u200F') {
      top.parts.push(ch);
    }
  }
  return root;
}

/**
 * A line with poppler's explicit embeddings in logical order. Poppler writes each line
 * in RLE…PDF with its Arabic in logical order, and each run of digits or Latin, with the
 * spaces, dashes and brackets beside it, in LRE…PDF in display order. A left-to-right
 * embedding is read back run by run: its Latin and numbers stay as they are, the neutrals
 * at its edges (which belong to the Arabic around it) come in reverse, and so do numbers
 * that follow no Latin: `⟨LRE⟩ - ٦⟨PDF⟩يطلب` → `٦ - يطلب`, `⟨LRE⟩ )3(،2017⟨PDF⟩` →
 * `2017،(3) `. `start` 'L' reads a line with no Arabic, where a number before Latin
 * belongs to it (`18 August 2017`).
 * Characters are not mirrored: poppler writes the logical character, not the glyph.
 */
export function embeddingsToLogical(line: string, start: 'L' | 'R' = 'R'): string {
  const logical = (e: Embedding): string =>
    e.dir === 'rtl'
      ? e.parts.map((p) => (typeof p === 'string' ? p : logical(p))).join('')
      : runs([...flatten(e)], start)
          .reverse()
          .map((run) => run.join(''))
          .join('');
  const read = logical(parseEmbeddings(line));
  // A note's number at the right end that poppler put in one embedding with the Latin
  // before it: ⟨RLE⟩(⟨LRE⟩United Nations … 39574 )1⟨PDF⟩ is (1) United Nations … 39574.
  const note = NOTE_SHOWN_AT_RIGHT.exec(displayOf(line));
  if (note && !read.startsWith(`(${note[2]})`)) return `(${note[2]}) ${displayToLogical(note[1], false)}`;
  return read;
}
