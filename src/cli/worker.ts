// A pool worker: parses the inputs the main thread sends, one at a time, and sends back
// each document's JSON text and diagnostics.
import { parentPort } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { loadParser, type Parser } from './load-parser.js';
import type { Outcome, ParseSettings, Writer } from './parse-one.js';

export interface Task {
  index: number;
  input: Input;
  /** Standard input, read once by the main thread. */
  stdin: Uint8Array | null;
  settings: ParseSettings;
}

export interface Done {
  index: number;
  outcome: Outcome;
  /** The document's output, UTF-8 encoded here and transferred, not copied. */
  output: Uint8Array<ArrayBuffer>;
}

/** An output the main thread has written, sent back for this thread to write the next into. */
export interface Release {
  release: ArrayBuffer;
}

const utf8 = new TextEncoder();

/** Outputs kept for reuse: the main thread sends each back once written. */
const MAX_SPARE = 8;
const FIRST_CAPACITY = 1 << 16;

/**
 * A document's output, UTF-8 encoded as it is written into a buffer that came back from
 * the main thread. Encoding each piece as it comes spares joining the pieces into one
 * string and copying it, and a reused buffer spares allocating (and zeroing) a new one.
 */
class Utf8Output {
  private spare: ArrayBuffer[] = [];
  private bytes = new Uint8Array(0);
  private length = 0;

  /** Starts a document's output. */
  open(): void {
    this.bytes = new Uint8Array(this.spare.pop() ?? new ArrayBuffer(FIRST_CAPACITY));
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

  /** The document's output, to be transferred; its buffer comes back through `reuse`. */
  close(): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.bytes.buffer, 0, this.length);
  }

  reuse(buffer: ArrayBuffer): void {
    if (this.spare.length < MAX_SPARE) this.spare.push(buffer);
  }

  private grow(needed: number): void {
    const bigger = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
}

const output = new Utf8Output();
/** The parser, with the code cache made for pool workers, and the writer for the run's settings. */
let parser: { parseOne: Parser['parseOne']; writer: Writer } | null = null;

// Tasks may be queued several ahead; each is parsed whole before the next message is read.
parentPort?.on('message', async (message: Task | Release) => {
  if ('release' in message) {
    output.reuse(message.release);
    return;
  }
  const task = message;
  if (!parser) {
    const { loadWriter, parseOne } = await loadParser('pool');
    parser = { parseOne, writer: await loadWriter(task.settings) };
  }
  const stdin = () => Buffer.from(task.stdin ?? new Uint8Array());
  output.open();
  const outcome = parser.parseOne(task.input, task.settings, stdin, (s) => output.write(s), parser.writer);
  const bytes = output.close();
  parentPort!.postMessage({ index: task.index, outcome, output: bytes } satisfies Done, [bytes.buffer]);
});
