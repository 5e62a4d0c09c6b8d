// A pool worker: parses the inputs the main thread sends, one at a time, and sends back
// each document's JSON text and diagnostics, a few documents at a time.
import { parentPort, workerData } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { loadReadyParser, type ReadyParser } from './load-parser.js';
import type { Outcome, ParseSettings } from './parse-one.js';

export interface Task {
  index: number;
  input: Input;
  /** Standard input, read once by the main thread. */
  stdin: Uint8Array | null;
  settings: ParseSettings;
}

/** Tasks for a worker, sent together: one message wakes a thread, and waking one costs. */
export interface Tasks {
  tasks: Task[];
}

export interface Done {
  index: number;
  outcome: Outcome;
  /** How many bytes of the batch's output are this document's. */
  length: number;
}

/**
 * Documents done, with their outputs back to back in `done` order: UTF-8 encoded here and
 * transferred, not copied. Sending several at once spares a message per document: on this
 * 2-core virtual machine each cost 25-120 µs of the sender's time and woke the main thread.
 */
export interface Batch {
  done: Done[];
  output: Uint8Array<ArrayBuffer>;
}

/** A batch's output, written by the main thread and sent back for this thread to write into. */
export interface Release {
  release: ArrayBuffer;
}

/** What the pool tells each worker as it starts. */
export interface WorkerSettings {
  /** A batch is sent when it holds this many documents (or BATCH_BYTES), or when this thread runs out of tasks. */
  batchDocuments: number;
}

const BATCH_BYTES = 1 << 18;
const { batchDocuments } = (workerData ?? { batchDocuments: 1 }) as WorkerSettings;

const utf8 = new TextEncoder();

/** Outputs kept for reuse (the main thread sends each back once written): so many, of so many bytes in all. */
const MAX_SPARE = 8;
const MAX_SPARE_BYTES = 16 << 20;
const FIRST_CAPACITY = 1 << 18;

/**
 * A batch's output, UTF-8 encoded as it is written into a buffer that came back from the
 * main thread. Encoding each piece as it comes spares joining the pieces into one string
 * and copying it, and a reused buffer spares allocating (and zeroing) a new one.
 */
class Utf8Output {
  private spare: ArrayBuffer[] = [];
  private spareBytes = 0;
  private bytes = new Uint8Array(0);
  length = 0;

  /** Starts a batch's output. */
  open(): void {
    const reused = this.spare.pop();
    this.spareBytes -= reused?.byteLength ?? 0;
    this.bytes = new Uint8Array(reused ?? new ArrayBuffer(FIRST_CAPACITY));
    this.length = 0;
  }

  write(s: string): void {
    let done = 0;
    for (;;) {
      const { read, written } = utf8.encodeInto(done === 0 ? s : s.slice(done), this.bytes.subarray(this.length));
      this.length += written;
      done += read;
      if (done >= s.length) return;
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      this.grow(this.length + (s.length - done) * 3);
    }
  }

  /** The batch's output, to be transferred; its buffer comes back through `reuse`. */
  close(): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.bytes.buffer, 0, this.length);
  }

  reuse(buffer: ArrayBuffer): void {
    if (this.spare.length >= MAX_SPARE || this.spareBytes + buffer.byteLength > MAX_SPARE_BYTES) return;
    this.spare.push(buffer);
    this.spareBytes += buffer.byteLength;
  }

  private grow(needed: number): void {
    const bigger = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
}

const output = new Utf8Output();
/** The parser, with the code cache made for pool workers, and the writer for the run's settings. */
let parser: ReadyParser | null = null;
const queue: Task[] = [];
let working = false;
let batch: Done[] = [];

function send(): void {
  if (batch.length === 0) return;
  const bytes = output.close();
  parentPort!.postMessage({ done: batch, output: bytes } satisfies Batch, [bytes.buffer]);
  batch = [];
}

async function work(): Promise<void> {
  working = true;
  parser ??= await loadReadyParser(queue[0].settings, 'pool');
  const { parseOne, writer } = parser;
  for (let task; (task = queue.shift()); ) {
    if (batch.length === 0) output.open();
    const start = output.length;
    const stdin = task.stdin;
    const outcome = await parseOne(task.input, task.settings, () => Buffer.from(stdin ?? new Uint8Array()), (s) => output.write(s), writer);
    batch.push({ index: task.index, outcome, length: output.length - start });
    if (batch.length >= batchDocuments || output.length >= BATCH_BYTES) send();
  }
  working = false;
  // Messages already waiting are handled before this runs: their tasks join the batch.
  setImmediate(() => {
    if (!working) send();
  });
}

parentPort?.on('message', (message: Tasks | Release) => {
  if ('release' in message) {
    output.reuse(message.release);
    return;
  }
  queue.push(...message.tasks);
  if (!working) void work();
});
