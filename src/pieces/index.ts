// Stage 5, pieces: markdown units → pieces. A unit that holds several enumerated lines
// (no blank line between them) is cut before each, and furniture lines are cut out. Each
// piece is classified from its own text only; where it stands is decided later, by the
// structure stage (blocks.ts) and the metadata stage (the header's pieces).
import { PREAMBULAR_OPENINGS } from '../lexicon/preamble.js';
import type { Span, Unit } from '../markdown/units.js';
import { foldSpan, normalizeText } from '../normalize/chars.js';
import { readEnumerator, type Enumerator } from '../normalize/enumerators.js';
import { findMarkers, type Marker } from '../normalize/markers.js';
import { matchesOf } from '../normalize/matches.js';
import { furnitureKind, isClosingLine, isContentsLine, isFormula, isInlineList } from '../paragraphs/openings.js';
import type { LineIndex } from '../read/lines.js';
import type { ArtifactKind } from '../types.js';

export type PieceKind =
  | 'furniture'
  | 'note' // (1) or * at the start: a footnote definition, or a numbered item
  | 'chapter'
  | 'section'
  | 'recommendation'
  | 'numbered'
  | 'lettered'
  | 'point'
  | 'formula'
  | 'preamble-open'
  | 'part' // a section letter that heads one part of a resolution (set by blocks.ts)
  | 'plain';

export interface Piece {
  kind: PieceKind;
  firstLine: number;
  lastLine: number;
  bullet: boolean;
  /**
   * A list item's marker (`- `) at the start of `text`: its length, or 0. It is kept in
   * the text, since a wrapped line that begins with a dash may be the rest of the line
   * before it (…الفترة 2019 ⏎ - 2020); a block that this piece opens drops it.
   */
  listMarker: number;
  enumerator: Enumerator | null;
  furniture: ArtifactKind | null;
  /** Folded text without the enumerator, footnote markers or markdown syntax. */
  text: string;
  /** Source offsets where the text starts (after the enumerator) and ends, and what it skips. */
  contentStart: number;
  end: number;
  skip: Span[];
  markers: Marker[];
  /** The piece starts on a line a converter cut from the line before it (src/order): it continues text. */
  cutMidLine: boolean;
}

/** Enumerators that open a new piece even without a blank line before them. */
const OPENS_PIECE = new Set(['numbered', 'lettered', 'point', 'chapter', 'section', 'recommendation', 'note-number']);
/** A line that ends a sentence or a clause: what may stand before an enumerated line. */
const ENDS_CLAUSE = /[.:;؛،,!?؟…)\]»"]\s*$/;

/** Whether `line` opens a new piece inside the piece that began at `pieceFirst`. */
function startsPiece(lines: LineIndex, line: number, pieceFirst: number): boolean {
  const text = lines.lineText(line).trim();
  if (furnitureKind(lines.lineText(line - 1))) return true;
  if (lines.continuesLineBefore(line)) return false;
  if (furnitureKind(text)) return true;
  if (isContentsLine(readEnumerator(text), text) || isContentsLine(readEnumerator(lines.lineText(line - 1)), lines.lineText(line - 1))) return true;
  // The meeting and adoption lines under a resolution, often with no blank line between.
  if (text.length < 80 && isClosingLine(normalizeText(text))) {
    const before = normalizeText(lines.lineText(line - 1));
    if (ENDS_CLAUSE.test(before) || isClosingLine(before)) return true;
  }
  const e = readEnumerator(text);
  if (!e || !OPENS_PIECE.has(e.kind) || isInlineList(text, e)) return false;
  if (e.kind === 'chapter' || e.kind === 'section' || e.kind === 'recommendation') return text.length < 120;
  // A page's notes follow one another in order, and a note may end without punctuation
  // (… vol. 2225, No. 39574 ⏎ (2) المرجع نفسه …): the next note's number opens its own.
  if (e.kind === 'note-number' && isNoteBefore(readEnumerator(lines.lineText(pieceFirst)), e)) return true;
  return ENDS_CLAUSE.test(normalizeText(lines.lineText(line - 1)));
}

function isNoteBefore(open: Enumerator | null, e: Enumerator): boolean {
  return open?.kind === 'note-number' && open.number === e.number - 1;
}

