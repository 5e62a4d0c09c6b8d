// Reads one input's bytes, turning every way it can fail into one plain sentence.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Input } from './inputs.js';

export class InputError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

/** Files are read into one buffer kept for the run, grown to fit files up to this size. */
const SCRATCH_MAX = 8 << 20;
let scratch = Buffer.alloc(0);

/**
 * The input's bytes. A file up to SCRATCH_MAX is read into a buffer shared by every call,
 * so the bytes are valid only until the next call: the caller decodes them and lets them
 * go. Reading into memory already in use, rather than a fresh buffer per file, spares the
 * page faults of new memory, which in a pool contend with the other threads' garbage
 * collection for the process's memory map.
 */
export function readInput(input: Input, maxBytes: number, stdin: (maxBytes: number) => Buffer): Buffer {
  if (input.kind === 'missing') throw new InputError(input.reason);
  if (input.kind === 'stdin') return stdin(maxBytes);
  let fd = -1;
  try {
    fd = openSync(input.path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(REASONS.EISDIR);
    if (stat.size > maxBytes) throw new InputError(`larger than --max-bytes (${stat.size} > ${maxBytes} bytes)`);
    // Pipes and special files report no size (or a wrong one): read them to the end.
    if (!stat.isFile() || stat.size >= SCRATCH_MAX) return readFileSync(fd);
    // One byte more than the file, to see that it has not grown since fstat.
    if (scratch.length <= stat.size) scratch = Buffer.allocUnsafeSlow(Math.max(1 << 16, 2 ** Math.ceil(Math.log2(stat.size + 1))));
    let length = 0;
    for (let n; length < scratch.length && (n = readSync(fd, scratch, length, scratch.length - length, null)) > 0; ) length += n;
    // A file that grew past the buffer since fstat is read whole after all.
    if (length === scratch.length) return Buffer.concat([scratch, readFileSync(fd)]);
    return scratch.subarray(0, length);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputError(REASONS[code] ?? `cannot be read (${code || (e as Error).message})`);
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

const STDIN_PIECE = 1 << 20;

/**
 * Standard input, read a piece at a time: refused past `maxBytes` as a file is, rather
 * than read whole first (300 MB ran out of memory before any check could see its size).
 */
export function readStdin(maxBytes: number, fd = 0): Buffer {
  const pieces: Buffer[] = [];
  let total = 0;
  for (;;) {
    const piece = Buffer.allocUnsafe(STDIN_PIECE);
    let n: number;
    try {
      n = readSync(fd, piece, 0, STDIN_PIECE, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue; // a non-blocking pipe with nothing in it yet
      if (code === 'EOF') break;
      throw new InputError(`standard input cannot be read (${code ?? (e as Error).message})`);
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new InputError(`larger than --max-bytes (more than ${maxBytes} bytes)`);
    pieces.push(piece.subarray(0, n));
  }
  return Buffer.concat(pieces, total);
}
