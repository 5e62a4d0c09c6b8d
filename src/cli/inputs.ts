// Command-line inputs → a list of things to read, in order: files, globs (expanded here,
// so quoting works the same on every shell, each glob's matches sorted) and `-` for stdin.

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
