// Loading the bundled parts through V8's code cache. At build time, scripts/code-cache.mjs
// runs the CLI on the fixtures and writes, beside each part it loaded, the code V8 compiled
// for it (`<part>.cache`); loading a part with that code skips compiling it again, a
// good part of a one-file run's start-up. V8 checks that a cache fits this Node,
// these V8 flags and this source, and otherwise compiles as usual: a stale or missing cache
// costs nothing but a read.
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The parts loaded through requireCached, with their compiled scripts. */
const loaded = new Map<string, Script>();

const cacheFileOf = (file: string) => `${file}.cache`;
/**
 * A pool worker's cache of a part: made under the flags of a run whose workers take every
 * core (src/cli/tuning.ts), which a one-file run's cache does not fit.
 */
export const poolCacheFileOf = (file: string) => `${file}.pool-cache`;

function readCache(cacheFile: string): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined; // none: compile as usual
  }
}

/** require(file) for a CommonJS file, using its code cache when there is one that fits. */
export function requireCached(file: string, cacheFile = cacheFileOf(file)): unknown {
  const require = createRequire(file);
  const known = require.cache[file];
  if (known) return known.exports;
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readCache(cacheFile) });
  loaded.set(file, script);
  const module = { id: file, filename: file, loaded: false, exports: {} as unknown, paths: [] as string[] };
  // Registered before it runs, as require() does, so that parts requiring it share it.
  require.cache[file] = module as unknown as NodeJS.Module;
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

/** Whether V8 took the code cache of a part loaded through requireCached. */
export function cacheAccepted(file: string): boolean {
  const script = loaded.get(file);
  return script !== undefined && script.cachedDataRejected === false;
}

/** Writes the code cache of every part loaded so far, with all the code compiled in it. */
export function writeCodeCaches(): string[] {
  for (const file of loaded.keys()) writeCodeCache(file);
  return [...loaded.keys()];
}

/** Writes the code cache of one part loaded so far; V8 marks it with the flags set now. */
export function writeCodeCache(file: string, cacheFile = cacheFileOf(file)): void {
  const script = loaded.get(file);
  if (!script) throw new Error(`${file} was not loaded through requireCached`);
  writeFileSync(cacheFile, script.createCachedData());
}
