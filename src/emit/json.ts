// Stage 6, emit: the document model → JSON text. Key order is the order the model is
// built in (source, metadata, blocks, footnotes, artifacts, diagnostics), so the same
// input always gives byte-identical output.
import type { ParsedDocument } from '../types.js';

export function toJson(doc: ParsedDocument, pretty: boolean): string {
  return pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc);
}
