// Stage 2, paragraphs: the text → chunks of lines, each at most one paragraph (or a run of
// header lines that belong together), whatever the converter did with blank lines.
//
// Text with blank lines between its paragraphs is cut at the blank lines, as markdown
// would. Converters that leave none (pdftotext hard-wraps, "save as text" writes a
// paragraph per line, pdftotext -layout right-aligns) are cut where a line opens a block
// (src/paragraphs/openings.ts) or where the line before stops well short of the text's
// width: a paragraph's last line. Later stages see the same chunks either way.
import { findMarkers } from '../normalize/markers.js';
import type { LineIndex } from '../read/lines.js';
import type { SourceLayout } from '../types.js';
import { chunkLines, isBlankLine, type Chunk } from './blank-lines.js';
import { lineOpening, type Opening } from './openings.js';

export interface Paragraphs {
  layout: SourceLayout;
  chunks: Chunk[];
}

/** Share of lines that may be blank in a text that still has no blank line between paragraphs. */
const PARAGRAPH_BLANKS = 0.15;
/** Leading spaces that make a line right-aligned layout rather than text. */
const ALIGNED_INDENT = /^[ \t]{4,}\S/;
const ALIGNED_SHARE = 0.5;
/** Lines longer than this are prose; when most of them end a clause, each is a paragraph. */
const PROSE_LINE = 60;
const ONE_PER_LINE_SHARE = 0.6;
const ENDS_CLAUSE = /[.:;؛،,!?؟…)\]»"*]\s*$/;
/** A line shorter than this share of the text's width ends its paragraph. */
const SHORT_LINE = 0.7;
const WIDTH_PERCENTILE = 0.9;
/** Combining marks take no width on the page. */
const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;

export interface LineShape {
  /** Characters that take width, without leading and trailing white space. */
  width: number;
  endsClause: boolean;
}

export function lineShape(line: string): LineShape {
  const text = line.trim();
  return { width: text.replace(MARKS, '').length, endsClause: ENDS_CLAUSE.test(text) };
}

/** Which converter layout the text has, from its blank lines, indents and line ends. */
export function detectLayout(lines: string[]): SourceLayout {
  const filled = lines.filter((l) => l.trim() !== '');
  if (filled.length === 0) return 'paragraphs';
  const blanks = lines.length - filled.length;
  if (blanks >= PARAGRAPH_BLANKS * filled.length) return 'paragraphs';
  if (filled.filter((l) => ALIGNED_INDENT.test(l)).length >= ALIGNED_SHARE * filled.length) return 'aligned';
  const prose = filled.map(lineShape).filter((s) => s.width > PROSE_LINE);
  if (prose.length > 0 && prose.filter((s) => s.endsClause).length >= ONE_PER_LINE_SHARE * prose.length) return 'one-line-per-paragraph';
  return 'wrapped';
}

/** The width of a full line: most lines of wrapped text come close to it. */
export function textWidth(shapes: LineShape[]): number {
  const widths = shapes.map((s) => s.width).filter((w) => w > 0).sort((a, b) => a - b);
  return widths.length === 0 ? 0 : widths[Math.floor(WIDTH_PERCENTILE * (widths.length - 1))];
}

export interface LineFacts {
  shape: LineShape;
  opening: Opening | null;
}

export type BoundaryReason = 'furniture' | 'opening' | 'after-clause' | 'cited-note' | 'short-line';

/**
 * Whether `line` starts a new chunk after `prev` in wrapped text, and why; null when it
 * continues the paragraph before it. `cited` holds the note markers cited in the text.
 */
export function boundaryBefore(prev: LineFacts, line: LineFacts, width: number, cited: ReadonlySet<string>): BoundaryReason | null {
  if (line.opening?.kind === 'furniture' || prev.opening?.kind === 'furniture') return 'furniture';
  if (line.opening?.needs === 'nothing') return 'opening';
  const short = prev.shape.width < SHORT_LINE * width;
  if (line.opening && (prev.shape.endsClause || short)) return 'after-clause';
  // A page's notes follow the half-paragraph the page break cut, mid-sentence.
  if (line.opening?.kind === 'note-number' && cited.has(line.opening.enumerator!.label)) return 'cited-note';
  if (short) return 'short-line';
  return null;
}

function chunkOf(lines: LineIndex, firstLine: number, lastLine: number): Chunk {
  return { firstLine, lastLine, start: lines.lineSpan(firstLine)[0], end: lines.lineSpan(lastLine)[1] };
}

/** Cuts a run of non-blank lines of wrapped or aligned text at its block boundaries. */
function cutWrapped(lines: LineIndex, run: Chunk, width: number, facts: (line: number) => LineFacts, cited: ReadonlySet<string>): Chunk[] {
  const out: Chunk[] = [];
  let first = run.firstLine;
  let prev = facts(first);
  for (let line = first + 1; line <= run.lastLine; line++) {
    const current = facts(line);
    if (boundaryBefore(prev, current, width, cited)) {
      out.push(chunkOf(lines, first, line - 1));
      first = line;
    }
    prev = current;
  }
  out.push(chunkOf(lines, first, run.lastLine));
  return out;
}

/** Each non-blank line on its own. */
function cutLines(lines: LineIndex, run: Chunk): Chunk[] {
  const out: Chunk[] = [];
  for (let line = run.firstLine; line <= run.lastLine; line++) if (!isBlankLine(lines, line)) out.push(chunkOf(lines, line, line));
  return out;
}

/** Note markers cited anywhere in the text (superscripts, ^(1), word*). */
function citedMarkers(text: string): Set<string> {
  return new Set(findMarkers(text, 0, text.length).map((m) => m.marker));
}

export function paragraphChunks(lines: LineIndex): Paragraphs {
  const runs = chunkLines(lines);
  const texts: string[] = [];
  for (let line = 1; line <= lines.count; line++) texts.push(lines.lineText(line));
  const layout = detectLayout(texts);
  if (layout === 'paragraphs') return { layout, chunks: runs };
  if (layout === 'one-line-per-paragraph') return { layout, chunks: runs.flatMap((run) => cutLines(lines, run)) };

  const shapes = texts.map(lineShape);
  const width = textWidth(shapes);
  const cited = citedMarkers(lines.text);
  const facts = (line: number): LineFacts => ({ shape: shapes[line - 1], opening: lineOpening(texts[line - 1]) });
  return { layout, chunks: runs.flatMap((run) => cutWrapped(lines, run, width, facts, cited)) };
}
