// Stage 0 for a PDF: its text layer → the document's lines in logical order, as the rest
// of the pipeline reads text, with the page of each line. Read with pdf.js (Mozilla's
// pdfjs-dist: no native build, nothing fetched). Its text items carry their position,
// size and font; the content stream's order is never trusted for Arabic:
//   - items are gathered into lines by their baseline (a raised note call stays in its line);
//   - a line's items are laid out left to right by position, as drawn, and the line is read
//     back right to left like any line in visual order (src/order/bidi.ts): runs of digits
//     and Latin kept, a cluster pdf.js gives in logical order (ActualText) kept whole;
//   - a wider gap than the text's line pitch, or a change of type size (the notes at a
//     page's foot), is a blank line, so paragraphs and notes come out as the text pipeline
//     expects them; pages are set apart by a blank line as well.
import { displayToLogical, latinInRightToLeft } from '../order/bidi.js';
import { UnreadableInputError } from '../read/decode.js';

export interface PdfText {
  /** The logical text, one line per line of the PDF, blank lines between paragraphs. */
  text: string;
  /** The page (from 1) of each line of `text`, by line index (0-based); 0 for a blank line. */
  linePages: number[];
  pages: number;
}

/** One text item of pdf.js, as far as this reader needs it. */
interface Item {
  str: string;
  /** pdf.js's reading of the item's direction. */
  rtl: boolean;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  y: number;
  size: number;
  items: Item[];
}

const ARABIC = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Items whose baselines are closer than this share of the type size are one line. */
const SAME_LINE = 0.45;
/**
 * A gap between two items wider than this share of the type size is a space the PDF did
 * not write (spaces are mostly items of their own); wider than the column gap, the items
 * stand in columns.
 */
const WORD_GAP = 0.5;
const COLUMN_GAP = 3;
/** Between runs set flush (LibreOffice), a word space is narrower than a justified one. */
const RUN_GAP = 0.12;
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]/g;
const MARKS_ONLY = /^[\s\u064B-\u065F\u0670]+$/;
/** How far from its letters' baseline a mark may be drawn, in type sizes. */
const MARK_REACH = 1.2;
/** A gap between lines wider than this many line pitches ends a paragraph. */
const PARAGRAPH_GAP = 1.35;

/**
 * An item's text as drawn, left to right. A right-to-left cluster of several characters
 * comes from pdf.js in logical order (the PDF's ActualText: `دة ال`, `٣٩٥٧٤.`): shown, its
 * runs go the other way round, which is what reading a line back undoes.
 */
function drawn(item: Item): string {
  return item.rtl && [...item.str].length > 1 ? displayToLogical(item.str, false) : item.str;
}

/**
 * A line's text in logical order, one string per column: items further apart than a
 * column gap (a footer's job number and its recycle line, the masthead's symbol and
 * organ) are read apart, the right-hand column first.
 */
function lineTexts(line: Line, glyphs: boolean): string[] {
  const sorted = [...line.items].sort((a, b) => a.x - b.x || a.x + a.width - (b.x + b.width));
  if (!glyphs) return [runsInOrder(sorted, line.size)];
  const items = withMarksOnTheirLetters(sorted);
  const columns: string[] = [];
  let shown = '';
  let end = -Infinity;
  for (const item of items) {
    const gap = item.x - end;
    if (shown !== '' && gap > COLUMN_GAP * line.size) {
      columns.push(shown);
      shown = '';
    } else if (shown !== '' && gap > WORD_GAP * line.size && !/\s$/.test(shown) && !/^\s/.test(item.str)) {
      shown += ' ';
    }
    shown += drawn(item);
    end = Math.max(end, item.x + item.width);
  }
  columns.push(shown);
  return columns
    .reverse()
    .map((column) => {
      const text = column.replace(/\s+/g, ' ').trim();
      // Glyphs as drawn: a bracket in an Arabic run is its mirrored shape. Presentation
      // forms are folded once the line is in order (a lam-alef glyph is one character).
      const logical = ARABIC.test(text) ? displayToLogical(text, true) : latinInRightToLeft(text);
      return logical.replace(PRESENTATION_FORMS, (c) => c.normalize('NFKC'));
    })
    .filter((t) => t !== '');
}

/**
 * A line of a PDF whose text layer holds whole runs in logical order (LibreOffice): the
 * runs right to left, those with no Arabic (Latin, a bracket, a slash) in the order drawn.
 */
function runsInOrder(items: Item[], size: number): string {
  const units: Item[][] = [];
  // Spaces are told by the gaps: this producer's space items are placed anywhere.
  for (const item of [...items].reverse().filter((i) => i.str.trim() !== '')) {
    const last = units[units.length - 1];
    if (last && !ARABIC.test(item.str) && !ARABIC.test(last[0].str)) last.unshift(item);
    else units.push([item]);
  }
  let text = '';
  let left = Infinity;
  for (const unit of units) {
    const right = Math.max(...unit.map((i) => i.x + i.width));
    if (text !== '' && left - right > RUN_GAP * size && !/\s$/.test(text)) text += ' ';
    text += unit.map((i) => i.str).join('');
    left = Math.min(left, ...unit.map((i) => i.x));
  }
  return text.replace(/\s+/g, ' ').trim().replace(PRESENTATION_FORMS, (c) => c.normalize('NFKC'));
}

