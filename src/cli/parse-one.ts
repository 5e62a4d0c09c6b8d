// One input → its output and diagnostics, or the one-line reason it could not be read. The
// same function runs in the main thread (one input, --jobs 1) and in pool workers.
import { FORMATS, type FormatName, type Writer, type WriteOptions } from '../emit/formats.js';
import { parseDocument, UnreadableInputError } from '../index.js';
import type { Diagnostic, DocumentKind } from '../types.js';
import { selectBlocks } from '../views/select.js';
import type { Input } from './inputs.js';
import { InputError, readInput } from './read-input.js';

export interface ParseSettings {
  maxBytes: number;
  format: FormatName;
  write: WriteOptions;
  /** --select: only these blocks (with their ancestors' ids); null for all. */
  select: string[] | null;
}

/** What the run's summary and the HTML index need to know of a parsed document. */
export interface DocumentSummary {
  blocks: number;
  kind: DocumentKind | null;
  number: string | null;
  title: string | null;
}

export interface Outcome {
  path: string;
  /** Size of the input, for throughput; 0 when it could not be read. */
  bytes: number;
  diagnostics: Diagnostic[];
  /** Null when the input could not be parsed. */
  summary: DocumentSummary | null;
  /** Input errors exit 2; internal errors (a bug of ours) exit 1. */
  error: { kind: 'input' | 'internal'; message: string } | null;
}

/** The writer of the run's format. */
export function loadWriter(settings: ParseSettings): Promise<Writer> {
  return FORMATS[settings.format].load(settings.write);
}

/** Parses one input, writing it through `write`; never throws. */
export function parseOne(input: Input, settings: ParseSettings, stdin: (maxBytes: number) => Buffer, write: (s: string) => void, writer: Writer): Outcome {
  let bytes: Buffer;
  try {
    bytes = readInput(input, settings.maxBytes, stdin);
  } catch (e) {
    return { path: input.path, bytes: 0, diagnostics: [], summary: null, error: { kind: 'input', message: (e as Error).message } };
  }
  try {
    const parsed = parseDocument(bytes, { path: input.path });
    const doc = settings.select === null ? parsed : selectBlocks(parsed, settings.select);
    writer(doc, write);
    const { kind, number, title } = doc.metadata;
    return { path: input.path, bytes: bytes.length, diagnostics: doc.diagnostics, summary: { blocks: doc.blocks.length, kind, number, title }, error: null };
  } catch (e) {
    const kind = e instanceof UnreadableInputError || e instanceof InputError ? 'input' : 'internal';
    return { path: input.path, bytes: bytes.length, diagnostics: [], summary: null, error: { kind, message: (e as Error).message } };
  }
}
