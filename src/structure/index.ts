// Stage 4, structure: markdown units → the header pieces (for the metadata stage) and the
// body's blocks, footnotes and artifacts, with nesting, page-break joins and citations.
import { CONTENTS_CAPTION, SITTING_OPENED } from '../lexicon/records.js';
import type { Unit } from '../markdown/units.js';
import type { LineIndex } from '../read/lines.js';
import type { Artifact, Block, Diagnostic, Footnote, Layout } from '../types.js';
import { buildBody, type BlockDraft } from './blocks.js';
import { footnoteId, linkCitations, type Citer } from './citations.js';
import { draftBracketDiagnostics, numberingDiagnostics } from './diagnostics.js';
import { assignIds, UniqueIds } from './ids.js';
import { rangesOf, rawOf } from './lines.js';
import { piecesOf, textWithMap, type Piece } from './pieces.js';

export interface Structure {
  layout: Layout;
  /** Pieces before the body: the metadata stage reads them. */
  header: Piece[];
  blocks: Block[];
  footnotes: Footnote[];
  artifacts: Artifact[];
  diagnostics: Diagnostic[];
}

/** Piece kinds that can only stand in a body. */
const BODY_KINDS = new Set(['chapter', 'section', 'numbered', 'lettered', 'point', 'formula', 'preamble-open', 'recommendation']);
/** A long piece that ends a sentence is body text even before any enumerated paragraph. */
const LONG_TEXT = 300;

export function headerLength(pieces: Piece[]): number {
  const i = pieces.findIndex(
    (p) =>
      BODY_KINDS.has(p.kind) ||
      (p.kind === 'plain' && p.text.length > LONG_TEXT && /[.؛:]$/.test(p.text)) ||
      (p.kind === 'plain' && SITTING_OPENED.test(p.text)),
  );
  return i < 0 ? 0 : i;
}

/** The header's lines after a contents caption are the contents' entries: page furniture. */
function markContents(header: Piece[]): void {
  const caption = header.findIndex((p) => p.furniture === 'toc' && CONTENTS_CAPTION.test(p.text));
  if (caption < 0) return;
  for (const p of header.slice(caption + 1)) {
    p.kind = 'furniture';
    p.furniture = 'toc';
  }
}

/**
 * The markers of a block made of `pieces` (its text is theirs joined with spaces), with
 * the line of each and its position in that text. `shift` moves positions for a text
 * that drops the start of its first piece (a title after its number).
 */
export function citerOf(id: string, pieces: Piece[], lines: LineIndex, shift = 0): Citer {
  const citer: Citer = { id, markers: [], lines: [], offsets: [] };
  let base = 0;
  for (const p of pieces) {
    if (p.markers.length > 0) {
      const { map } = textWithMap(p, lines.text);
      for (const m of p.markers) {
        citer.markers.push(m);
        citer.lines.push(lines.lineOf(m.start));
        citer.offsets.push(Math.max(0, base + countBefore(map, m.start) - shift));
      }
    }
    if (p.text !== '') base += p.text.length + 1;
  }
  return citer;
}

/** How many text characters come from source offsets before `offset` (map is ascending). */
function countBefore(map: number[], offset: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toBlock(d: BlockDraft, id: string, parent: string | null, lines: LineIndex): Block {
  const ranges = rangesOf(d.pieces, lines, d.breaks);
  return {
    id,
    type: d.type,
    level: d.level,
    label: d.label,
    number: d.number,
    rawLabel: d.rawLabel,
    parent,
    text: d.pieces.map((p) => p.text).filter((t) => t !== '').join(' '),
    raw: rawOf(ranges, lines),
    footnoteRefs: [],
    footnoteOffsets: [],
    lines: ranges,
  };
}

function toFootnote(p: Piece, ids: UniqueIds, lines: LineIndex): Footnote {
  const e = p.enumerator!;
  const ranges = rangesOf([p], lines);
  return {
    id: footnoteId(e.label, ids),
    marker: e.label,
    rawMarker: e.rawLabel,
    text: p.text,
    raw: rawOf(ranges, lines),
    citedBy: [],
    lines: ranges,
  };
}

function toArtifact(p: Piece, lines: LineIndex): Artifact {
  const ranges = rangesOf([p], lines);
  return { kind: p.furniture!, text: p.text, raw: rawOf(ranges, lines), lines: ranges };
}

export function structure(lines: LineIndex, units: Unit[]): Structure {
  const pieces = piecesOf(lines, units);
  const split = headerLength(pieces);
  markContents(pieces.slice(0, split));
  // Notes and furniture are never header lines, wherever they stand; but a document
  // symbol alone on a line is the header's own symbol there, not a running header.
  const inHeader = (p: Piece) => (p.kind !== 'note' && p.kind !== 'furniture') || p.furniture === 'running-header';
  const header = pieces.slice(0, split).filter(inHeader);
  const body = [...pieces.slice(0, split).filter((p) => !inHeader(p)), ...pieces.slice(split)];
  body.sort((a, b) => a.firstLine - b.firstLine);

  const cited = new Set(pieces.filter((p) => p.kind !== 'note').flatMap((p) => p.markers.map((m) => m.marker)));
  const built = buildBody(body, cited, lines);

  const ids = assignIds(built.blocks);
  const blocks = built.blocks.map((d) => toBlock(d, ids.get(d)!, d.parent ? ids.get(d.parent)! : null, lines));
  const noteIds = new UniqueIds();
  const footnotes = built.notes.map((p) => toFootnote(p, noteIds, lines));
  const artifacts = built.furniture.map((p) => toArtifact(p, lines));

  const citers = built.blocks.map((d) => citerOf(ids.get(d)!, d.pieces, lines));
  const { refs, unresolved } = linkCitations(citers, footnotes);
  for (const b of blocks) {
    b.footnoteRefs = refs.get(b.id)?.ids ?? [];
    b.footnoteOffsets = refs.get(b.id)?.offsets ?? [];
  }

  const diagnostics: Diagnostic[] = [
    ...numberingDiagnostics(blocks),
    ...draftBracketDiagnostics(blocks),
    // A `**` after a word with no such note closes bold that a page break cut in two.
    ...unresolved.filter((u) => !/^\*{2,}$/.test(u.marker)).map((u): Diagnostic => ({
      severity: 'warning',
      code: 'footnote-undefined',
      message: `${u.citer} cites note ${u.marker}, which is not defined`,
      line: u.line,
    })),
    ...built.unclassified.map((p): Diagnostic => ({
      severity: 'warning',
      code: 'unclassified-text',
      message: `text after the last operative paragraph that is neither a closing line nor a heading: «${p.text.slice(0, 40)}»`,
      line: p.firstLine,
    })),
  ];
  if (built.layout === 'unknown') {
    diagnostics.push({
      severity: 'error',
      code: 'layout-unrecognised',
      message: 'no UN document layout recognised (no formula, recitals, chapters or numbered paragraphs)',
      line: null,
    });
  }
  return { layout: built.layout, header, blocks, footnotes, artifacts, diagnostics };
}
