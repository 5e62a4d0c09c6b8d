import { expect, it } from 'vitest';
import { makeProgress, progressShown } from '../src/cli/progress.js';

it('draws files, MB/s and ETA after the first second, and clears the line at the end', () => {
  let t = 0;
  let out = '';
  const p = makeProgress(4, 4_000_000, true, (s) => (out += s), () => t);
  p.done(1_000_000);
  expect(out).toBe('');
  t = 2000;
  p.done(1_000_000);
  expect(out).toBe('\r2/4 files, 1.0 MB/s, ETA 2 s   ');
  p.finish();
  expect(out.endsWith('\r\u001b[K')).toBe(true);
});

it('stays silent off a terminal or for one file', () => {
  let out = '';
  for (const p of [makeProgress(10, 1, false, (s) => (out += s), () => 5000), makeProgress(1, 1, true, (s) => (out += s), () => 5000)]) {
    p.done(1);
    p.finish();
  }
  expect(out).toBe('');
});

it('is shown only when standard output goes elsewhere than the terminal', () => {
  expect(progressShown(false, true)).toBe(true);
  expect(progressShown(true, true)).toBe(false);
  expect(progressShown(false, false)).toBe(false);
});
