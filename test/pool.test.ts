// The worker pool, driven directly (the built dist/cli/pool.js, whose workers are
// dist/cli/worker.js): results in input order, and every worker output handed back.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../src/cli/inputs.js';
import type { OutputChunk } from '../src/cli/main.js';
import type { Outcome, ParseSettings } from '../src/cli/parse-one.js';
import { ROOT } from './helpers/cli.js';

const { parseInPool, startWorkers } = (await import(join(ROOT, 'dist', 'cli', 'pool.js'))) as typeof import('../src/cli/pool.js');
const { loadWriter, parseOne } = (await import(join(ROOT, 'dist', 'cli', 'parse-one.js'))) as typeof import('../src/cli/parse-one.js');

const settings: ParseSettings = { maxBytes: 1 << 30, format: 'json', write: { pretty: false, colour: false, depth: null, several: true }, select: null };
const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'fixtures', f));
const inputs: Input[] = Array.from({ length: 30 }, (_, i) => ({ kind: 'file', path: fixtures[(i * 3) % fixtures.length] }));
const text = (chunk: OutputChunk) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));

describe('the pool', () => {
  it('writes what one thread writes, in input order, and hands every worker output back once written', async () => {
    let pooled = '';
    const written: OutputChunk[] = [];
    const outcomes: Outcome[] = [];
    await parseInPool(inputs, 2, settings, () => Buffer.alloc(0), (chunk, release) => {
      pooled += text(chunk);
      if (!release) return;
      written.push(chunk);
      release(); // written: once a batch's documents all are, its bytes go back to their worker
    }, (o) => outcomes.push(o));

    let single = '';
    const writer = await loadWriter(settings);
    for (const input of inputs) parseOne(input, settings, () => Buffer.alloc(0), (s) => (single += s), writer);

    expect(pooled).toBe(single);
    expect(outcomes.map((o) => o.path)).toEqual(inputs.map((i) => i.path));
    expect(written).toHaveLength(inputs.length);
    // Every output went back to its worker, and is gone from here.
    expect(written.map((chunk) => (chunk as Uint8Array).byteLength)).toEqual(inputs.map(() => 0));
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

  describe('what the workers send', () => {
    // Counts the batches and documents the workers send, as the pool receives them.
    const emit = Worker.prototype.emit;
    let batches = 0;
    let documents = 0;
    afterEach(() => {
      Worker.prototype.emit = emit;
    });
    const count = () => {
      batches = documents = 0;
      Worker.prototype.emit = function (this: Worker, event: string | symbol, ...args: unknown[]) {
        if (event === 'message') {
          batches++;
          documents += (args[0] as { done: unknown[] }).done.length;
        }
        return emit.call(this, event, ...args);
      };
    };

    it('results come a few documents at a time, not one message each', async () => {
      count();
      await parseInPool(inputs, 2, settings, () => Buffer.alloc(0), (_, release) => release?.(), () => {});
      expect(documents).toBe(inputs.length);
      expect(batches).toBeLessThanOrEqual(inputs.length / 2);
    });

    it('long documents are parsed by the workers too, and the output is what one thread writes', async () => {
      // A report of about 0.5 MB, the fixtures joined: twice the size once kept off the workers.
      const dir = mkdtempSync(join(tmpdir(), 'ctoc-pool-'));
      const long = join(dir, 'long.txt');
      writeFileSync(long, Array.from({ length: 4 }, () => fixtures.map((f) => readFileSync(f, 'utf8')).join('\n\n')).join('\n\n'));
      const mixed: Input[] = inputs.flatMap((input, i) => (i % 10 === 0 ? [{ kind: 'file', path: long }, input] : [input]));
      count();
      let pooled = '';
      await parseInPool(mixed, 2, settings, () => Buffer.alloc(0), (chunk, release) => {
        pooled += text(chunk);
        release?.();
      }, () => {});
      expect(documents).toBe(mixed.length);

      let single = '';
      const writer = await loadWriter(settings);
      for (const input of mixed) parseOne(input, settings, () => Buffer.alloc(0), (s) => (single += s), writer);
      expect(pooled).toBe(single);
    });
  });
});
