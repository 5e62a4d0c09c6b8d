// Reading an input's bytes: each file's own bytes whatever its size or kind, and one plain
// sentence for each way a read can fail.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, readInput } from '../src/cli/read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'ctoc-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const noStdin = () => Buffer.alloc(0);
const file = (name: string, bytes: Buffer) => {
  writeFileSync(join(dir, name), bytes);
  return { kind: 'file' as const, path: join(dir, name) };
};
const bytesOf = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251));

describe('the bytes of a file', () => {
  it.each([
    ['an empty file', 0],
    ['a small file', 100],
    ['a file of a power of two (the shared buffer grows past it)', 1 << 16],
    ['a file just over a power of two', (1 << 17) + 1],
    ['a file just under the largest the shared buffer takes', (8 << 20) - 1],
    ['a file too large for the shared buffer', (8 << 20) + 7],
  ])('%s', (_, size) => {
    const bytes = bytesOf(size, size % 7);
    expect(Buffer.compare(readInput(file(`f${size}`, bytes), 1 << 30, noStdin), bytes)).toBe(0);
  });

  it('one read after another gives each file its own bytes, a short file after a long one included', () => {
    const long = file('long', bytesOf(300_000, 1));
    const short = file('short', bytesOf(10, 2));
    expect(readInput(long, 1 << 30, noStdin).length).toBe(300_000);
    expect(Buffer.compare(readInput(short, 1 << 30, noStdin), bytesOf(10, 2))).toBe(0);
    expect(Buffer.compare(readInput(long, 1 << 30, noStdin), bytesOf(300_000, 1))).toBe(0);
  });

  it('reads a named pipe to its end, though it reports no size', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const bytes = bytesOf(200_000, 3);
    // The writer reads a file, not our stdin pipe: this thread blocks in the read.
    const source = file('fifo-source', bytes).path;
    const writer = spawn('sh', ['-c', `cat '${source}' > '${fifo}'`]);
    expect(Buffer.compare(readInput({ kind: 'file', path: fifo }, 1 << 30, noStdin), bytes)).toBe(0);
    await new Promise((resolve) => writer.on('close', resolve));
  });

  it('reads standard input through the function it is given', () => {
    expect(readInput({ kind: 'stdin', path: '-' }, 10, () => Buffer.from('abc')).toString()).toBe('abc');
  });
});

describe('a file that cannot be read', () => {
  mkdirSync(join(dir, 'folder'));
  it.each([
    ['a missing file', { kind: 'file' as const, path: join(dir, 'nothing') }, 'no such file'],
    ['a directory', { kind: 'file' as const, path: join(dir, 'folder') }, 'is a directory, not a file'],
    ['a pattern that matched nothing', { kind: 'missing' as const, path: '*.txt', reason: 'no file matches this pattern' }, 'no file matches this pattern'],
  ])('%s', (_, input, message) => {
    expect(() => readInput(input, 1 << 30, noStdin)).toThrow(new InputError(message));
  });

  it('a file larger than --max-bytes', () => {
    const big = file('big', bytesOf(101, 0));
    expect(() => readInput(big, 100, noStdin)).toThrow('larger than --max-bytes (101 > 100 bytes)');
  });
});
