// A pool worker of which exactly one fails as it starts: the first to create the marker
// file named by CTOC_TEST_MARKER fails; every other is the real worker (dist/cli/worker.js).
import { openSync } from 'node:fs';

let first = false;
try {
  openSync(process.env.CTOC_TEST_MARKER, 'wx');
  first = true;
} catch {
  // the marker exists: another worker has failed already
}
if (first) throw new Error('this worker fails on purpose as it starts');
await import('../../dist/cli/worker.js');
