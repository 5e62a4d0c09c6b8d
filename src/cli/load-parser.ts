// The parser (parse-one), loaded when a run needs it. In the bundle it is the part
// parse-one.cjs, loaded with the code V8 compiled for it at build time: a one-file run's
// cache, or the one made under the flags of a run whose pool workers take every core
// (src/cli/tuning.ts), which the workers and the pool's own thread use.
import { fileURLToPath } from 'node:url';
import { poolCacheFileOf, requireCached } from './code-cache.js';
import type { Writer } from '../emit/formats.js';
import type { ParseSettings } from './parse-one.js';

/** True in the bundle (scripts/bundle.mjs), where the parser is the part parse-one.cjs. */
declare const CTOC_BUNDLE: boolean | undefined;

export type Parser = typeof import('./parse-one.js');

export async function loadParser(cache: 'one-run' | 'pool' = 'one-run'): Promise<Parser> {
  if (typeof CTOC_BUNDLE !== 'boolean') return import('./parse-one.js');
  const file = fileURLToPath(new URL('./parse-one.cjs', import.meta.url));
  return requireCached(file, cache === 'pool' ? poolCacheFileOf(file) : undefined) as Parser;
}

/** The parser with the writer for a run's settings: what every thread that parses needs. */
export interface ReadyParser {
  parseOne: Parser['parseOne'];
  writer: Writer;
}

export async function loadReadyParser(settings: ParseSettings, cache: 'one-run' | 'pool' = 'one-run'): Promise<ReadyParser> {
  const { loadWriter, parseOne } = await loadParser(cache);
  return { parseOne, writer: await loadWriter(settings) };
}
