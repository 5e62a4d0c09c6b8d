// --jobs N: parse inputs in N worker threads and write the results in input order as soon
// as each and all before it are done. At most `window` documents are in flight or waiting
// for an earlier one, and each worker's heap is capped, so memory stays flat however many
// files there are. This thread only hands out tasks and writes results: when it parsed a
// share too, V8 grew its (uncapped) young generation to 34 MB, and no flag set at run time
// stops that. Documents too large for a capped worker are parsed here, in their turn; so is
// any task whose worker failed.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs.js';
import type { OutputChunk } from './main.js';
import { loadParser as loadParserPart, type Parser } from './load-parser.js';
import type { Outcome, ParseSettings, Writer } from './parse-one.js';
import type { Done, Release, Task } from './worker.js';

/**
 * A worker's heap: enough for any document up to MAX_WORKER_INPUT, small enough to stay
 * flat. The young generation holds a document's short-lived objects: at 4 MB a worker
 * spent 12% of its time collecting them, at 8 MB 7.5%; 16 MB gained little more and
 * added to peak memory.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };
const MAX_WORKER_INPUT = 256 * 1024;
/** Tasks sent to a worker ahead of its answers, so that it never waits for this thread
 * between two documents (one round trip per document left each worker ~10% idle). */
const TASKS_AHEAD = 4;
/** Writes one chunk of output; `release`, when given, is called once the chunk is written. */
export type Write = (chunk: OutputChunk, release?: () => void) => void;

/** Set at bundle time (scripts/bundle.mjs), where the worker is worker.cjs. */
declare const CTOC_WORKER_FILE: string | undefined;
const WORKER_FILE = typeof CTOC_WORKER_FILE === 'string' ? CTOC_WORKER_FILE : './worker.js';

/** Workers started before a run takes them over, so that they boot (~50 ms each) while the inputs are found. */
export interface StartedWorkers {
  url: URL;
  workers: Worker[];
  /** Those that failed before the run took them over. */
  failed: Set<Worker>;
}

/** Starts `count` workers; tests give a worker script that fails on purpose. */
export function startWorkers(count: number, url = new URL(WORKER_FILE, import.meta.url)): StartedWorkers {
  const failed = new Set<Worker>();
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(url, { resourceLimits: WORKER_LIMITS });
    worker.on('error', () => failed.add(worker));
    return worker;
  });
  return { url, workers, failed };
}

/** Stops workers that a run did not need after all. */
export function stopWorkers(started: StartedWorkers): void {
  for (const worker of started.workers) void worker.terminate();
}

function sizeOf(input: Input, stdin: Uint8Array | null): number {
  if (input.kind === 'stdin') return stdin?.length ?? 0;
  if (input.kind !== 'file') return 0;
  try {
    return statSync(input.path).size;
  } catch {
    return 0; // parseOne reports why it cannot be read
  }
}

export async function parseInPool(
  inputs: Input[],
  jobs: number,
  settings: ParseSettings,
  stdin: () => Buffer,
  write: Write,
  onOutcome: (outcome: Outcome) => void,
  /** Workers already started for this run (see startWorkers); otherwise started here. */
  started = startWorkers(Math.min(jobs, inputs.length)),
): Promise<void> {
  const window = jobs * 8;
  const stdinBytes = inputs.some((i) => i.kind === 'stdin') ? new Uint8Array(stdin()) : null;
  const stdinBuffer = () => Buffer.from(stdinBytes ?? new Uint8Array());
  /**
   * Documents this thread parses in their turn, writing straight to the output: those too
   * large for a worker (found as they are handed out, so that the workers start without
   * waiting for every input's size) and those whose worker failed.
   */
  const inTurn = new Set<number>();
  /** Finished documents waiting for their turn to be written, with the worker that sent each. */
  const finished = new Map<number, { done: Done; from: Worker }>();
  /** The tasks each worker has been sent and not yet answered, oldest first. */
  const running = new Map<Worker, number[]>();
  /** The parser, for the documents this thread parses, loaded only when one needs it. */
  let parser: { parseOne: Parser['parseOne']; writer: Writer } | null = null;
  let parserLoading: Promise<void> | null = null;
  const loadParser = () =>
    (parserLoading ??= loadParserPart('pool').then(async ({ loadWriter, parseOne }) => {
      parser = { parseOne, writer: await loadWriter(settings) };
    }));
  /** The next document to write, and the next to hand out. */
  let next = 0;
  let dispatched = 0;

  await new Promise<void>((resolve) => {
    /** The next document for a worker, or undefined when there is none or the window is full. */
    const take = (): number | undefined => {
      while (dispatched < inputs.length && dispatched - next < window) {
        const index = dispatched++;
        if (sizeOf(inputs[index], stdinBytes) <= MAX_WORKER_INPUT) return index;
        inTurn.add(index);
        void loadParser().then(drain);
      }
      return undefined;
    };
    /** Tops up every worker to TASKS_AHEAD tasks, taking turns so that work is shared evenly. */
    const feedWorkers = () => {
      for (let round = 0; round < TASKS_AHEAD; round++) {
        for (const [worker, tasks] of running) {
          if (tasks.length > round) continue;
          const index = take();
          if (index === undefined) return;
          tasks.push(index);
          worker.postMessage({ index, input: inputs[index], stdin: inputs[index].kind === 'stdin' ? stdinBytes : null, settings } satisfies Task);
        }
      }
    };
    /**
     * A worker's output goes back to it once written, and the worker writes a later
     * document into it. This thread allocates little, so it collects garbage rarely: when
     * it kept them, the transferred bytes piled up outside its heap (peak RSS 1.9× from 50
     * files to 5,000).
     */
    const release = (from: Worker, output: Uint8Array<ArrayBuffer>) => () => {
      if (running.has(from)) from.postMessage({ release: output.buffer } satisfies Release, [output.buffer]);
    };
    /** Writes every result whose turn has come, parsing this thread's documents in their turn. */
    const drain = () => {
      for (;;) {
        const waiting = finished.get(next);
        if (waiting) {
          finished.delete(next);
          write(waiting.done.output, release(waiting.from, waiting.done.output));
          onOutcome(waiting.done.outcome);
        } else if (inTurn.has(next) && parser) {
          onOutcome(parser.parseOne(inputs[next], settings, stdinBuffer, write, parser.writer));
        } else break;
        next++;
        feedWorkers();
      }
      if (next >= inputs.length) {
        for (const w of running.keys()) void w.terminate();
        running.clear();
        resolve();
      }
    };
    /** Takes over a started worker, or starts a new one. */
    const spawn = (adopted?: Worker) => {
      const worker = adopted ?? new Worker(started.url, { resourceLimits: WORKER_LIMITS });
      running.set(worker, []);
      worker.on('message', (done: Done) => {
        running.get(worker)!.shift();
        finished.set(done.index, { done, from: worker });
        feedWorkers();
        drain();
      });
      worker.on('error', () => {
        // Out of memory or a crash: this thread parses the worker's tasks in their turn; a
        // new worker takes over (unless the run is over).
        if (!running.has(worker)) return;
        for (const index of running.get(worker) ?? []) inTurn.add(index);
        running.delete(worker);
        spawn();
        feedWorkers();
        void loadParser().then(drain);
      });
    };
    const needed = Math.min(jobs, inputs.length);
    started.workers.forEach((worker, i) => {
      if (i < needed && !started.failed.has(worker)) spawn(worker);
      else void worker.terminate();
    });
    while (running.size < needed) spawn();
    feedWorkers();
    drain();
  });
}
