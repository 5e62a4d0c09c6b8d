// How many threads a run takes without --jobs: its inputs' size decides.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultJobs, inputBytes, SMALL_RUN_BYTES, type Input } from '../src/cli/inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'ctoc-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: number): Input => {
  writeFileSync(join(dir, name), Buffer.alloc(bytes, 0x61));
  return { kind: 'file', path: join(dir, name) };
};
const quarter = file('quarter', SMALL_RUN_BYTES / 4);
const half = file('half', SMALL_RUN_BYTES / 2);
const missing: Input = { kind: 'file', path: join(dir, 'nothing') };
const stdin: Input = { kind: 'stdin', path: '-' };

describe('the size of a run', () => {
  it.each([
    ['no input', [], 0],
    ['files', [quarter, half], (SMALL_RUN_BYTES * 3) / 4],
    ['a missing file counts nothing (it is reported when read)', [missing, quarter], SMALL_RUN_BYTES / 4],
    ['standard input counts nothing (it is read later)', [stdin, half], SMALL_RUN_BYTES / 2],
  ])('%s', (_, inputs, bytes) => {
    expect(inputBytes(inputs as Input[])).toBe(bytes);
  });

  it('stops counting once it has enough', () => {
    expect(inputBytes([half, half, missing, half], SMALL_RUN_BYTES)).toBe(SMALL_RUN_BYTES);
  });
});

describe('threads without --jobs, on 2 cores', () => {
  it.each([
    ['one input, however large', [file('big', SMALL_RUN_BYTES * 2)], 1],
    ['several inputs under 1 MB in all', [quarter, half], 1],
    ['several inputs of 1 MB in all', [half, half], 2],
    ['several inputs of more', [half, half, half], 2],
  ])('%s', (_, inputs, jobs) => {
    expect(defaultJobs(inputs as Input[], 2)).toBe(jobs);
  });
});
