// Stage 3, paragraphs: the text → chunks of lines, each at most one paragraph (or a run of
// header lines that belong together), whatever the converter did with blank lines.
//
// Text with blank lines between its paragraphs is cut at the blank lines, as markdown
// would. Converters that leave none (pdftotext hard-wraps, "save as text" writes a
// paragraph per line, pdftotext -layout right-aligns) are cut where a line opens a block
// (src/paragraphs/openings.ts) or where the line before stops well short of the text's
// width: a paragraph's last line. The layout is decided by region: between blank lines, a
// run that a converter hard-wrapped (pdftotext leaves blank lines only in the masthead and
// at page breaks) is cut as wrapped text is. Later stages see the same chunks either way.
import { findMarkers } from '../normalize/markers.js';
import type { LineIndex } from '../read/lines.js';
import type { SourceLayout } from '../types.js';
import { chunkLines, isBlankLine, type Chunk } from './blank-lines.js';
import { FORMULA_INTO_PREAMBLE } from '../lexicon/preamble.js';
import { lineOpening, type Opening } from './openings.js';
import { paragraphEdges, paragraphWidths, rightEdge, wordsOf, wrapsAsOne, type Wraps } from './wraps.js';

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
/** A line that ends a clause: what most openings need before them. */
const ENDS_CLAUSE = /[.:;؛،,!?؟…)\]»"*]\s*$/;
/** What a recital needs before it: the formula's or the previous recital's comma, a semicolon or colon. */
const ENDS_COMMA = /[:;؛،,]\s*$/;
/** A line shorter than this share of the text's width ends its paragraph. */
const SHORT_LINE = 0.7;
const WIDTH_PERCENTILE = 0.9;
/** Combining marks take no width on the page. */
const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;

export interface LineShape {
  /** Characters that take width, without leading and trailing white space. */
  width: number;
  endsClause: boolean;
  endsComma: boolean;
}

/** Note markers after a line's last word (…التنفيذ،⁽²⁾, …٢٠٣٠^(٤)): the clause ends before them. */
const TRAILING_MARKERS = /(?:⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\(\s*[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}\s*\))+$/;

export function lineShape(line: string): LineShape {
  const text = line.trim();
  const end = text.replace(TRAILING_MARKERS, '');
  return { width: text.replace(MARKS, '').length, endsClause: ENDS_CLAUSE.test(end), endsComma: ENDS_COMMA.test(end) };
}

/** Enough blank lines to stand between paragraphs: what most documents have, told without reading a line. */
function hasParagraphBlanks(blanks: number, filled: number): boolean {
  return filled === 0 || blanks >= PARAGRAPH_BLANKS * filled;
}

/** Which converter layout the text has, from its blank lines, indents and line ends. */
export function detectLayout(lines: string[]): SourceLayout {
  const filled = lines.filter((l) => l.trim() !== '');
  if (hasParagraphBlanks(lines.length - filled.length, filled.length)) return 'paragraphs';
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
  text: string;
  shape: LineShape;
  opening: Opening | null;
}

export type BoundaryReason = 'furniture' | 'opening' | 'after-clause' | 'cited-note' | 'heading' | 'short-line' | 'after-note';

/** Where the line stands: in a note, whether the body paragraph before the notes is still open, which notes came before. */
export interface Context {
  inNote: boolean;
  bodyOpen: boolean;
  defined: Set<string>;
  /**
   * The paragraph is a decision's formula that runs on into its recitals (إن المؤتمر …،
   * إذ يشير …): it takes the recitals after it, to the colon that ends it.
   */
  formulaRunsOn?: boolean;
}

const ENDS_SENTENCE = /[.؟?!]\s*$/;
/** A sentence or a clause of a list finished: what a heading may follow. */
const ENDS_STATEMENT = /[.;؛؟?!]\s*$/;

/**
 * Whether `line` starts a new chunk after `prev` in wrapped text, and why; null when it
 * continues the paragraph before it. `cited` holds the note markers cited in the text.
 */
