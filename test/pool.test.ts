// The worker pool, driven directly (the built dist/cli/pool.js, whose workers are
// dist/cli/worker.js): results in input order, and every worker output handed back.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input } from '../src/cli/inputs.js';
import type { OutputChunk } from '../src/cli/main.js';
import type { Outcome, ParseSettings } from '../src/cli/parse-one.js';
import { ROOT } from './helpers/cli.js';

const { parseInPool, startWorkers } = (await import(join(ROOT, 'dist', 'cli', 'pool.js'))) as typeof import('../src/cli/pool.js');
const { loadWriter, parseOne } = (await import(join(ROOT, 'dist', 'cli', 'parse-one.js'))) as typeof import('../src/cli/parse-one.js');

const settings: ParseSettings = { maxBytes: 1 << 30, pretty: false, format: 'json', references: false };
const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'fixtures', f));
const inputs: Input[] = Array.from({ length: 30 }, (_, i) => ({ kind: 'file', path: fixtures[(i * 3) % fixtures.length] }));
const text = (chunk: OutputChunk) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));

describe('the pool', () => {
  it('writes what one thread writes, in input order, and hands every worker output back once written', async () => {
    let pooled = '';
    const releases: Array<() => void> = [];
    const outcomes: Outcome[] = [];
    await parseInPool(inputs, 2, settings, () => Buffer.alloc(0), (chunk, release) => {
      pooled += text(chunk);
      if (!release) return;
      releases.push(release);
      release(); // written: the bytes go back to their worker, and are gone from here
      expect(chunk).toHaveProperty('byteLength', 0);
    }, (o) => outcomes.push(o));

    let single = '';
    const writer = await loadWriter(settings);
    for (const input of inputs) parseOne(input, settings, () => Buffer.alloc(0), (s) => (single += s), writer);

    expect(pooled).toBe(single);
    expect(outcomes.map((o) => o.path)).toEqual(inputs.map((i) => i.path));
    expect(releases).toHaveLength(inputs.length);
  });

  it('a task whose worker fails is parsed by this thread in its turn, and a new worker takes over', async () => {
    const failing = [...inputs.slice(0, 10), { kind: 'file', path: join(ROOT, 'fixtures', 'FAIL.txt') } as Input, ...inputs.slice(10, 20)];
    let pooled = '';
    const outcomes: Outcome[] = [];
    const started = startWorkers(2, new URL('./helpers/failing-worker.mjs', import.meta.url));
    await parseInPool(failing, 2, settings, () => Buffer.alloc(0), (chunk, release) => {
      pooled += text(chunk);
      release?.();
    }, (o) => outcomes.push(o), started);

    let single = '';
    const writer = await loadWriter(settings);
    for (const input of failing) parseOne(input, settings, () => Buffer.alloc(0), (s) => (single += s), writer);
    expect(pooled).toBe(single);
    expect(outcomes.map((o) => o.path)).toEqual(failing.map((i) => i.path));
    // FAIL.txt does not exist: this thread reports that, as a worker would have.
    expect(outcomes[10].error?.kind).toBe('input');
  });

  it('a started worker that failed before the run took it over is replaced', async () => {
    process.env.CTOC_TEST_MARKER = join(mkdtempSync(join(tmpdir(), 'ctoc-pool-')), 'failed');
    const started = startWorkers(2, new URL('./helpers/boot-failing-worker.mjs', import.meta.url));
    while (started.failed.size === 0) await new Promise((r) => setTimeout(r, 10));
    let pooled = '';
    await parseInPool(inputs, 2, settings, () => Buffer.alloc(0), (chunk, release) => {
      pooled += text(chunk);
      release?.();
    }, () => {}, started);

    let single = '';
    const writer = await loadWriter(settings);
    for (const input of inputs) parseOne(input, settings, () => Buffer.alloc(0), (s) => (single += s), writer);
    expect(started.failed.size).toBe(1);
    expect(pooled).toBe(single);
  });
});
