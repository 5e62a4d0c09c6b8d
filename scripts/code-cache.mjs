// Writes the code caches of the CLI's parts (see src/cli/code-cache.ts): runs the bundled
// CLI on each fixture as a one-file run, then saves what V8 compiled for every part it
// loaded. Run by scripts/bundle.mjs in a Node of its own with no V8 flags, as a one-file
// run has: V8 rejects a cache made under other flags. Then the parser's cache once more,
// under the flags of a pooled run, for the pool workers. Without fixtures (an installed
// package), the caches hold what --version compiles, and the workers have none.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

const root = new URL('..', import.meta.url).pathname;
const bundle = join(root, 'dist', 'bundle');
const { poolCacheFileOf, requireCached, writeCodeCache, writeCodeCaches } = createRequire(import.meta.url)(join(bundle, 'code-cache.cjs'));
const { main } = requireCached(join(bundle, 'main.cjs'));

const io = { stdout: () => {}, stderr: () => {}, stdin: () => Buffer.alloc(0), stdoutIsTTY: false, stderrIsTTY: false, env: {} };
const fixtures = join(root, 'fixtures');
const inputs = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => f.endsWith('.txt')) : [];
await main(['node', 'ctoc-parse', '--version'], io);
for (const name of inputs) await main(['node', 'ctoc-parse', '-q', join(fixtures, name)], io);
// Quiet: a build prints nothing on standard output (an install's log is no place for it).
writeCodeCaches();

// The pool workers' cache of the parser: the same code, marked with the flags of a run
// whose workers take every core (V8 marks a cache with the flags set when it is written).
const parser = join(bundle, 'parse-one.cjs');
if (inputs.length > 0) {
  const { WORKERS_FILL_CORES } = await import(join(root, 'dist', 'cli', 'tuning.js'));
  for (const flag of WORKERS_FILL_CORES) setFlagsFromString(flag);
  writeCodeCache(parser, poolCacheFileOf(parser));
}