function classify(enumerator: Enumerator | null, text: string, furniture: ArtifactKind | null): PieceKind {
  if (furniture) return 'furniture';
  if (enumerator) {
    switch (enumerator.kind) {
      case 'note-number':
      case 'note-asterisk':
        return 'note';
      default:
        return enumerator.kind;
    }
  }
  if (isFormula(text)) return 'formula';
  if (PREAMBULAR_OPENINGS.some((re) => re.test(text))) return 'preamble-open';
  return 'plain';
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/** A markdown list item's marker at the start of its text. */
const LIST_MARKER = /^[-+*]\s+(?=\S)/;

function makePiece(lines: LineIndex, unit: Unit, firstLine: number, lastLine: number): Piece {
  const start = lines.lineSpan(firstLine)[0];
  const end = lines.lineSpan(lastLine)[1];
  const firstText = lines.lineText(firstLine);
  const cut = lines.continuesLineBefore(firstLine);
  let furniture = firstLine === lastLine && !cut ? furnitureKind(firstText) : null;
  let enumerator = furniture || cut ? null : readEnumerator(firstText);
  if (firstLine === lastLine && isContentsLine(enumerator, firstText)) {
    furniture = 'toc';
    enumerator = null;
  }
  const syntax = unit.syntax.filter(([s, e]) => s >= start && e <= end);
  const contentStart = start + (enumerator?.length ?? 0);
  const markers = findMarkers(lines.text, contentStart, end, syntax);
  const skip = mergeSpans([...syntax, ...markers.map((m): Span => [m.start, m.end]), ...orphanBold(lines.text, contentStart, end, syntax)]);
  const { text } = foldSpan(lines.text, contentStart, end, skip);
  const listMarker = unit.bullet && firstLine === unit.firstLine && !enumerator ? (LIST_MARKER.exec(text)?.[0].length ?? 0) : 0;
  return {
    kind: cut ? 'plain' : classify(enumerator, text, furniture),
    cutMidLine: cut,
    firstLine,
    lastLine,
    bullet: unit.bullet,
    listMarker,
    enumerator,
    furniture,
    text,
    contentStart,
    end,
    skip,
    markers,
  };
}

const BOLD_OPENER = /(?<![^\s])\*\*(?=[^\s*])/g;

/**
 * `**` opening bold that a page break cut from its closer (**يحث ⏎ … ⏎ الدول**): markdown
 * leaves it as text, but it is syntax all the same.
 */
function orphanBold(source: string, start: number, end: number, syntax: Span[]): Span[] {
  const slice = source.slice(start, end);
  if (!slice.includes('**')) return [];
  const out: Span[] = [];
  for (const m of matchesOf(BOLD_OPENER, slice)) {
    const at = start + m.index;
    if (!syntax.some(([a, b]) => at < b && at + 2 > a)) out.push([at, at + 2]);
  }
  return out;
}

/** The piece cut before `line`, each part read again from its own lines. */
export function cutPiece(lines: LineIndex, piece: Piece, line: number): [Piece, Piece] {
  const markerStarts = new Set(piece.markers.map((m) => m.start));
  const unit: Unit = {
    firstLine: piece.firstLine,
    lastLine: piece.lastLine,
    bullet: piece.bullet,
    syntax: piece.skip.filter(([start]) => !markerStarts.has(start)),
  };
  return [makePiece(lines, unit, piece.firstLine, line - 1), makePiece(lines, unit, line, piece.lastLine)];
}

export function piecesOf(lines: LineIndex, units: Unit[]): Piece[] {
  const pieces: Piece[] = [];
  for (const unit of units) {
    let first = unit.firstLine;
    for (let line = unit.firstLine + 1; line <= unit.lastLine + 1; line++) {
      if (line > unit.lastLine || startsPiece(lines, line, first)) {
        pieces.push(makePiece(lines, unit, first, line - 1));
        first = line;
      }
    }
  }
  return pieces;
}

/** The piece's text with its offset map into the source (computed on demand). */
export function textWithMap(piece: Piece, source: string): { text: string; map: number[] } {
  return foldSpan(source, piece.contentStart, piece.end, piece.skip, true);
}

/** Does the piece close what it says (final punctuation), given what kind of block it ends? */
export function endsClosed(text: string, commaCloses: boolean): boolean {
  const t = text.replace(/[\s"'»”’)\]]+$/u, '');
  // A bare enumerator (١ - on a line of its own) has its text still to come.
  if (t === '') return false;
  const last = t[t.length - 1];
  if ('.:;؛!?؟…'.includes(last)) return true;
  return commaCloses && '،,'.includes(last);
}

