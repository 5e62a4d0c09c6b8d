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
  /** The document's JSON text. (A string, not a transferred buffer: the main thread's
   * heap collects strings promptly, while transferred buffers pile up as external memory.) */
  json: string;
}

let writer: Writer | null = null;

// Tasks come one at a time: the main thread sends the next only when this one is done.
parentPort?.on('message', async (task: Task) => {
  writer ??= await loadWriter(task.settings);
  let json = '';
  const stdin = () => Buffer.from(task.stdin ?? new Uint8Array());
  const outcome = parseOne(task.input, task.settings, stdin, (s) => (json += s), writer);
  parentPort!.postMessage({ index: task.index, outcome, json } satisfies Done);
});
