// What the views share: a block's depth in the tree, line ranges as text, and the CSV
// columns (the format table writes their header row without loading the CSV writer).
import type { Block, LineRanges } from '../types.js';

/** Each block's depth: 1 for a block without a parent, one more for each ancestor. */
export function depths(blocks: Block[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of blocks) out.set(b.id, b.parent === null ? 1 : (out.get(b.parent) ?? 0) + 1);
  return out;
}

/** `[[12, 14], [16, 16]]` → `12-14 16`. */
export const linesText = (lines: LineRanges) => lines.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(' ');

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['file', 'id', 'type', 'label', 'number', 'parent', 'lines', 'text'] as const;
/** The header row each CSV stream starts with. */
export const CSV_HEAD = `${CSV_COLUMNS.join(',')}\r\n`;
