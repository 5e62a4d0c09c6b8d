// Stage 2, reading order: converter text → the same lines in logical order, and what was
// done to them. PDF converters print Arabic three ways (../shared/seeds-pdf/README.md):
//   - in logical order (save-as-text, pdftotext of most producers' text layers);
//   - with poppler's bidi marks: each line in RLE…PDF and each run of digits or Latin in
//     LRE…PDF, the marks encoding the line's display order — resolved, then read back;
//   - in visual order (mutool, pdfminer): each line as drawn, left to right, often in
//     presentation forms — read back right to left.
// Presentation forms are folded to letters after the line is in order (a lam-alef glyph is
// one character either way round). Glyphs a converter could not map (NUL, U+FFFD) are left
// out. Every repair is a diagnostic; the file's own text stays in `raw`. Lines keep their
// number: each line is repaired in place.
import type { Diagnostic, ReadingOrder } from '../types.js';
import { displayOf, displayToLogical, EMBEDDING_MARK, embeddingsToLogical, latinInRightToLeft } from './bidi.js';

export interface OrderedText {
  /** The text with every line in logical order, as many lines as the file has. */
  text: string;
  order: ReadingOrder;
  diagnostics: Diagnostic[];
  /**
   * Lines (numbers from 1) a converter cut from the line before them mid-line: pdfminer
   * prints the rest of a line as a box of its own, drawn ending with the space that stood
   * at the cut (… 2017، ⏎ ␠وإذ نظر في …). They continue text and never open a block.
   */
  cutMidLine: Set<number>;
}

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]/g;
const UNMAPPED = /[\u0000\uFFFD]/g;
const ARABIC_LETTER = /[\u0621-\u064A\uFB50-\uFDFF\uFE70-\uFEFE]/;
/** A line with Arabic letters, Arabic-Indic digits or Arabic punctuation is a right-to-left one (a note's (١) before Latin text; a year and its comma, ،2017). */
const ARABIC_SCRIPT = /[\u060C\u061B\u061F\u0621-\u064A\u0660-\u0669\u06F0-\u06F9\uFB50-\uFDFF\uFE70-\uFEFE]/;
const HAS_MARKS = new RegExp(EMBEDDING_MARK.source);
/** A right-to-left line drawn ending with a space: read back, it starts with that one space. */
const CUT_MID_LINE = /^ \S/;
/** Directional marks that carry no text (LRM, RLM, ALM): dropped with the embeddings. */
const DIRECTION_MARKS = /[\u200E\u200F\u061C]/g;

/**
 * Positional forms of the letters in U+FE70–U+FEFC, by code point: each letter's forms
 * come in the order isolated, final, initial, medial (two-form letters: isolated, final).
 */
const FORM_OF = (() => {
  const forms = new Map<number, 'isolated' | 'final' | 'initial' | 'medial'>();
  const order = ['isolated', 'final', 'initial', 'medial'] as const;
  let base = '';
  let k = 0;
  for (let c = 0xfe80; c <= 0xfefc; c++) {
    const letter = String.fromCharCode(c).normalize('NFKC');
    k = letter === base ? k + 1 : 0;
    base = letter;
    forms.set(c, order[k]);
  }
  return forms;
})();

/** Enough text to tell the order, without reading a whole archive-sized file. */
const SAMPLE = 20_000;
/** How many words must vote before the order is decided. */
const MIN_VOTES = 12;

/**
 * Votes for visual and logical order. A word in presentation forms starts, in logical
 * order, with an initial or isolated form and ends with a final or isolated one; drawn
 * right to left and printed left to right, it starts with its final form. A word in
 * letters starts with the article ال far more often than it ends in لا; reversed, the
 * other way round.
 */
function orderVotes(text: string): { visual: number; logical: number } {
  let visual = 0;
  let logical = 0;
  for (const [word] of text.slice(0, SAMPLE).matchAll(/[\u0621-\u064A\uFE80-\uFEFC]{3,}/g)) {
    const first = FORM_OF.get(word.charCodeAt(0));
    const last = FORM_OF.get(word.charCodeAt(word.length - 1));
    if (first === 'final' || first === 'medial' || last === 'initial' || last === 'medial') visual++;
    else if (first === 'initial' || last === 'final') logical++;
    else if (word.startsWith('ال')) logical++;
    else if (word.endsWith('لا') && !word.startsWith('ال')) visual++;
  }
  return { visual, logical };
}

/** Words with presentation forms and plain letters interleaved: pdf.js's runs of glyphs mixed with clusters. */
const MIXED_WORD = /(?:[\u0621-\u064A][\uFE80-\uFEFC]|[\uFE80-\uFEFC][\u0621-\u064A])/g;

