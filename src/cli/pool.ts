// --jobs N: parse inputs in N worker threads and write the results in input order as soon
// as each and all before it are done. Only so many documents (AHEAD_DOCUMENTS,
// AHEAD_BYTES) are in flight or waiting for an earlier one, and each worker's heap is
// capped, so memory stays flat however many files there are. This thread only hands out tasks and writes results: when it parsed a
// share too, V8 grew its (uncapped) young generation to 34 MB, and no flag set at run time
// stops that. Documents too large for a capped worker are parsed here, in their turn; so is
// any task whose worker failed.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { loadReadyParser, type ReadyParser } from './load-parser.js';
import type { Outcome, ParseSettings } from './parse-one.js';
import type { OutputChunk } from './stdio.js';
import { InOrderWindow } from './window.js';
import type { Batch, Done, Release, Task, Tasks, WorkerSettings } from './worker.js';

/**
 * A worker's heap. The old generation's cap is set high for V8's sake, not ours: below
 * 2 GB V8 lets a heap grow less between full collections, so a lower cap made a worker
 * collect far more often than one thread does; what the heap holds is set by the
 * documents, not by the cap. The young generation holds a document's short-lived objects:
 * a larger one is collected less often, up to where peak memory stops being flat. (The
 * measurements: README, Performance.)
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 24 };
/**
 * Larger documents are parsed by this thread, one at a time, in their turn: parsing takes
 * a heap of several times the input, and two workers on such reports would hold it twice
 * (a hostile text may need far more; a worker that runs out of memory hands its tasks back
 * to this thread). A much lower cap kept long reports off the workers and lost --jobs 2
 * its gain on folders that hold them.
 */
const MAX_WORKER_INPUT = 16 << 20;
/** Results a worker sends in one message: each message costs its sender and wakes this thread. */
const BATCH_DOCUMENTS = 4;
/** Tasks sent to a worker ahead of its answers, so that it never waits for this thread
 * between two documents (one round trip per document left each worker idle for a tenth of
 * its time): a worker sends its results in batches, and has the next batch's tasks while
 * this thread writes one. */
const TASKS_AHEAD = 2 * BATCH_DOCUMENTS;
/** ...or fewer, once a worker has this much input waiting: a long document's worker gets
 * no more tasks until it is done, and the other workers take them. */
const QUEUED_BYTES = 1 << 20;
/**
 * How far ahead of the next document to write the workers may go, in documents and in
 * input bytes (but always a document per worker): documents done out of turn wait here,
 * so this bounds memory however many files there are, and the workers can go on well
 * past a long document.
 */
const AHEAD_DOCUMENTS = 256;
const AHEAD_BYTES = 8 << 20;
/** How each worker starts. */
const WORKER_OPTIONS = { resourceLimits: WORKER_LIMITS, workerData: { batchDocuments: BATCH_DOCUMENTS } satisfies WorkerSettings };
/** Writes one chunk of output; `release`, when given, is called once the chunk is written. */
export type Write = (chunk: OutputChunk, release?: () => void) => void;

/** Set at bundle time (scripts/bundle.mjs), where the worker is worker.cjs. */
declare const CTOC_WORKER_FILE: string | undefined;
const WORKER_FILE = typeof CTOC_WORKER_FILE === 'string' ? CTOC_WORKER_FILE : './worker.js';

/** Workers started before a run takes them over, so that they boot while the inputs are found. */
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
    const worker = new Worker(url, WORKER_OPTIONS);
    worker.on('error', () => failed.add(worker));
    return worker;
  });
  return { url, workers, failed };
}

/** Stops workers that a run did not need after all. */
export function stopWorkers(started: StartedWorkers): void {
  for (const worker of started.workers) void worker.terminate();
}

