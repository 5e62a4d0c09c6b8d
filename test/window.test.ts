// The in-order window of a pooled run (src/cli/window.ts), without threads.
import { describe, expect, it } from 'vitest';
import { InOrderWindow } from '../src/cli/window.js';

const LIMITS = { documents: 3, bytes: 100, minimum: 2, largest: 50 };
const windowOf = (sizes: number[], limits = LIMITS) => new InOrderWindow<string>(sizes.length, (i) => sizes[i], limits);
const takeAll = (w: InOrderWindow<string>) => {
  const out: number[] = [];
  for (let i = w.take(); i !== undefined; i = w.take()) out.push(i);
  return out;
};

describe('the in-order window', () => {
  it('hands out no more than its documents ahead, and results come out in input order', () => {
    const w = windowOf([1, 1, 1, 1, 1]);
    expect(takeAll(w)).toEqual([0, 1, 2]);
    w.finish(2, 'c');
    w.finish(1, 'b');
    expect(w.peek()).toBeNull(); // 0 is still out
    w.finish(0, 'a');
    const written: string[] = [];
    for (let t = w.peek(); t !== null; t = w.peek()) {
      written.push(t.result!);
      w.advance();
    }
    expect(written).toEqual(['a', 'b', 'c']);
    expect(takeAll(w)).toEqual([3, 4]);
    expect(w.complete).toBe(false);
  });

  it('stops at its bytes ahead, but always lets a document per worker go', () => {
    const w = windowOf([40, 40, 40, 40], { ...LIMITS, bytes: 60, documents: 10 });
    expect(takeAll(w)).toEqual([0, 1]); // 80 bytes ahead: over 60, but two workers need one each
  });

  it('keeps a document too large for a worker for this thread, in its turn', () => {
    const w = windowOf([1, 80, 1]);
    expect(takeAll(w)).toEqual([0, 2]);
    expect(w.parsesHere).toBe(true);
    w.finish(0, 'a');
    w.finish(2, 'c');
    expect(w.peek()).toEqual({ index: 0, result: 'a' });
    w.advance();
    expect(w.peek()).toEqual({ index: 1, result: null });
    w.advance();
    expect(w.peek()).toEqual({ index: 2, result: 'c' });
    w.advance();
    expect(w.complete).toBe(true);
    expect(w.parsesHere).toBe(false);
  });

  it("a failed worker's documents come back to this thread, and free their bytes", () => {
    const w = windowOf([50, 50, 50], { ...LIMITS, bytes: 100, minimum: 1 });
    expect(takeAll(w)).toEqual([0, 1]);
    w.handBack([0, 1]);
    expect(takeAll(w)).toEqual([2]);
    expect(w.peek()).toEqual({ index: 0, result: null });
  });
});
