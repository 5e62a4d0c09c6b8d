// One input → its output and diagnostics, or the one-line reason it could not be read. The
// same function runs in the main thread (one input, --jobs 1) and in pool workers.
import { FORMATS, type FormatName, type Writer, type WriteOptions } from '../emit/formats.js';
import { isPdf, parsePdfWithText, parseWithText, UnreadableInputError, type ParsedWithText } from '../index.js';
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

/**
 * Parses one input, writing it through `write`; never throws. Text is parsed at once; a
 * PDF (told by its header, whatever its name) is read by pdf.js, which works
 * asynchronously: its outcome comes as a promise.
 */
export function parseOne(input: Input, settings: ParseSettings, stdin: (maxBytes: number) => Buffer, write: (s: string) => void, writer: Writer): Outcome | Promise<Outcome> {
  let bytes: Buffer;
  try {
    bytes = readInput(input, settings.maxBytes, stdin);
  } catch (e) {
    return { path: input.path, bytes: 0, diagnostics: [], summary: null, error: { kind: 'input', message: (e as Error).message } };
  }
  if (isPdf(bytes)) {
    // A copy: the input buffer is reused by the next read, and pdf.js reads later.
    const pdf = Uint8Array.from(bytes);
    return parsePdfWithText(pdf, { path: input.path }).then(
      (parsed) => written(input.path, pdf.length, parsed, settings, write, writer),
      (e) => failed(input.path, pdf.length, e),
    );
  }
  try {
    return written(input.path, bytes.length, parseWithText(bytes, { path: input.path }), settings, write, writer);
  } catch (e) {
    return failed(input.path, bytes.length, e);
  }
}

/** A parsed document through the run's writer (only the selected blocks with --select), and its outcome. */
function written(path: string, size: number, { doc: parsed, text }: ParsedWithText, settings: ParseSettings, write: (s: string) => void, writer: Writer): Outcome {
  const doc = settings.select === null ? parsed : selectBlocks(parsed, settings.select);
  writer(doc, write, text);
  const { kind, number, title } = doc.metadata;
  return { path, bytes: size, diagnostics: doc.diagnostics, summary: { blocks: doc.blocks.length, kind, number, title }, error: null };
}

function failed(path: string, size: number, e: unknown): Outcome {
  const kind = e instanceof UnreadableInputError || e instanceof InputError ? 'input' : 'internal';
  return { path, bytes: size, diagnostics: [], summary: null, error: { kind, message: (e as Error).message } };
}