export function boundaryBefore(
  prev: LineFacts,
  line: LineFacts,
  width: number,
  cited: ReadonlySet<string>,
  context: Context = { inNote: false, bodyOpen: false, defined: new Set() },
  /** The line after `line`, when there is one. */
  next?: LineFacts,
): BoundaryReason | null {
  if (line.opening?.kind === 'furniture' || prev.opening?.kind === 'furniture') return 'furniture';
  if (line.opening?.needs === 'nothing') return 'opening';
  if (context.formulaRunsOn && line.opening?.kind === 'recital') return null;
  // A note call a converter lifted onto a line of its own is inside its paragraph.
  if (CALL_ALONE.test(prev.text) || CALL_ALONE.test(line.text)) return null;
  const short = prev.shape.width < SHORT_LINE * width;
  // A note ends with a full stop, and a recital may follow it.
  const ended = line.opening?.needs === 'comma-end' && !context.inNote ? prev.shape.endsComma : prev.shape.endsClause;
  if (line.opening && (ended || short)) return 'after-clause';
  // A page's notes follow the half-paragraph the page break cut, mid-sentence.
  // (A stray marker at the end of a note's own text may wrap onto a line too.)
  const marker = line.opening?.kind === 'note-number' ? line.opening.enumerator!.label : null;
  if (marker !== null && cited.has(marker) && !context.defined.has(marker)) return 'cited-note';
  // A short line with no final punctuation between a finished sentence and a line that
  // opens a block stands alone: a heading (…؛ ⏎ تعزيز التعاون الدولي ⏎ ٢ - …), even when
  // the line before it is full.
  // So does one ending in a colon before a numbered paragraph (تقديرات الميزانية: ⏎ ٣ - …).
  const headingEnd = !line.shape.endsClause || (/:\s*$/.test(line.text) && next?.opening?.kind === 'numbered');
  if (next?.opening && ENDS_STATEMENT.test(prev.text) && headingEnd && line.shape.width < SHORT_LINE * width) return 'heading';
  if (short) return 'short-line';
  // …and after them the rest of that paragraph.
  if (context.inNote && context.bodyOpen && ENDS_SENTENCE.test(prev.text)) return 'after-note';
  return null;
}

const NOTE_KINDS = new Set(['note-number', 'note-asterisk']);
/** A raised note call alone on its line (src/order writes a lifted call so). */
const CALL_ALONE = /^\s*⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾\s*$/;
const FORMULA_KINDS = new Set(['formula', 'formula-start']);

function chunkOf(lines: LineIndex, firstLine: number, lastLine: number): Chunk {
  return { firstLine, lastLine, start: lines.lineSpan(firstLine)[0], end: lines.lineSpan(lastLine)[1] };
}

/** Openings that start the body: before the first of them is the masthead. */
const BODY_OPENINGS = new Set(['numbered', 'chapter', 'section', 'recommendation', 'formula', 'formula-start']);

/**
 * Until the body starts (`masthead` is unset at its first opening), a line that stops
 * short is most often a centred title's: the masthead's titles are set narrower than the
 * text. Only a line far shorter ends one there (the agenda item's title before the
 * document's: … ⏎ وبخاصة النساء والأطفال ⏎ الأنشطة التي …).
 */
export interface Region {
  masthead: boolean;
}

/** In the masthead, a line shorter than this share of the text's width ends its title. */
const MASTHEAD_SHORT = 0.45;

function mastheadContinues(reason: BoundaryReason, prev: LineFacts, width: number): boolean {
  return reason === 'heading' || (reason === 'short-line' && prev.shape.width >= MASTHEAD_SHORT * width);
}

