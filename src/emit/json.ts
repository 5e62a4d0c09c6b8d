// Stage 9, emit: the document model → JSON text, written in pieces (one block at a
// time) so that an archive-sized document never needs its whole JSON in memory. Key order
// is the order the model is built in, so the same input always gives the same bytes; the
// text is exactly what JSON.stringify(doc, null, 2 or 0) would give.
import type { ParsedDocument } from '../types.js';

function indent(json: string, by: string): string {
  return json.replace(/\n/g, `\n${by}`);
}

export function* jsonChunks(doc: ParsedDocument, pretty: boolean): Generator<string> {
  const keys = Object.keys(doc) as Array<keyof ParsedDocument>;
  const nl = pretty ? '\n' : '';
  const pad = pretty ? '  ' : '';
  const colon = pretty ? ': ' : ':';
  yield `{${nl}`;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = doc[key];
    const comma = k < keys.length - 1 ? ',' : '';
    yield `${pad}${JSON.stringify(key)}${colon}`;
    if (Array.isArray(value) && value.length > 0) {
      yield `[${nl}`;
      for (let i = 0; i < value.length; i++) {
        const item = pretty ? indent(JSON.stringify(value[i], null, 2), '    ') : JSON.stringify(value[i]);
        yield `${pad}${pad}${item}${i < value.length - 1 ? ',' : ''}${nl}`;
      }
      yield `${pad}]${comma}${nl}`;
    } else {
      const json = pretty ? indent(JSON.stringify(value, null, 2), pad) : JSON.stringify(value);
      yield `${json}${comma}${nl}`;
    }
  }
  yield '}';
}

export function toJson(doc: ParsedDocument, pretty: boolean): string {
  let out = '';
  for (const chunk of jsonChunks(doc, pretty)) out += chunk;
  return out;
}

/** Writes the document in chunks of about `size` characters. */
export function writeJson(doc: ParsedDocument, pretty: boolean, write: (s: string) => void, size = 1 << 16): void {
  let buffer = '';
  for (const chunk of jsonChunks(doc, pretty)) {
    buffer += chunk;
    if (buffer.length >= size) {
      write(buffer);
      buffer = '';
    }
  }
  write(`${buffer}\n`);
}

/** `--references`: one compact JSON line per reference, naming the file and the citing part. */
export function referenceLines(doc: ParsedDocument): string {
  let out = '';
  for (const part of [...doc.blocks, ...doc.footnotes]) {
    for (const r of part.references ?? []) out += `${JSON.stringify({ file: doc.source.path, block: part.id, ...r })}\n`;
  }
  return out;
}
