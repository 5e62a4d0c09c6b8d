// Command-line inputs → a list of things to read, in order: files, globs (expanded here,
// so quoting works the same on every shell, each glob's matches sorted) and `-` for stdin;
// and how many threads a run takes when --jobs is not given.
import { statSync } from 'node:fs';

export type Input = { kind: 'file'; path: string } | { kind: 'stdin'; path: '-' } | { kind: 'missing'; path: string; reason: string };

const GLOB_CHARS = /[*?[\]{}]/;

/** Whether the arguments may name several inputs: several arguments, or a pattern. */
export function mayNameSeveral(args: string[]): boolean {
  return args.length > 1 || args.some((arg) => GLOB_CHARS.test(arg));
}

export async function expandInputs(args: string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin', path: '-' });
    } else if (GLOB_CHARS.test(arg)) {
      // Loaded only for a pattern: a run on plain file names starts faster without it.
      const { default: fg } = await import('fast-glob');
      const matches = fg.sync(arg, { onlyFiles: true, dot: false, followSymbolicLinks: true }).sort();
      if (matches.length === 0) out.push({ kind: 'missing', path: arg, reason: 'no file matches this pattern' });
      for (const path of matches) out.push({ kind: 'file', path });
    } else {
      out.push({ kind: 'file', path: arg });
    }
  }
  return out;
}

/**
 * The inputs' size in bytes (files only: standard input is read later), counting no
 * further than `enough` when given, so that a large run is not stat'ed through for it.
 */
export function inputBytes(inputs: Input[], enough = Infinity): number {
  let total = 0;
  for (let i = 0; i < inputs.length && total < enough; i++) {
    const input = inputs[i];
    try {
      if (input.kind === 'file') total += statSync(input.path).size;
    } catch {
      // reported when the file is read
    }
  }
  return total;
}

/** Under this much input in all, starting workers costs a run more than they save. */
export const SMALL_RUN_BYTES = 1 << 20;

/**
 * Threads for a run without --jobs: one per core, or this thread alone for one input or
 * a small run (where two workers were measured slower than one thread: README, Performance).
 */
export function defaultJobs(inputs: Input[], cores: number): number {
  return inputs.length > 1 && inputBytes(inputs, SMALL_RUN_BYTES) >= SMALL_RUN_BYTES ? cores : 1;
}
