// --jobs N: parse inputs in N worker threads and write the results in input order as soon
// as each and all before it are done. At most `window` documents are in flight or waiting
// for an earlier one, and each worker's heap is capped, so memory stays flat however many
// files there are. Documents too large for a capped worker are parsed in this thread, in
// their turn; so is any task whose worker failed.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { loadWriter, parseOne, type Outcome, type ParseSettings } from './parse-one.js';
import type { Done, Task } from './worker.js';

/** A worker's heap: enough for any document up to MAX_WORKER_INPUT, small enough to stay flat. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 };
const MAX_WORKER_INPUT = 256 * 1024;

function sizeOf(input: Input, stdin: Uint8Array | null): number {
  if (input.kind === 'stdin') return stdin?.length ?? 0;
  if (input.kind !== 'file') return 0;
  try {
    return statSync(input.path).size;
  } catch {
    return 0; // the worker reports why it cannot be read
  }
}

export async function parseInPool(
  inputs: Input[],
  jobs: number,
  settings: ParseSettings,
  stdin: () => Buffer,
  write: (s: string) => void,
  onOutcome: (outcome: Outcome) => void,
): Promise<void> {
  const window = jobs * 4;
  const writer = await loadWriter(settings);
  const stdinBytes = inputs.some((i) => i.kind === 'stdin') ? new Uint8Array(stdin()) : null;
  const stdinBuffer = () => Buffer.from(stdinBytes ?? new Uint8Array());
  const here = new Set(inputs.map((input, i) => (sizeOf(input, stdinBytes) > MAX_WORKER_INPUT ? i : -1)).filter((i) => i >= 0));
  const waiting = new Map<number, Done>();
  const running = new Map<Worker, number>();
  const idle: Worker[] = [];
  let next = 0;
  let dispatched = 0;

  await new Promise<void>((resolve) => {
    const feed = (worker: Worker): boolean => {
      while (dispatched < inputs.length && here.has(dispatched)) dispatched++;
      if (dispatched >= inputs.length || dispatched - next >= window) return false;
      const task: Task = { index: dispatched, input: inputs[dispatched], stdin: inputs[dispatched].kind === 'stdin' ? stdinBytes : null, settings };
      running.set(worker, dispatched++);
      worker.postMessage(task);
      return true;
    };
    const feedIdle = () => {
      while (idle.length > 0 && feed(idle[idle.length - 1])) idle.pop();
    };
    /** Writes every result whose turn has come; parses this thread's documents in their turn. */
    const drain = () => {
      for (;;) {
        if (waiting.has(next)) {
          const done = waiting.get(next)!;
          waiting.delete(next);
          write(done.json);
          onOutcome(done.outcome);
        } else if (here.has(next)) {
          onOutcome(parseOne(inputs[next], settings, stdinBuffer, write, writer));
        } else break;
        next++;
        feedIdle();
      }
      if (next >= inputs.length) {
        for (const w of [...running.keys(), ...idle]) void w.terminate();
        resolve();
      }
    };
    const spawn = () => {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: WORKER_LIMITS });
      worker.on('message', (done: Done) => {
        running.delete(worker);
        waiting.set(done.index, done);
        idle.push(worker);
        feedIdle();
        drain();
      });
      worker.on('error', () => {
        // Out of memory or a crash: this thread parses the task in its turn; a new worker takes over.
        const index = running.get(worker);
        running.delete(worker);
        if (index !== undefined) here.add(index);
        idle.push(spawn());
        feedIdle();
        drain();
      });
      return worker;
    };
    for (let i = 0; i < Math.min(jobs, inputs.length); i++) idle.push(spawn());
    feedIdle();
    drain();
  });
}
