// Source line ranges and raw text of a block made of pieces.
import type { LineIndex } from '../read/lines.js';
import type { LineRanges } from '../types.js';
import { isBlankLine } from '../paragraphs/blank-lines.js';

type Span = { firstLine: number; lastLine: number };

/**
 * Ranges of the pieces, merged where only blank lines stand between them, except before
 * a piece in `breaks` (the second half of a paragraph cut by a page break keeps its own).
 */
export function rangesOf<T extends Span>(pieces: T[], lines: LineIndex, breaks: Set<T> = new Set()): LineRanges {
  const ranges: LineRanges = [];
  for (const p of pieces) {
    const last = ranges[ranges.length - 1];
    if (last && !breaks.has(p) && onlyBlankBetween(lines, last[1], p.firstLine)) last[1] = Math.max(last[1], p.lastLine);
    else ranges.push([p.firstLine, p.lastLine]);
  }
  return ranges;
}

function onlyBlankBetween(lines: LineIndex, a: number, b: number): boolean {
  for (let l = a + 1; l < b; l++) if (!isBlankLine(lines, l)) return false;
  return b > a;
}

/** The source lines of the ranges, joined with \n: exactly what the file holds there. */
export function rawOf(ranges: LineRanges, lines: LineIndex): string {
  return ranges.map(([a, b]) => lines.sourceLines(a, b)).join('\n');
}
