// --jobs N: parse inputs in N worker threads and hand the results back in input order as
// soon as each and all before it are done. At most `window` documents are in flight or
// waiting for an earlier one, so memory stays flat however many files there are.
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs.js';
import type { Outcome, ParseSettings } from './parse-one.js';
import type { Done, Task } from './worker.js';

export async function parseInPool(
  inputs: Input[],
  jobs: number,
  settings: ParseSettings,
  stdin: () => Buffer,
  emit: (outcome: Outcome, json: Uint8Array) => void,
): Promise<void> {
  const window = jobs * 4;
  const stdinBytes = inputs.some((i) => i.kind === 'stdin') ? new Uint8Array(stdin()) : null;
  const waiting = new Map<number, Done>();
  let next = 0;
  let dispatched = 0;

  await new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    const feed = (worker: Worker) => {
      if (dispatched >= inputs.length || dispatched - next >= window) return false;
      const task: Task = { index: dispatched, input: inputs[dispatched], stdin: inputs[dispatched].kind === 'stdin' ? stdinBytes : null, settings };
      dispatched++;
      worker.postMessage(task);
      return true;
    };
    const idle: Worker[] = [];
    const onDone = (worker: Worker, done: Done) => {
      waiting.set(done.index, done);
      while (waiting.has(next)) {
        const d = waiting.get(next)!;
        waiting.delete(next);
        emit(d.outcome, d.json);
        next++;
      }
      if (next >= inputs.length) {
        for (const w of workers) void w.terminate();
        resolve();
        return;
      }
      idle.push(worker);
      while (idle.length > 0 && feed(idle[idle.length - 1])) idle.pop();
    };
    for (let i = 0; i < Math.min(jobs, inputs.length); i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      worker.on('message', (done: Done) => onDone(worker, done));
      worker.on('error', reject);
      workers.push(worker);
      if (!feed(worker)) idle.push(worker);
    }
  });
}