/** A batch of results from a worker, and how many of its documents are still to be written. */
interface SentBatch {
  from: Worker;
  output: Uint8Array<ArrayBuffer>;
  unwritten: number;
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
  given: Input[],
  jobs: number,
  settings: ParseSettings,
  stdin: (maxBytes: number) => Buffer,
  write: Write,
  onOutcome: (outcome: Outcome) => void,
  /** Workers already started for this run (see startWorkers); otherwise started here. */
  started = startWorkers(Math.min(jobs, given.length)),
): Promise<void> {
  // Standard input is read here, once, for whichever worker takes it; one it refuses (too
  // large, unreadable) is reported as that input's error, like a missing file.
  let inputs = given;
  let stdinBytes: Uint8Array | null = null;
  if (given.some((i) => i.kind === 'stdin')) {
    try {
      stdinBytes = new Uint8Array(stdin(settings.maxBytes));
    } catch (e) {
      // Every failure to read standard input is that input's (not instanceof: the bundle's
      // parts each hold their own copy of InputError).
      inputs = given.map((i): Input => (i.kind === 'stdin' ? { kind: 'missing', path: '-', reason: (e as Error).message } : i));
    }
  }
  const stdinBuffer = () => Buffer.from(stdinBytes ?? new Uint8Array());
  const window = new InOrderWindow<{ done: Done; output: Uint8Array; batch: SentBatch }>(inputs.length, (index) => sizeOf(inputs[index], stdinBytes), {
    documents: AHEAD_DOCUMENTS,
    bytes: AHEAD_BYTES,
    minimum: jobs,
    largest: MAX_WORKER_INPUT,
  });
  const dispatcher = new Dispatcher(started.url, inputs, settings, stdinBytes, window);
  /** The parser, for the documents this thread parses, loaded only when one needs it. */
  let parser: ReadyParser | null = null;
  let parserLoading: Promise<void> | null = null;

  await new Promise<void>((resolve) => {
    const loadParser = () =>
      void (parserLoading ??= loadReadyParser(settings, 'pool').then((ready) => {
        parser = ready;
      })).then(drain);
    /** Hands out what the window lets go; this thread's own documents need the parser. */
    const feed = () => {
      dispatcher.feed();
      if (window.parsesHere && !parser) loadParser();
    };
    /** Writes every result whose turn has come, parsing this thread's documents in their turn. */
    const drain = () => {
      for (let turn = window.peek(); turn !== null; turn = window.peek()) {
        if (turn.result) {
          write(turn.result.output, dispatcher.release(turn.result.batch));
          onOutcome(turn.result.done.outcome);
        } else if (parser) {
          const outcome = parser.parseOne(inputs[turn.index], settings, stdinBuffer, write, parser.writer);
          // A PDF is read asynchronously: the window waits for it, in its turn.
          if (outcome instanceof Promise) {
            void outcome.then((o) => {
              onOutcome(o);
              window.advance();
              feed();
              drain();
            });
            return;
          }
          onOutcome(outcome);
        } else break;
        window.advance();
        feed();
      }
      if (window.complete) {
        dispatcher.stop();
        resolve();
      }
    };
    dispatcher.onResults = () => {
      feed();
      drain();
    };
    dispatcher.onFailure = () => {
      feed();
      loadParser();
    };
    const needed = Math.min(jobs, inputs.length);
    started.workers.forEach((worker, i) => {
      if (i < needed && !started.failed.has(worker)) dispatcher.adopt(worker);
      else void worker.terminate();
    });
    while (dispatcher.size < needed) dispatcher.adopt();
    feed();
    drain();
  });
}

/**
 * The workers of a run: each gets tasks from the window, TASKS_AHEAD at a time (fewer
 * once QUEUED_BYTES of input wait for it), and its results go back into the window.
 */
class Dispatcher {
  /** The tasks each worker has been sent and not yet answered, oldest first. */
  private readonly running = new Map<Worker, number[]>();
  /** Called when a worker's results came in. */
  onResults = () => {};
  /** Called when a worker failed: its tasks are handed back, and a new worker took its place. */
  onFailure = () => {};

  constructor(
    private readonly url: URL,
    private readonly inputs: Input[],
    private readonly settings: ParseSettings,
    private readonly stdinBytes: Uint8Array | null,
    private readonly window: InOrderWindow<{ done: Done; output: Uint8Array; batch: SentBatch }>,
  ) {}

  get size(): number {
    return this.running.size;
  }

  /** Takes over a started worker, or starts a new one. */
  adopt(adopted?: Worker): void {
    const worker = adopted ?? new Worker(this.url, WORKER_OPTIONS);
    this.running.set(worker, []);
    worker.on('message', ({ done, output }: Batch) => {
      const batch: SentBatch = { from: worker, output, unwritten: done.length };
      let start = 0;
      for (const one of done) {
        this.running.get(worker)!.shift();
        this.window.finish(one.index, { done: one, output: output.subarray(start, (start += one.length)), batch });
      }
      this.onResults();
    });
    worker.on('error', () => {
      // Out of memory or a crash: this thread parses the worker's tasks in their turn; a
      // new worker takes over (unless the run is over).
      if (!this.running.has(worker)) return;
      this.window.handBack(this.running.get(worker) ?? []);
      this.running.delete(worker);
      this.adopt();
      this.onFailure();
    });
  }

  /** Tops up every worker to TASKS_AHEAD tasks (or QUEUED_BYTES), taking turns so that work is shared evenly. */
  feed(): void {
    const fresh = new Map<Worker, Task[]>();
    const queuedBytes = (tasks: number[]) => tasks.reduce((sum, index) => sum + this.window.size(index), 0);
    topUp: for (let round = 0; round < TASKS_AHEAD; round++) {
      for (const [worker, tasks] of this.running) {
        if (tasks.length > round || queuedBytes(tasks) >= QUEUED_BYTES) continue;
        const index = this.window.take();
        if (index === undefined) break topUp;
        tasks.push(index);
        if (!fresh.has(worker)) fresh.set(worker, []);
        fresh.get(worker)!.push({ index, input: this.inputs[index], stdin: this.inputs[index].kind === 'stdin' ? this.stdinBytes : null, settings: this.settings });
      }
    }
    for (const [worker, tasks] of fresh) worker.postMessage({ tasks } satisfies Tasks);
  }

  /**
   * A batch's output goes back to its worker once every document in it is written, and
   * the worker writes a later batch into it. This thread allocates little, so it collects
   * garbage rarely: when it kept them, the transferred bytes piled up outside its heap
   * and peak memory grew with the number of files.
   */
  release(batch: SentBatch): () => void {
    return () => {
      if (--batch.unwritten === 0 && this.running.has(batch.from)) batch.from.postMessage({ release: batch.output.buffer } satisfies Release, [batch.output.buffer]);
    };
  }

  stop(): void {
    for (const worker of this.running.keys()) void worker.terminate();
    this.running.clear();
  }
}
