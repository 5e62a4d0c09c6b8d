// One input → its JSON and diagnostics, or the one-line reason it could not be read. The
// same function runs in the main thread (one input, --jobs 1) and in pool workers.
import { referenceLines, writeJson } from '../emit/json.js';
import { parseDocument, UnreadableInputError } from '../index.js';
import type { Diagnostic, ParsedDocument } from '../types.js';
import type { Input } from './inputs.js';
import { InputError, readInput } from './read-input.js';

export type OutputFormat = 'json' | 'akn';

export interface ParseSettings {
  maxBytes: number;
  pretty: boolean;
  format: OutputFormat;
  /** Print one line per reference instead of the document. */
  references: boolean;
}

export interface Outcome {
  path: string;
  /** Size of the input, for throughput; 0 when it could not be read. */
  bytes: number;
  diagnostics: Diagnostic[];
  /** Input errors exit 2; internal errors (a bug of ours) exit 1. */
  error: { kind: 'input' | 'internal'; message: string } | null;
}

/** Writes a parsed document in the chosen form. */
export type Writer = (doc: ParsedDocument, write: (s: string) => void) => void;

/** The writer for the settings; the XML serializer is loaded only when XML is asked for. */
export async function loadWriter(settings: ParseSettings): Promise<Writer> {
  if (settings.references) return (doc, write) => write(referenceLines(doc));
  if (settings.format === 'akn') {
    const { toAkn } = await import('../emit/akn.js');
    return (doc, write) => write(toAkn(doc));
  }
  return (doc, write) => writeJson(doc, settings.pretty, write);
}

/** Parses one input, writing it through `write`; never throws. */
export function parseOne(input: Input, settings: ParseSettings, stdin: (maxBytes: number) => Buffer, write: (s: string) => void, writer: Writer): Outcome {
  let bytes: Buffer;
  try {
    bytes = readInput(input, settings.maxBytes, stdin);
  } catch (e) {
    return { path: input.path, bytes: 0, diagnostics: [], error: { kind: 'input', message: (e as Error).message } };
  }
  try {
    const doc = parseDocument(bytes, { path: input.path });
    writer(doc, write);
    return { path: input.path, bytes: bytes.length, diagnostics: doc.diagnostics, error: null };
  } catch (e) {
    const kind = e instanceof UnreadableInputError || e instanceof InputError ? 'input' : 'internal';
    return { path: input.path, bytes: bytes.length, diagnostics: [], error: { kind, message: (e as Error).message } };
  }
}
