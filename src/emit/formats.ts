// The output formats, one row each: what `--format NAME` writes, the extension of its
// files under --out-dir, whether several documents may share one output stream, and what
// each stream starts with. The CLI reads only this table; a new format is a new row.
import type { ParsedDocument } from '../types.js';
import { CSV_HEAD } from '../views/common.js';
import { referenceLines, writeJson } from './json.js';

/** What a writer may need to know of the run. */
export interface WriteOptions {
  pretty: boolean;
  /** Colour for a terminal (the outline). */
  colour: boolean;
  /** The outline's depth: blocks nested deeper are left out; null for all. */
  depth: number | null;
  /** Several documents in the run: the outline names each before its blocks. */
  several: boolean;
}

/** Writes one parsed document through `write`; `text` is the logical text its lines refer to. */
export type Writer = (doc: ParsedDocument, write: (s: string) => void, text: string) => void;


export interface Format {
  description: string;
  /** The extension of the files written with --out-dir. */
  extension: string;
  /** Whether several documents may follow one another in one stream (lines of JSON, rows of CSV). */
  manyPerStream: boolean;
  /** What each stream (standard output, or each --out-dir file) starts with: CSV's header row. */
  head?: string;
  /** The writer; heavy ones (XML, HTML) are loaded only when asked for. */
  load: (options: WriteOptions) => Promise<Writer>;
}

export const FORMATS = {
  json: {
    description: 'the document as JSON (the contract)',
    extension: 'json',
    manyPerStream: true,
    load: async (o) => (doc, write) => writeJson(doc, o.pretty, write),
  },
  references: {
    description: 'one JSON line per reference (file, block, type, value …)',
    extension: 'ndjson',
    manyPerStream: true,
    load: async () => (doc, write) => write(referenceLines(doc)),
  },
  akn: {
    description: 'Akoma Ntoso 3.0 XML',
    extension: 'xml',
    manyPerStream: false,
    load: async (o) => {
      const { toAkn } = await import('./akn.js');
      return (doc, write) => write(toAkn(doc, o.pretty));
    },
  },
  csv: {
    description: 'one row per block: file, id, type, label, number, parent, lines, text',
    extension: 'csv',
    manyPerStream: true,
    head: CSV_HEAD,
    load: async () => {
      const { csvRows } = await import('../views/csv.js');
      return (doc, write) => write(csvRows(doc));
    },
  },
  html: {
    description: 'a self-contained review page, right to left',
    extension: 'html',
    manyPerStream: false,
    load: async () => {
      const { toHtml } = await import('../views/html.js');
      return (doc, write) => write(toHtml(doc));
    },
  },
  text: {
    description: 'the text as read, in logical order, in the lines the output refers to (what a PDF was read as)',
    extension: 'text.txt',
    manyPerStream: false,
    load: async () => (_doc, write, text) => write(text.endsWith('\n') ? text : `${text}\n`),
  },
  outline: {
    description: 'a tree, one line per block: id, label, type and the first words',
    extension: 'txt',
    manyPerStream: true,
    load: async (o) => {
      const { outline } = await import('../views/outline.js');
      return (doc, write) => write(outline(doc, o));
    },
  },
} satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