/** Whether a PDF's text layer is one glyph an item (Chromium), or whole runs (LibreOffice). */
function oneGlyphAnItem(items: Item[]): boolean {
  const arabic = items.filter((i) => ARABIC.test(i.str));
  return arabic.filter((i) => [...i.str.trim()].length <= 1).length > arabic.length / 2;
}

const isMark = (item: Item) => item.width < 0.01 && MARKS_ONLY.test(item.str);

/**
 * A mark pdf.js gives as an item of its own (a damma, a shadda) stands over the letter it
 * belongs to: drawn just left of that letter, it follows it once the line is read back.
 */
function withMarksOnTheirLetters(items: Item[]): Item[] {
  const letters = items.filter((i) => !isMark(i));
  const marks = items.filter(isMark);
  for (const mark of marks) {
    const under = letters.findIndex((l) => l.width > 0 && l.str.trim() !== '' && mark.x >= l.x - 0.01 && mark.x <= l.x + l.width + 0.01);
    letters.splice(under < 0 ? letters.findIndex((l) => l.x > mark.x) >>> 0 : under, 0, mark);
  }
  return letters;
}

function linesOf(items: Item[]): Line[] {
  const lines: Line[] = [];
  // Marks go to their letters' line afterwards: a mark drawn high would make a line of its own.
  for (const item of [...items].filter((i) => !isMark(i)).sort((a, b) => b.y - a.y)) {
    const line = lines.find((l) => Math.abs(l.y - item.y) < SAME_LINE * Math.max(l.size, item.size));
    if (line) {
      line.items.push(item);
      // A line's baseline and size are its body text's, not a raised call's.
      if (item.size > line.size) {
        line.size = item.size;
        line.y = item.y;
      }
    } else {
      lines.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  for (const mark of items.filter(isMark)) {
    const nearest = lines.reduce<Line | null>((best, l) => (best === null || Math.abs(l.y - mark.y) < Math.abs(best.y - mark.y) ? l : best), null);
    if (nearest && Math.abs(nearest.y - mark.y) < MARK_REACH * nearest.size) nearest.items.push(mark);
  }
  return lines.sort((a, b) => b.y - a.y);
}

/** The usual distance between two baselines of the page's text. */
function linePitch(lines: Line[]): number {
  const gaps = lines
    .slice(1)
    .map((l, i) => lines[i].y - l.y)
    .filter((g) => g > 0)
    .sort((a, b) => a - b);
  return gaps.length === 0 ? Infinity : gaps[Math.floor(gaps.length / 2)];
}

/** The reasons pdf.js gives for a PDF it cannot open, as one plain sentence each. */
function refusal(e: unknown): string {
  const name = (e as { name?: string }).name ?? '';
  if (name === 'PasswordException') return 'an encrypted PDF: remove its password first (qpdf --decrypt IN.pdf OUT.pdf)';
  if (name === 'InvalidPDFException') return 'not a readable PDF (broken or truncated)';
  return `not a readable PDF (${(e as Error).message})`;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    // A copy: pdf.js takes the buffer over.
    doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
  } catch (e) {
    throw new UnreadableInputError(refusal(e));
  }
  const out: string[] = [];
  const linePages: number[] = [];
  const pages = doc.numPages;
  let found = 0;
  /** Told on the first page with Arabic, for the whole document (one producer wrote it). */
  let glyphs: boolean | null = null;
  try {
    for (let p = 1; p <= pages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent({ disableNormalization: true });
      const items: Item[] = [];
      for (const it of content.items) {
        // A space of no width stands where a cluster starts: the cluster holds the real one.
        if (!('str' in it) || it.str === '' || (it.str.trim() === '' && it.width < 0.01)) continue;
        const [a, b, , , x, y] = it.transform as number[];
        // A mark pdf.js gives on its own, with no width, comes with a space before it: the
        // mark belongs to the letter it stands on.
        const str = it.width < 0.01 && MARKS_ONLY.test(it.str) ? it.str.replace(/\s+/g, '') : it.str;
        items.push({ str, rtl: it.dir === 'rtl', x, y, width: it.width, size: Math.hypot(a, b) });
      }
      found += items.length;
      glyphs ??= items.some((i) => ARABIC.test(i.str)) ? oneGlyphAnItem(items) : null;
      const lines = linesOf(items);
      const pitch = linePitch(lines);
      if (out.length > 0) {
        out.push('');
        linePages.push(0);
      }
      lines.forEach((line, i) => {
        const before = lines[i - 1];
        if (before && (before.y - line.y > PARAGRAPH_GAP * pitch || Math.abs(before.size - line.size) > 0.15 * line.size)) {
          out.push('');
          linePages.push(0);
        }
        for (const text of lineTexts(line, glyphs ?? true)) {
          out.push(text);
          linePages.push(p);
        }
      });
      page.cleanup();
    }
  } catch (e) {
    throw new UnreadableInputError(refusal(e));
  } finally {
    await doc.destroy();
  }
  if (found === 0) throw new UnreadableInputError('a PDF with no text layer (a scan?): OCR it first');
  // A glyph pdf.js could not map (NUL) shows as U+FFFD: the next stage leaves it out of `text` and says so.
  return { text: `${out.join('\n').replace(/\u0000/g, '\uFFFD')}\n`, linePages, pages };
}
