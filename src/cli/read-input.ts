// Reads one input's bytes, turning every way it can fail into one plain sentence.
import { readFileSync, statSync } from 'node:fs';
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

export function readInput(input: Input, maxBytes: number, stdin: () => Buffer): Buffer {
  if (input.kind === 'missing') throw new InputError(input.reason);
  if (input.kind === 'stdin') return stdin();
  try {
    const stat = statSync(input.path);
    if (stat.isDirectory()) throw new InputError(REASONS.EISDIR);
    if (stat.size > maxBytes) throw new InputError(`larger than --max-bytes (${stat.size} > ${maxBytes} bytes)`);
    return readFileSync(input.path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputError(REASONS[code] ?? `cannot be read (${code || (e as Error).message})`);
  }
}
