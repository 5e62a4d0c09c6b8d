// V8 tuned for a run of several documents; the flags are also those the pool workers'
// code cache is made under (scripts/code-cache.mjs), since V8 takes a cache only under the
// flags it was made with.
//
// The optimizing compiler inlines less: with its default budget our large stage functions
// took long to compile, in every thread that parses. When the pool's workers take every
// core, V8 also optimizes a function later (after 1 MB of bytecode run instead of 132 kB):
// its compiler threads then take time from the workers, and every worker compiles the same
// functions for itself. With --jobs 1 the compiler has a core to itself, and optimizing
// early is faster. What each flag was measured to give: README, Performance.

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
