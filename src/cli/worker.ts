// A pool worker: parses the inputs the main thread sends, one at a time, and sends back
// each document's JSON text and diagnostics.
import { parentPort } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { loadWriter, parseOne, type Outcome, type ParseSettings, type Writer } from './parse-one.js';

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

/** An output the main thread has written, sent back so that this thread's heap frees it. */
export interface Release {
  release: ArrayBuffer;
}

const utf8 = new TextEncoder();

let writer: Writer | null = null;

// Tasks may be queued several ahead; each is parsed whole before the next message is read.
parentPort?.on('message', async (message: Task | Release) => {
  if ('release' in message) return; // dropped here, collected with this thread's garbage
  const task = message;
  writer ??= await loadWriter(task.settings);
  let text = '';
  const stdin = () => Buffer.from(task.stdin ?? new Uint8Array());
  const outcome = parseOne(task.input, task.settings, stdin, (s) => (text += s), writer);
  const output = utf8.encode(text);
  parentPort!.postMessage({ index: task.index, outcome, output } satisfies Done, [output.buffer]);
});
