// Runs the built binary, as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedDocument } from '../../src/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'ctoc-parse.js');
/** The seed the CLI tests run on most. */
export const SEED = 'fixtures/003_c328bc31ea94c91f.txt';
export const seedText = readFileSync(join(ROOT, SEED), 'utf8');
/** Compact JSON output, one document a line. */
export const ndjson = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as ParsedDocument);
/** A fresh temporary folder. */
export const tmp = () => mkdtempSync(join(tmpdir(), 'ctoc-'));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { input?: Buffer | string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Windows-1256 encoder built from the platform's decoder (no extra dependency). */
export function encodeWindows1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`not in Windows-1256: U+${ch.codePointAt(0)!.toString(16)}`);
    out.push(b);
  }
  return Buffer.from(out);
}
