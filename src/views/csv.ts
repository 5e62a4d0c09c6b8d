// --format csv: one row per block, quoted as RFC 4180 says (by csv-stringify), for
// spreadsheets. Lines are `12-14` (a block cut by a page break: `12-14 16`).
import { stringify } from 'csv-stringify/sync';
import type { ParsedDocument } from '../types.js';
import { linesText } from './common.js';

/** The document's rows (in CSV_COLUMNS' order), without the header. */
export function csvRows(doc: ParsedDocument): string {
  if (doc.blocks.length === 0) return '';
  const rows = doc.blocks.map((b) => [doc.source.path, b.id, b.type, b.label ?? '', b.number ?? '', b.parent ?? '', linesText(b.lines), b.text]);
  return stringify(rows, { header: false, record_delimiter: 'windows' });
}
