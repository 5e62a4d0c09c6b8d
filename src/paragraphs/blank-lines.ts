// Cuts the text into chunks of consecutive non-blank lines. Chunks are independent for
// markdown (a blank line ends every paragraph), so parsing them one by one keeps the
// markdown parser linear in the document size and hands it only small inputs. In text
// without blank lines the paragraph stage cuts these runs further.
import type { LineIndex } from '../read/lines.js';

export interface Chunk {
  firstLine: number;
  lastLine: number;
  /** Absolute offsets of the chunk in the text, end exclusive (no final \n). */
  start: number;
  end: number;
}

/** A blank line has only white space (any Unicode space) or invisible controls. */
export const BLANK_LINE = /^[\s\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u061C]*$/;

export function isBlankLine(lines: LineIndex, line: number): boolean {
  return BLANK_LINE.test(lines.lineText(line));
}

export function chunkLines(lines: LineIndex): Chunk[] {
  const chunks: Chunk[] = [];
  let first = 0;
  for (let line = 1; line <= lines.count + 1; line++) {
    const blank = line > lines.count || isBlankLine(lines, line);
    if (!blank && first === 0) first = line;
    if (blank && first !== 0) {
      const last = line - 1;
      chunks.push({ firstLine: first, lastLine: last, start: lines.lineSpan(first)[0], end: lines.lineSpan(last)[1] });
      first = 0;
    }
  }
  return chunks;
}
