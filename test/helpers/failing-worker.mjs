// A pool worker that fails, as one that runs out of memory would, on any input whose
// path contains FAIL; every other input is parsed by the real worker (dist/cli/worker.js).
import { parentPort } from 'node:worker_threads';
import '../../dist/cli/worker.js';

parentPort.on('message', (message) => {
  if (message.tasks?.some((task) => task.input.path.includes('FAIL'))) throw new Error('this worker fails on purpose');
});
