// Stage 6, structure: pieces → the header pieces (for the metadata stage) and the body's
// blocks, footnotes and artifacts, with nesting, page-break joins and citations.
import { kindOf, RESOLUTION_KINDS } from '../lexicon/kinds.js';
import { CONTENTS_CAPTION, SITTING_OPENED } from '../lexicon/records.js';
import { findSymbols } from '../normalize/symbols.js';
import { citerOf, linkCitations } from '../pieces/citations.js';
import type { Piece } from '../pieces/index.js';
import { rangesOf, rawOf } from '../pieces/ranges.js';
import type { LineIndex } from '../read/lines.js';
import type { Artifact, Block, Diagnostic, Footnote, Layout } from '../types.js';
import { buildBody, type BlockDraft } from './blocks.js';
import { draftBracketDiagnostics, numberingDiagnostics } from './diagnostics.js';
import { settleFurniture } from './furniture.js';
import { assignIds, footnoteId, UniqueIds } from './ids.js';

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
function markContents(header: Piece[]): Piece[] {
  const caption = header.findIndex((p) => p.furniture === 'toc' && CONTENTS_CAPTION.test(p.text));
  if (caption < 0) return header;
  return header.map((p, i): Piece => (i > caption ? { ...p, kind: 'furniture', furniture: 'toc' } : p));
}

function toBlock(d: BlockDraft, id: string, parent: string | null, refs: { ids: string[]; offsets: number[] } | undefined, lines: LineIndex): Block {
  const ranges = rangesOf(d.pieces, lines, d.breaks);
  return {
    id,
    type: d.type,
    level: d.level,
    label: d.label,
    number: d.number,
    rawLabel: d.rawLabel,
    parent,
    text: d.pieces.map((p, i) => (i === 0 ? p.text.slice(p.listMarker) : p.text)).filter((t) => t !== '').join(' '),
    raw: rawOf(ranges, lines),
    footnoteRefs: refs?.ids ?? [],
    footnoteOffsets: refs?.offsets ?? [],
    lines: ranges,
  };
}

function toFootnote(parts: Piece[], ids: UniqueIds, lines: LineIndex): Footnote {
  const e = parts[0].enumerator!;
  const ranges = rangesOf(parts, lines);
  return {
    id: footnoteId(e.label, ids),
    marker: e.label,
    rawMarker: e.rawLabel,
    text: parts.map((p) => p.text).join(' '),
    raw: rawOf(ranges, lines),
    citedBy: [],
    lines: ranges,
  };
}

function toArtifact(p: Piece, lines: LineIndex): Artifact {
  const ranges = rangesOf([p], lines);
  return { kind: p.furniture!, text: p.text, raw: rawOf(ranges, lines), lines: ranges };
}

/** A line only a masthead has: the United Nations, the distribution. */
const MASTHEAD_LINE = /^(?:الأمم المتحدة|Distr\b|General$|Limited$|Restricted$)/i;

export function structure(lines: LineIndex, pieces: Piece[]): Structure {
  const split = headerLength(pieces);
  const before = markContents(pieces.slice(0, split));
  // Notes and furniture are never header lines, wherever they stand; but a document
  // symbol alone on a line is the header's own symbol there, not a running header —
  // unless there is no masthead (no «الأمم المتحدة», no Distr.: a text taken out of a report) and the
  // pages repeat it: then it is that page's running header too.
  const masthead = before.some((p) => MASTHEAD_LINE.test(p.text));
  const repeated = new Set(pieces.slice(split).filter((p) => p.furniture === 'running-header').map((p) => p.text));
  const inHeader = (p: Piece) => (p.kind !== 'note' && p.kind !== 'furniture') || (p.furniture === 'running-header' && (masthead || !repeated.has(p.text)));
  const header = before.filter(inHeader);
  const unsettled = [...before.filter((p) => !inHeader(p)), ...pieces.slice(split)];
  unsettled.sort((a, b) => a.firstLine - b.firstLine);
  const body = settleFurniture(unsettled, findSymbols(header.map((p) => p.text).join('\n')));

  const cited = new Set(pieces.filter((p) => p.kind !== 'note').flatMap((p) => p.markers.map((m) => m.marker)));
  // The header's kind line: a resolution or decision is one even without a formula.
  const kind = header.map((p) => kindOf(p.text)).find((k) => k !== null) ?? null;
  const built = buildBody(body, cited, lines, kind === null ? null : (RESOLUTION_KINDS.get(kind) ?? null));

  const ids = assignIds(built.blocks);
  const noteIds = new UniqueIds();
  const notes = built.notes.map((p) => toFootnote(p, noteIds, lines));
  const { refs, citedBy, unresolved } = linkCitations(built.blocks.map((d) => citerOf(ids.get(d)!, d.pieces, lines, d.pieces[0].listMarker)), notes);
  const blocks = built.blocks.map((d) => toBlock(d, ids.get(d)!, d.parent ? ids.get(d.parent)! : null, refs.get(ids.get(d)!), lines));
  const footnotes = notes.map((f) => ({ ...f, citedBy: citedBy.get(f.id) ?? [] }));
  const artifacts = built.furniture.map((p) => toArtifact(p, lines));

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
