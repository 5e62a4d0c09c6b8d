// A pool worker: parses the inputs the main thread sends, one at a time, and sends back
// each document's JSON text and diagnostics.
import { parentPort } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { parseOne, type Outcome, type ParseSettings } from './parse-one.js';

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

parentPort?.on('message', (task: Task) => {
  let json = '';
  const stdin = () => Buffer.from(task.stdin ?? new Uint8Array());
  const outcome = parseOne(task.input, task.settings, stdin, (s) => (json += s));
  parentPort!.postMessage({ index: task.index, outcome, json } satisfies Done);
});
