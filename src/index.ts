// The library entry: parseDocument() runs the pipeline on one document, each stage a
// function of what the stages before it returned:
//   read → order → paragraphs → markdown → pieces → structure → metadata → references → the document
// (normalize holds what several stages share: digit and letter folding, enumerators,
// note markers, dates). Only the references stage adds to what it is given: `references`
// on each block and note (copies cost a third more memory on large runs). The CLI is a
// thin wrapper over it.
import { readMetadata } from './metadata/index.js';
import { markdownUnits } from './markdown/units.js';
import { garbleDiagnostics } from './normalize/garble.js';
import { logicalOrder } from './order/index.js';
import { paragraphChunks } from './paragraphs/index.js';
import { withCitedBy } from './pieces/citations.js';
import { piecesOf } from './pieces/index.js';
import { decode, type SourceText } from './read/decode.js';
import { LineIndex } from './read/lines.js';
import { sha256Hex } from './read/sha256.js';
import { attachReferences } from './references/index.js';
import { structure } from './structure/index.js';
import type { Diagnostic, ParsedDocument } from './types.js';

export type * from './types.js';
export { UnreadableInputError } from './read/decode.js';
export { normalizeText, toAsciiDigits } from './normalize/chars.js';
export { readEnumerator } from './normalize/enumerators.js';

export interface ParseOptions {
  /** Shown as source.path. */
  path?: string;
}

function bySourceLine(a: Diagnostic, b: Diagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/** Parses one document from its bytes (any supported encoding) or from a decoded string. */
export function parseDocument(input: Uint8Array | string, options: ParseOptions = {}): ParsedDocument {
  return parseWithText(input, options).doc;
}

/** The document, and the text in logical order that its line numbers refer to (--format text). */
export interface ParsedWithText {
  doc: ParsedDocument;
  /** The lines in logical order, as the pipeline read them. */
  text: string;
  /** The lines as the input has them (what `raw` shows): the file's, or what a PDF was read as. */
  source: string;
}

export function parseWithText(input: Uint8Array | string, options: ParseOptions = {}): ParsedWithText {
  const source: SourceText = decode(typeof input === 'string' ? new TextEncoder().encode(input) : input);
  const fileLines = new LineIndex(source.text);
  const ordered = logicalOrder(source.text, (offset) => fileLines.lineOf(offset));
  const lines = ordered.text === source.text ? fileLines : new LineIndex(ordered.text, source.text, ordered.cutMidLine);
  const garbled = garbleDiagnostics(ordered.text);
  const paragraphs = paragraphChunks(lines);
  const markdown = markdownUnits(lines, paragraphs.chunks);
  const body = structure(lines, piecesOf(lines, markdown.units));
  const meta = readMetadata({
    lines,
    header: body.header,
    layout: body.layout,
    blocks: body.blocks,
    footnotes: body.footnotes,
    artifacts: body.artifacts,
  });
  // The notes with their citers in the body, then in the header.
  const footnotes = withCitedBy(body.footnotes, meta.noteCitations);
  const unused: Diagnostic[] = footnotes
    .filter((f) => f.citedBy.length === 0)
    .map((f) => ({ severity: 'warning', code: 'footnote-unused', message: `note ${f.rawMarker} is never cited`, line: f.lines[0][0] }));
  const citingYear = Number((meta.metadata.adopted ?? meta.metadata.date ?? '').slice(0, 4)) || null;
  const cited = attachReferences(meta.titleBlock ? [meta.titleBlock, ...body.blocks] : body.blocks, footnotes, { bodyKey: meta.metadata.bodyKey, year: citingYear });
  const doc: ParsedDocument = {
    source: { path: options.path ?? '-', bytes: source.bytes, sha256: source.sha256, encoding: source.encoding, layout: paragraphs.layout, order: ordered.order },
    metadata: meta.metadata,
    blocks: cited.blocks,
    footnotes: cited.footnotes,
    artifacts: body.artifacts,
    references: cited.index,
    diagnostics: [
      ...source.diagnostics, ...ordered.diagnostics, ...garbled, ...markdown.diagnostics, ...body.diagnostics, ...meta.diagnostics, ...unused, ...cited.diagnostics,
    ].sort(bySourceLine),
  };
  return { doc, text: ordered.text, source: source.text };
}

/** Whether bytes are a PDF (its header, perhaps after a few bytes of junk as readers allow). */
export const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');

/**
 * Parses a PDF from its bytes: its text layer read in logical order (src/pdf), then the
 * same pipeline as text. `source` describes the PDF (its bytes, pages); `lines` refer to
 * the text it was read as (ParsedWithText.text, --format text); every block carries the
 * `pages` it spans.
 */
export async function parsePdfWithText(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedWithText> {
  const { readPdf } = await import('./pdf/read.js');
  const pdf = await readPdf(bytes);
  const { doc, text, source } = parseWithText(pdf.text, options);
  const pagesOf = (ranges: Array<[number, number]>) => [
    ...new Set(ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => pdf.linePages[a - 1 + i]).filter((p) => p > 0))),
  ];
  return {
    text,
    source,
    doc: {
      ...doc,
      source: { ...doc.source, bytes: bytes.length, sha256: sha256Hex(bytes), encoding: 'pdf', pages: pdf.pages },
      blocks: doc.blocks.map((b) => ({ ...b, pages: pagesOf(b.lines) })),
    },
  };
}

export async function parsePdf(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedDocument> {
  return (await parsePdfWithText(bytes, options)).doc;
}