/** Cuts a run of non-blank lines of wrapped or aligned text at its block boundaries. */
function cutWrapped(lines: LineIndex, run: Chunk, width: number, facts: (line: number) => LineFacts, cited: ReadonlySet<string>, region: Region): Chunk[] {
  const out: Chunk[] = [];
  let first = run.firstLine;
  let prev = facts(first);
  const context: Context = { inNote: NOTE_KINDS.has(prev.opening?.kind ?? ''), bodyOpen: false, defined: new Set() };
  const define = (facts: LineFacts) => {
    if (facts.opening?.kind === 'note-number') context.defined.add(facts.opening.enumerator!.label);
  };
  define(prev);
  let formula = FORMULA_KINDS.has(prev.opening?.kind ?? '');
  const runsOn = (f: LineFacts) => {
    if (formula && FORMULA_INTO_PREAMBLE.test(f.text)) context.formulaRunsOn = true;
    if (/:\s*$/.test(f.text)) context.formulaRunsOn = false;
  };
  runsOn(prev);
  const bodyStarts = (f: LineFacts) => {
    if (BODY_OPENINGS.has(f.opening?.kind ?? '')) region.masthead = false;
  };
  bodyStarts(prev);
  let current = first < run.lastLine ? facts(first + 1) : undefined;
  for (let line = first + 1; line <= run.lastLine && current; line++) {
    const next = line < run.lastLine ? facts(line + 1) : undefined;
    bodyStarts(current);
    const reason = boundaryBefore(prev, current, width, cited, context, next);
    if (reason && !(region.masthead && mastheadContinues(reason, prev, width))) {
      out.push(chunkOf(lines, first, line - 1));
      first = line;
      // The body paragraph the notes interrupt: the last chunk before them that is not furniture.
      if (!context.inNote && prev.opening?.kind !== 'furniture') context.bodyOpen = !prev.shape.endsClause;
      context.inNote = NOTE_KINDS.has(current.opening?.kind ?? '');
      define(current);
      formula = FORMULA_KINDS.has(current.opening?.kind ?? '');
      context.formulaRunsOn = false;
    }
    runsOn(current);
    prev = current;
    current = next;
  }
  out.push(chunkOf(lines, first, run.lastLine));
  return out;
}

/**
 * A recital may hold a second «وإذ» after a comma (… عام ٢٠١٤، وإذ يرحب …), and a wrap may
 * put it at a line's start, where it reads as the next recital's opening. Most such lines
 * do open a recital; the converter's wrapping can say otherwise (src/paragraphs/wraps.ts):
 * whether the recital from `first` and the lines from `line` wrap as one paragraph.
 */
function recitalRunsOn(lines: LineIndex, first: number, line: number, lastLine: number, facts: (line: number) => LineFacts, wraps: Wraps, width: number): boolean {
  if (facts(first).opening?.kind !== 'recital' || facts(line).opening?.kind !== 'recital') return false;
  const { edges } = wraps;
  const edge = edges?.of(line);
  if (edges) for (let l = first; l < line; l++) if (edges.of(l) !== edge) return false;
  // The next recital's lines: to the next opening, the line that stops short, or the edge's change.
  let end = line;
  const runsOn = (l: number) => (edges ? edges.of(l + 1) === edge : facts(l).shape.width >= SHORT_LINE * width);
  while (end < lastLine && facts(end + 1).opening === null && runsOn(end)) end++;
  return wrapsAsOne(textsOf(lines, { firstLine: first, lastLine: end }), line - first, wraps, edge);
}

/** The lines of a chunk, their words one space apart. */
function textsOf(lines: LineIndex, chunk: Pick<Chunk, 'firstLine' | 'lastLine'>): string[] {
  const texts: string[] = [];
  for (let l = chunk.firstLine; l <= chunk.lastLine; l++) texts.push(wordsOf(lines.lineText(l)));
  return texts;
}

/**
 * A run that is not hard-wrapped, cut only before a line that opens a block whatever came
 * before it (a title's run and the formula under it: ١٨/٢٠١٧ - … ⏎ إن المجلس …،).
 */
