// V8 tuned for a run of several documents; the flags are also those the pool workers'
// code cache is made under (scripts/code-cache.mjs), since V8 takes a cache only under the
// flags it was made with.
//
// The optimizing compiler inlines less: with its default budget our large stage functions
// took 50–100 ms each to compile, 1.7 s in all over 2,000 documents in every thread that
// parses; 150 bytes halves that at no cost in speed. When the pool's workers take every
// core, V8 also optimizes a function later (after 1 MB of bytecode run instead of 132 kB):
// its compiler threads then take time from the workers, and every worker compiles the same
// functions for itself. Over 2,000 documents on 2 cores, --jobs 2 went from 3.3–3.5 s to
// 3.1–3.2 s when this was added; since the parser got faster (2.5 s) the gain is within
// the noise, but it has never been slower. With --jobs 1 the compiler has a core to
// itself, and optimizing early is faster (4.4 s against 4.7 s, measured then).

/** Flags for any run of several documents. */
export const SEVERAL_DOCUMENTS = ['--max-inlined-bytecode-size-cumulative=150'];
/** Flags for a run whose pool workers take every core. */
export const WORKERS_FILL_CORES = [...SEVERAL_DOCUMENTS, '--interrupt-budget=1000000'];

/**
 * Sets the flags, before the parser loads; worker threads share them. (They also make V8
 * set the code caches of a one-file run aside; the workers have their own, made under
 * WORKERS_FILL_CORES.)
 */
export async function tuneCompiler(flags: string[]): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  for (const flag of flags) setFlagsFromString(flag);
}
