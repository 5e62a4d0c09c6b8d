// The output of ctoc-parse, mirroring ../shared/docs/contract.md. These names are the
// public contract: fields may be added, never renamed.

/** 1-based, inclusive source line ranges: `[[first, last], …]`. */
export type LineRanges = Array<[number, number]>;

export type BlockType =
  | 'title'
  | 'part' // ألف / باء …: one of the resolutions adopted under one number (75/251 C)
  | 'heading'
  | 'formula'
  | 'preambular'
  | 'operative'
  | 'paragraph'
  | 'subparagraph'
  | 'point'
  | 'item'
  | 'recommendation'
  | 'closing';

export interface Block {
  id: string;
  type: BlockType;
  /** Headings only: 1 chapter (أولاً), 2 section (ألف), 3 unnumbered heading. */
  level: number | null;
  label: string | null;
  number: number | null;
  rawLabel: string | null;
  parent: string | null;
  text: string;
  raw: string;
  footnoteRefs: string[];
  /** Where in `text` each of footnoteRefs was cited (its marker stood just before this offset). */
  footnoteOffsets: number[];
  lines: LineRanges;
  /** What the text cites (added by the references stage). */
  references?: Reference[];
  /** A PDF's blocks: the pages (from 1) the block spans. */
  pages?: number[];
}

export type ReferenceType = 'document' | 'resolution' | 'decision' | 'date' | 'article' | 'treaty';

/** One citation in a block's or footnote's `text`, at [start, end). */
export interface Reference {
  type: ReferenceType;
  /** As written (in `text`). */
  text: string;
  /** Normalized: the symbol, `61/144`, `2331 (2016)`, an ISO date or `from/to` interval, `6(1)`, `vol. 2237, No. 39574`. */
  value: string;
  start: number;
  end: number;
  /** resolution, decision: `ga`, `ecosoc`, `sc`, `ctoc-cop` … or null when the text does not say. */
  organ?: string | null;
  /** resolution, decision: the cited document's symbol as the UN writes it (A/RES/70/1, S/RES/2254 (2015), E/RES/2019/14), or null for an organ without one. */
  symbol?: string | null;
  /** resolution: the part of a resolution adopted in parts (75/251 باء → B). */
  part?: string;
  /** date: ISO bounds and how precise the text is. */
  from?: string;
  to?: string;
  precision?: 'day' | 'month' | 'year';
  /** article. */
  article?: number;
  paragraph?: string | null;
  instrument?: string | null;
  /** treaty (United Nations Treaty Series). */
  volume?: number;
  number?: number;
}

/** One distinct reference of the document and the blocks and notes that cite it. */
export interface ReferenceIndexEntry {
  type: ReferenceType;
  value: string;
  organ: string | null;
  /** resolution, decision: as on the references. */
  symbol?: string | null;
  citedBy: string[];
}

export interface Footnote {
  id: string;
  marker: string;
  rawMarker: string;
  text: string;
  raw: string;
  /** Ids of the citing blocks; `"metadata"` when the header cites the note. */
  citedBy: string[];
  lines: LineRanges;
  references?: Reference[];
}

export type ArtifactKind = 'job-number' | 'recycle' | 'page-number' | 'running-header' | 'barcode' | 'separator' | 'toc';

export interface Artifact {
  kind: ArtifactKind;
  text: string;
  raw: string;
  lines: LineRanges;
}

export type Severity = 'warning' | 'error';

export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  line: number | null;
}

export type Distribution = 'general' | 'limited' | 'restricted';

export type DocumentKind =
  | 'report'
  | 'draft-report'
  | 'note'
  | 'draft-resolution'
  | 'revised-draft-resolution'
  | 'draft-decision'
  | 'resolution'
  | 'decision'
  | 'agenda'
  | 'concluding-observations'
  | 'list-of-issues'
  | 'summary-record';

/** What the body looks like, decided from the text itself, never from the file name. */
export type Layout = 'resolution' | 'decision' | 'report' | 'unknown';

export interface Venue {
  text: string;
  place: string | null;
  /** ISO dates (or null when the line could not be read). */
  start: string | null;
  end: string | null;
}

export interface Sponsor {
  name: string;
  /** Id of the footnote an asterisk after the name points to. */
  footnote: string | null;
  note: string | null;
}

export interface Metadata {
  distribution: Distribution | null;
  date: string | null;
  language: string | null;
  originalLanguage: string | null;
  body: string | null;
  bodyKey: string | null;
  subsidiaryBody: string | null;
  /** The Main Committee that reports the text, as written (اللجنة الثالثة). */
  committee: string | null;
  /** Whose report or recommendation the text was adopted on, as written: `[بناء على تقرير اللجنة الثالثة (A/75/478)]`. */
  origin: string | null;
  /** The session as written (الدورة العاشرة): a string, as the contract shows it. */
  session: string | null;
  /** 10 for الدورة العاشرة; null for a year session. */
  sessionNumber: number | null;
  /** 2017 for دورة عام ٢٠١٧; null for a numbered session. */
  sessionYear: number | null;
  venue: Venue | null;
  agendaItem: string | null;
  agendaItemProvisional: boolean | null;
  agendaItemTitle: string | null;
  kind: DocumentKind | null;
  layout: Layout;
  number: string | null;
  symbols: string[];
  jobNumber: string | null;
  title: string | null;
  sponsors: Sponsor[];
  adopted: string | null;
  meeting: string | null;
  /** The parts of a resolution adopted under one number (A, B, C), in order. */
  parts: string[];
  /** Who chaired the meeting a summary record records (الرئيس: …). */
  chair: string | null;
  lines: LineRanges;
}

/**
 * How the converter laid the text out: blank lines between paragraphs, hard-wrapped lines
 * with none (pdftotext), one line per paragraph (save as text), or right-aligned lines
 * with leading spaces (pdftotext -layout).
 */
export type SourceLayout = 'paragraphs' | 'wrapped' | 'one-line-per-paragraph' | 'aligned';

/**
 * The order the converter printed the Arabic in: `logical`; `bidi-marks` (poppler's
 * embedding marks, resolved); `visual` (mutool, pdfminer: each line as drawn, read back);
 * `mixed` (pdf.js: letters of a word in neither order, beyond repair).
 */
export type ReadingOrder = 'logical' | 'visual' | 'bidi-marks' | 'mixed';

export interface SourceInfo {
  path: string;
  bytes: number;
  sha256: string;
  encoding: string;
  layout: SourceLayout;
  order: ReadingOrder;
  /** A PDF's number of pages (`encoding` is then `pdf`). */
  pages?: number;
}

export interface ParsedDocument {
  source: SourceInfo;
  metadata: Metadata;
  blocks: Block[];
  footnotes: Footnote[];
  artifacts: Artifact[];
  /** Every distinct reference, with what cites it. */
  references: ReferenceIndexEntry[];
  diagnostics: Diagnostic[];
}