function cutAtOpenings(lines: LineIndex, run: Chunk, facts: (line: number) => LineFacts, region: Region): Chunk[] {
  const out: Chunk[] = [];
  let first = run.firstLine;
  for (let line = run.firstLine; line <= run.lastLine; line++) {
    const f = facts(line);
    if (BODY_OPENINGS.has(f.opening?.kind ?? '')) region.masthead = false;
    if (line > first && f.opening?.needs === 'nothing') {
      out.push(chunkOf(lines, first, line - 1));
      first = line;
    }
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

/** A run of lines between blank lines that a converter hard-wrapped: several lines, most of them cut mid-clause. */
const WRAPPED_RUN_LINES = 4;
const WRAPPED_RUN_SHARE = 0.5;

function looksWrapped(run: Chunk, shapeOf: (line: number) => LineShape): boolean {
  const count = run.lastLine - run.firstLine + 1;
  if (count < WRAPPED_RUN_LINES) return false;
  let open = 0;
  for (let line = run.firstLine; line < run.lastLine; line++) if (!shapeOf(line).endsClause) open++;
  return open >= WRAPPED_RUN_SHARE * (count - 1);
}

export function paragraphChunks(lines: LineIndex): Paragraphs {
  const runs = chunkLines(lines);
  const filled = runs.reduce((n, run) => n + run.lastLine - run.firstLine + 1, 0);
  // Lines' shapes are worked out only where they are needed: text with blank lines between
  // its paragraphs needs none of them (a 1 MB line measured for nothing doubled its parse).
  const shapeCache: LineShape[] = [];
  const shapeOf = (line: number) => (shapeCache[line - 1] ??= lineShape(lines.lineText(line)));
  const facts = (line: number): LineFacts => ({
    text: lines.lineText(line),
    shape: shapeOf(line),
    opening: lines.continuesLineBefore(line) ? null : lineOpening(lines.lineText(line)),
  });
  const shapesOf = (run: Chunk) => Array.from({ length: run.lastLine - run.firstLine + 1 }, (_, i) => shapeOf(run.firstLine + i));
  if (hasParagraphBlanks(lines.count - filled, filled)) {
    // Layout by region: blank lines between paragraphs, or only in the masthead and at page
    // breaks with the pages' text hard-wrapped between them (pdftotext). The wrapped runs
    // are cut as wrapped text is, the others stay whole.
    const wrapped = new Set(runs.filter((run) => looksWrapped(run, shapeOf)));
    if (wrapped.size === 0) return { layout: 'paragraphs', chunks: runs };
    const wrappedLines = [...wrapped].reduce((n, run) => n + run.lastLine - run.firstLine + 1, 0);
    const width = textWidth([...wrapped].flatMap(shapesOf));
    const cited = citedMarkers(lines.text);
    const region: Region = { masthead: true };
    const cut = runs.flatMap((run) => (wrapped.has(run) ? cutWrapped(lines, run, width, facts, cited, region) : cutAtOpenings(lines, run, facts, region)));
    const chunks = recitalsFollowBlanks(runs, wrapped, facts) ? joinRecitalsInRuns(lines, cut, runs, facts, width) : cut;
    return { layout: wrappedLines > filled / 2 ? 'wrapped' : 'paragraphs', chunks: joinByWraps(lines, chunks, facts, width, false) };
  }
  const texts: string[] = [];
  for (let line = 1; line <= lines.count; line++) texts.push(lines.lineText(line));
  const layout = detectLayout(texts);
  if (layout === 'paragraphs') return { layout, chunks: runs };
  if (layout === 'one-line-per-paragraph') return { layout, chunks: runs.flatMap((run) => cutLines(lines, run)) };
  const width = textWidth(runs.flatMap(shapesOf));
  const cited = citedMarkers(lines.text);
  const region: Region = { masthead: true };
  const chunks = runs.flatMap((run) => cutWrapped(lines, run, width, facts, cited, region));
  return { layout, chunks: joinByWraps(lines, chunks, facts, width, layout === 'aligned') };
}

/**
 * A recital's second clause falls at a line's start once in many recitals: more openers
 * inside runs than that are recitals a converter left without a blank line before them.
 */
const RECITALS_PER_SECOND_CLAUSE = 5;

/**
 * Whether the text's recitals start after blank lines: runs between blank lines open with
 * a recital many times as often as a recital opener stands inside a hard-wrapped run,
 * after a comma. Then the blank lines stand between its paragraphs (a markdown export, pdftotext with
 * paragraph spacing), and an opener inside a run is a recital's own second clause that a
 * wrap put at a line's start (… عام ٢٠١٤، ⏎ وإذ يرحب …). Text that pdftotext wrapped page
 * by page has most of its recitals inside runs.
 */
function recitalsFollowBlanks(runs: Chunk[], wrapped: ReadonlySet<Chunk>, facts: (line: number) => LineFacts): boolean {
  let first = 0;
  let inside = 0;
  for (const run of runs) {
    if (facts(run.firstLine).opening?.kind === 'recital') first++;
    if (!wrapped.has(run)) continue;
    for (let line = run.firstLine + 1; line <= run.lastLine; line++) {
      if (facts(line).opening?.kind === 'recital' && facts(line - 1).shape.endsComma) inside++;
    }
  }
  return inside > 0 && first >= RECITALS_PER_SECOND_CLAUSE * inside;
}

/** The chunks, a recital's opener inside a run between blank lines joined to the recital before it. */
function joinRecitalsInRuns(lines: LineIndex, chunks: Chunk[], runs: Chunk[], facts: (line: number) => LineFacts, width: number): Chunk[] {
  const runStarts = new Set(runs.map((run) => run.firstLine));
  // A recital's chunk, then one that opens a recital on the next line of the same run, after
  // a full line ending in a comma (a paragraph's last line would most often stop short).
  const secondClause = (recital: Chunk, chunk: Chunk) => {
    if (recital.lastLine + 1 !== chunk.firstLine || runStarts.has(chunk.firstLine)) return false;
    if (facts(recital.firstLine).opening?.kind !== 'recital' || facts(chunk.firstLine).opening?.kind !== 'recital') return false;
    const before = facts(recital.lastLine).shape;
    return before.endsComma && before.width >= SHORT_LINE * width;
  };
  return joinWhere(lines, chunks, secondClause);
}

/** The chunks, each joined to the one before it where `joins` says the two are one. */
function joinWhere(lines: LineIndex, chunks: Chunk[], joins: (before: Chunk, chunk: Chunk) => boolean): Chunk[] {
  const out: Chunk[] = [];
  for (const chunk of chunks) {
    const last = out.at(-1);
    if (last && joins(last, chunk)) out[out.length - 1] = chunkOf(lines, last.firstLine, chunk.lastLine);
    else out.push(chunk);
  }
  return out;
}

/**
 * What the chunks' wrapping shows (each paragraph's own width, an aligned paragraph's own
 * edge), when it shows anything: a recital and the «وإذ» line cut from it are one chunk
 * again where it says so (recitalRunsOn).
 */
function joinByWraps(lines: LineIndex, chunks: Chunk[], facts: (line: number) => LineFacts, width: number, aligned: boolean): Chunk[] {
  const wraps: Wraps = {
    widths: paragraphWidths(chunks, (chunk) => textsOf(lines, chunk)) ?? undefined,
    edges: aligned ? (paragraphEdges(chunks, (line) => rightEdge(lines.lineText(line)), (line) => lines.lineText(line)) ?? undefined) : undefined,
  };
  if (!wraps.widths && !wraps.edges) return chunks;
  return joinWhere(lines, chunks, (before, chunk) => before.lastLine + 1 === chunk.firstLine && recitalRunsOn(lines, before.firstLine, chunk.firstLine, chunk.lastLine, facts, wraps, width));
}
