// Standard output as a writer the run can pace (see pacedWriter in main.ts), and the
// terminal check that decides on colour and progress.
import { isatty } from 'node:tty';

/** Whether the descriptor is a terminal. */
export function isTerminal(fd: number): boolean {
  return isatty(fd);
}

export type OutputChunk = string | Uint8Array;
/** Writes a chunk; calls `written`, when given, once the chunk is written (never synchronously). */
export type OutputWriter = (chunk: OutputChunk, written?: () => void) => void;

/** Standard output. `onError` gets any failure to write (a closed pipe, a full disk). */
export function stdoutWriter(onError: (e: NodeJS.ErrnoException) => void): OutputWriter {
  process.stdout.on('error', onError);
  return (chunk, written) => process.stdout.write(chunk, written && (() => written()));
}
