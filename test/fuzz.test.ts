// A fuzz target for the CLI: random and mutated bytes (invalid UTF-8, NULs, fixture
// fragments) through main(). Every run must end with status 0, 1 or 2, print only valid
// JSON and no stack trace, and cover every line. The inputs come from a fixed seed, so a
// run is the same every time: FUZZ_SEED=<n> FUZZ_RUNS=<n> npm test picks others (the seed
// of a failing run is in its message). An input that breaks the rules is written to the
// system's temporary folder, never into the source tree; copied into test/fuzz-crashes/,
// it is replayed by every run from then on.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { ParsedDocument } from '../src/types.js';
import { decode } from '../src/read/decode.js';
import { expectInvariants } from './helpers/invariants.js';

const crashes = join(import.meta.dirname, 'fuzz-crashes');
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const seeds = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixtures, f)));
const work = mkdtempSync(join(tmpdir(), 'ctoc-fuzz-'));
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 150);

async function runCli(bytes: Uint8Array): Promise<void> {
  const file = join(work, 'input.txt');
  writeFileSync(file, bytes);
  let stdout = '';
  let stderr = '';
  const status = await main(['node', 'ctoc-parse', '-q', '-j', '1', file], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: () => Buffer.alloc(0),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
  });
  expect([0, 1, 2]).toContain(status);
  expect(stderr).not.toMatch(/\n\s+at |internal error/);
  if (status === 2) {
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error .*: binary file/);
    return;
  }
  const doc = JSON.parse(stdout) as ParsedDocument;
  expectInvariants(doc, decode(bytes).text);
}

/** A deterministic stream of random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(rand: () => number): Uint8Array {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const seed = pick(seeds);
  const start = Math.floor(rand() * seed.length);
  const bytes = Buffer.from(seed.subarray(start, start + Math.floor(rand() * 4000)));
  const kind = Math.floor(rand() * 5);
  if (kind === 0) return Uint8Array.from({ length: Math.floor(rand() * 600) }, () => Math.floor(rand() * 256));
  for (let i = 0; i < 1 + rand() * 20; i++) {
    const at = Math.floor(rand() * bytes.length);
    if (kind === 1) bytes[at] ^= 1 << Math.floor(rand() * 8); // bit flips: invalid UTF-8
    if (kind === 2) bytes[at] = pick([0x00, 0x0a, 0x0d, 0x2a, 0x2d, 0x5b, 0x28, 0xd9, 0xa0, 0x80, 0xff]);
  }
  if (kind === 3) return Buffer.concat([bytes, Buffer.from(pick(['\u00a0', '⁽¹⁾', '\n\n(1) ', '**', '[[[[', '- ', '\r', '‘1‘ ']).repeat(50))]);
  return bytes;
}

describe('fuzzing the CLI', () => {
  it.each(readdirSync(crashes).filter((f) => !f.startsWith('.')))('replays stored input %s', async (name) => {
    await runCli(readFileSync(join(crashes, name)));
  });

  it(`survives ${FUZZ_RUNS} random and mutated inputs from seed ${FUZZ_SEED}`, async () => {
    const rand = random(FUZZ_SEED);
    for (let run = 0; run < FUZZ_RUNS; run++) {
      const bytes = mutate(rand);
      try {
        await runCli(bytes);
      } catch (e) {
        const file = join(work, `${createHash('sha1').update(bytes).digest('hex').slice(0, 12)}.bin`);
        writeFileSync(file, bytes);
        throw new Error(`FUZZ_SEED=${FUZZ_SEED}, run ${run + 1}: the input is in ${file} (copy it into test/fuzz-crashes/ to keep it): ${(e as Error).message}`);
      }
    }
  }, 120_000);
});
