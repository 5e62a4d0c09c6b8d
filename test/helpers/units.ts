// The markdown stage's shortcut against remark-parse, chunk by chunk.
import { expect } from 'vitest';
import { plainUnits, remarkUnits } from '../../src/markdown/units.js';
import { chunkLines } from '../../src/paragraphs/blank-lines.js';
import { LineIndex } from '../../src/read/lines.js';

/**
 * Checks that every chunk of the text which the shortcut (plainUnits) takes gets the units
 * remark-parse gives it, and says how many chunks took the shortcut.
 */
export function expectSameUnits(text: string): number {
  const lines = new LineIndex(text);
  let skipped = 0;
  for (const chunk of chunkLines(lines)) {
    const chunkText = text.slice(chunk.start, chunk.end);
    const fast = plainUnits(chunkText, chunk);
    if (fast === null) continue;
    skipped++;
    expect(fast, chunkText).toEqual(remarkUnits(chunkText, chunk));
  }
  return skipped;
}