/** Whether every bracket of a line closes one it opened. */
function balanced(line: string): boolean {
  let depth = 0;
  for (const ch of line) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A line with poppler's marks in logical order. A line with no Arabic may be a left-to-right
 * line of the page (a job number: ⟨RLE⟩)⟨LRE⟩17-12889 (A⟨PDF⟩ is 17-12889 (A)) or a
 * right-to-left one of Latin and digits (a note: ⟨RLE⟩(⟨LRE⟩)1⟨PDF⟩ is (1)): read right to
 * left unless only the left-to-right reading closes its brackets.
 */
function fromMarks(written: string): string {
  // -layout's indentation stays where it is, before the line.
  const indent = /^\s*/.exec(written)![0];
  return indent + fromMarksUnindented(written.slice(indent.length));
}

function fromMarksUnindented(line: string): string {
  if (COLUMNS.test(line.replace(EMBEDDING_MARKS, '').trim())) return inColumns(line);
  if (ARABIC_LETTER.test(line)) return embeddingsToLogical(line, 'R');
  const logical = embeddingsToLogical(line, 'L');
  if (balanced(logical)) return logical;
  const shown = displayOf(line);
  return balanced(shown) ? shown : logical;
}

/** A gap between columns (pdftotext -layout's masthead and footers): wider than any between words. */
const COLUMNS = /\S\s{3,}\S/;
const EMBEDDING_MARKS = new RegExp(EMBEDDING_MARK.source, 'g');
const COLUMN_GAP = /(\s{3,})/;

/**
 * A line laid out in columns, each read on its own: as shown, left to right, the columns
 * of a right-to-left page come in reverse (17-12889 (A)      الرجاء إعادة الاستعمال).
 */
function inColumns(line: string): string {
  const shown = displayOf(line);
  const indent = /^\s*/.exec(shown)![0];
  const parts = shown.slice(indent.length).split(COLUMN_GAP);
  const read = parts.map((part, i) => (i % 2 === 1 ? part : ARABIC_LETTER.test(part) ? displayToLogical(part, false) : part));
  return indent + read.reverse().join('');
}

const CALL_ALONE = /^\s*\(\s*([0-9\u0660-\u0669]{1,3})\s*\)\s*$/;
const DEFINITION = /^\s*\(\s*([0-9\u0660-\u0669]{1,3})\s*\)\s*\S/;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const asSuperscript = (digits: string) => [...digits].map((d) => SUPERSCRIPT[d.charCodeAt(0) >= 0x0660 ? d.charCodeAt(0) - 0x0660 : d.charCodeAt(0) - 0x30]).join('');

/**
 * A raised note call that the converter printed on a line of its own ((١) above or below
 * the line it belongs to, as pdfminer and poppler do) when the note is defined elsewhere
 * ((١) text …): written as the call it is, ⁽١⁾, which then runs on with the paragraph
 * around it. Returns the lines changed (numbers from 1).
 */
function liftedCalls(lines: string[]): number[] {
  const defined = new Set(lines.map((l) => DEFINITION.exec(l)?.[1]).filter((m): m is string => m !== undefined));
  const changed: number[] = [];
  lines.forEach((line, i) => {
    const call = CALL_ALONE.exec(line);
    if (!call || !defined.has(call[1])) return;
    lines[i] = line.replace(CALL_ALONE, `⁽${asSuperscript(call[1])}⁾`);
    changed.push(i + 1);
  });
  return changed;
}

export function logicalOrder(text: string, lineOf: (offset: number) => number): OrderedText {
  const diagnostics: Diagnostic[] = [];
  const unmapped = [...text.matchAll(UNMAPPED)];
  if (unmapped.length > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'unmapped-glyphs',
      message: `${unmapped.length} glyph(s) the converter could not map to letters (NUL or U+FFFD) left out: harakat or letters may be missing there`,
      line: lineOf(unmapped[0].index!),
    });
  }
  const marked = HAS_MARKS.test(text);
  const votes = marked ? { visual: 0, logical: 0 } : orderVotes(text);
  const visual = votes.visual >= MIN_VOTES && votes.visual > 2 * votes.logical;
  const forms = text.match(PRESENTATION_FORMS)?.length ?? 0;
  if (!marked && !visual && forms === 0 && unmapped.length === 0) return { text, order: 'logical', diagnostics, cutMidLine: new Set() };

  let repaired = 0;
  let firstRepaired: number | null = null;
  const cutMidLine = new Set<number>();
  const lines = text.split('\n').map((line, i) => {
    let out = line.replace(UNMAPPED, '');
    if (marked && HAS_MARKS.test(out)) out = fromMarks(out);
    else if (visual && ARABIC_SCRIPT.test(out)) {
      out = displayToLogical(out, true);
      if (CUT_MID_LINE.test(out)) cutMidLine.add(i + 1);
    } else if (visual) out = latinInRightToLeft(out);
    out = out.replace(DIRECTION_MARKS, '').replace(PRESENTATION_FORMS, (c) => c.normalize('NFKC'));
    if ((marked || visual) && out !== line.replace(UNMAPPED, '')) {
      repaired++;
      firstRepaired ??= i + 1;
    }
    return out;
  });
  const lifted = liftedCalls(lines);
  const repairedText = lines.join('\n');
  if (forms > 0) {
    diagnostics.push({
      severity: 'warning',
      code: 'presentation-forms',
      message: `${forms} presentation-form glyph(s) folded to base letters in text`,
      line: lineOf(text.search(PRESENTATION_FORMS)),
    });
  }
  const mixed = visual ? 0 : (text.match(MIXED_WORD)?.length ?? 0);
  let order: ReadingOrder = marked ? 'bidi-marks' : visual ? 'visual' : 'logical';
  if (mixed > MIN_VOTES) {
    order = 'mixed';
    diagnostics.push({
      severity: 'error',
      code: 'reading-order-broken',
      message: `letters of ${mixed} words are in neither logical nor visual order (pdf.js text): no line order gives them back; convert the PDF with pdftotext or give ctoc-parse the PDF`,
      line: lineOf(text.search(MIXED_WORD)),
    });
  }
  if (repaired > 0) {
    const calls = lifted.length > 0 ? `; ${lifted.length} note call(s) the converter lifted onto a line of their own written as calls (⁽n⁾)` : '';
    diagnostics.push({
      severity: 'warning',
      code: 'reading-order-repaired',
      message: `${repaired} line(s) ${marked ? 'with bidi marks (pdftotext)' : 'in visual order (mutool, pdfminer)'} put in logical order${calls}`,
      line: firstRepaired,
    });
  }
  return { text: repairedText, order, diagnostics, cutMidLine };
}
