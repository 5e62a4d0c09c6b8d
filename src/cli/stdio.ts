// Standard output and the terminal check, without Node's stream objects where they are not
// needed. process.stdout, process.stderr and node:tty load Node's net and stream modules,
// about 3 ms of the 40 ms that a one-file run adds to a bare `node -e ''`. Output to a file
// or to the null device is written with plain synchronous writes, which is what Node's
// stream does for those anyway; pipes and terminals still get process.stdout.
import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';

function statsOf(fd: number): Stats | null {
  try {
    return fstatSync(fd);
  } catch {
    return null; // closed, or not something fstat can describe: let Node's stream decide
  }
}

let nullDeviceId: number | null | undefined;

/** Whether the stats are those of the null device (/dev/null), a character device that is no terminal. */
function isNullDevice(stats: Stats): boolean {
  if (nullDeviceId === undefined) {
    try {
      nullDeviceId = statSync('/dev/null').rdev;
    } catch {
      nullDeviceId = null; // no /dev/null (Windows): every character device asks node:tty
    }
  }
  return stats.isCharacterDevice() && stats.rdev === nullDeviceId;
}

/**
 * Whether the descriptor is a terminal. Files, pipes and the null device are told apart by
 * fstat; only another character device needs node:tty to answer.
 */
export function isTerminal(fd: number): boolean {
  const stats = statsOf(fd);
  if (stats !== null && (!stats.isCharacterDevice() || isNullDevice(stats))) return false;
  return process.getBuiltinModule('node:tty').isatty(fd);
}

export type OutputChunk = string | Uint8Array;
/** Writes a chunk; calls `written`, when given, once the chunk is written (never synchronously). */
export type OutputWriter = (chunk: OutputChunk, written?: () => void) => void;

/** Writes the whole chunk to a file or device with synchronous writes. */
function writeFully(fd: number, chunk: OutputChunk): void {
  let done = typeof chunk === 'string' ? writeSync(fd, chunk) : writeSync(fd, chunk);
  // A file or the null device takes every byte unless the disk is full, which the next
  // write reports; the loop is for the rare short write in between.
  const bytes = typeof chunk === 'string' ? null : chunk;
  const total = bytes === null ? Buffer.byteLength(chunk as string) : bytes.length;
  if (done === total) return;
  const rest = bytes ?? Buffer.from(chunk as string);
  while (done < total) done += writeSync(fd, rest, done, total - done);
}

/**
 * Standard output: direct writes to a file or the null device, process.stdout otherwise.
 * `onError` gets any failure to write (a closed pipe, a full disk).
 */
export function stdoutWriter(onError: (e: NodeJS.ErrnoException) => void): OutputWriter {
  const stats = statsOf(1);
  if (stats !== null && (stats.isFile() || isNullDevice(stats))) {
    return (chunk, written) => {
      try {
        writeFully(1, chunk);
      } catch (e) {
        onError(e as NodeJS.ErrnoException);
      }
      if (written) process.nextTick(written);
    };
  }
  process.stdout.on('error', onError);
  return (chunk, written) => process.stdout.write(chunk, written && (() => written()));
}
