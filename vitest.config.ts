import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Tests that spawn the built binary, start worker pools, parse hostile inputs of megabytes
 * or thousands of generated ones: `npm test` runs them with the rest; `npm run test:fast`
 * leaves them out.
 */
const SLOW = ['cli', 'cli-jobs', 'check', 'pool', 'stdio', 'read-input', 'pathological', 'fuzz', 'property', 'html', 'views', 'new-user', 'pdf'].map((name) => `test/${name}.test.ts`);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // The slow tests wait on child processes much of the time: one worker per core at least two.
    maxWorkers: Math.max(2, availableParallelism()),
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: SLOW, isolate: false } },
      { extends: true, test: { name: 'slow', include: SLOW, isolate: false } },
    ],
  },
});
