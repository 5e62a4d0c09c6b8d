// Writes the code caches of the CLI's parts (see src/cli/code-cache.ts): runs the bundled
// CLI on each fixture as a one-file run, then saves what V8 compiled for every part it
// loaded. Run by scripts/bundle.mjs in a Node of its own with no V8 flags, as a one-file
// run has: V8 rejects a cache made under other flags. Without fixtures (an installed
// package), the caches hold what --version compiles.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bundle = join(root, 'dist', 'bundle');
const { requireCached, writeCodeCaches } = createRequire(import.meta.url)(join(bundle, 'code-cache.cjs'));
const { main } = requireCached(join(bundle, 'main.cjs'));

const io = { stdout: () => {}, stderr: () => {}, stdin: () => Buffer.alloc(0), stdoutIsTTY: false, colour: false, progress: false };
const fixtures = join(root, 'fixtures');
const inputs = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => f.endsWith('.txt')) : [];
await main(['node', 'ctoc-parse', '--version'], io);
for (const name of inputs) await main(['node', 'ctoc-parse', '-q', join(fixtures, name)], io);
console.log(`code caches: ${writeCodeCaches().map((f) => relative(root, f)).join(', ')}`);
