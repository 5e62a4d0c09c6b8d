// Bundles the CLI into a few minified CommonJS files (dist/bundle/), one per part a run
// may need: main (options and wiring), parse-one (the parser), inputs, glob (fast-glob),
// pool and worker (--jobs), check, schema, akn and code-cache. A part is loaded by a synchronous
// require() only when a run needs it, so --version never loads the parser and a run on
// plain file names never loads fast-glob. CommonJS rather than ES modules because Node's
// ES module loader costs start-up time of its own (about 10 ms here, more than a third of
// what ctoc-parse adds to a bare `node -e ''`). The library (dist/index.js) stays unbundled ESM.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outdir = join(root, 'dist', 'bundle');

/** Each part: its source and the bundle it becomes. Imports of another part stay requires. */
const PARTS = {
  main: 'src/cli/main.ts',
  'parse-one': 'src/cli/parse-one.ts',
  inputs: 'src/cli/inputs.ts',
  pool: 'src/cli/pool.ts',
  worker: 'src/cli/worker.ts',
  check: 'src/cli/check.ts',
  schema: 'src/emit/schema.ts',
  akn: 'src/emit/akn.ts',
  'code-cache': 'src/cli/code-cache.ts',
  glob: 'fast-glob',
};
const partOfSource = new Map(Object.entries(PARTS).map(([name, source]) => [source.startsWith('src/') ? join(root, source) : source, name]));

/** Resolves imports of another part to that part's bundle, left as a require. */
const keepPartsApart = (self) => ({
  name: 'keep-parts-apart',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = args.path.startsWith('.') ? join(args.resolveDir, args.path).replace(/\.js$/, '.ts') : args.path;
      const part = partOfSource.get(target);
      if (part === undefined || part === self) return undefined;
      return { path: `./${part}.cjs`, external: true };
    });
  },
});

/**
 * commander requires node:child_process when it loads, for subcommands run as separate
 * executables, which ctoc-parse has none of; loading it (and net, dgram, streams with it)
 * took ~5 ms of every start. Here commander gets it on first use instead.
 */
const childProcessOnDemand = {
  name: 'child-process-on-demand',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'child-process-on-demand', namespace: 'ctoc' } : undefined,
    );
    b.onLoad({ filter: /^child-process-on-demand$/, namespace: 'ctoc' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * chalk asks node:tty, when it loads, whether standard output and error are terminals;
 * node:tty loads net and streams with it (~2.5 ms of every start). We never use chalk's
 * own guess (src/cli/report.ts sets its level), so here it asks src/cli/stdio.ts, which
 * gives the same answer and needs node:tty only for a character device.
 */
const ttyFromStdio = {
  name: 'tty-from-stdio',
  setup(b) {
    b.onResolve({ filter: /^(node:)?tty$/ }, (args) =>
      args.importer.includes('node_modules/chalk/') ? { path: 'tty-from-stdio', namespace: 'ctoc' } : undefined,
    );
    b.onLoad({ filter: /^tty-from-stdio$/, namespace: 'ctoc' }, () => ({
      contents: `import { isTerminal } from ${JSON.stringify(join(root, 'src', 'cli', 'stdio.ts'))}; export default { isatty: isTerminal };`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await Promise.all(
  Object.entries(PARTS).map(([name, source]) =>
    build({
      entryPoints: [source.startsWith('src/') ? join(root, source) : source],
      outfile: join(outdir, `${name}.cjs`),
      absWorkingDir: root,
      bundle: true,
      minify: process.env.CTOC_NO_MINIFY ? false : true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Dynamic imports of other parts become plain requires: no ES module loader at run time.
      supported: { 'dynamic-import': false },
      define: { CTOC_PARSE_VERSION: JSON.stringify(pkg.version), CTOC_WORKER_FILE: '"./worker.cjs"', CTOC_BUNDLE: 'true', 'import.meta.url': 'importMetaUrl' },
      inject: [join(root, 'scripts', 'import-meta-url.mjs')],
      plugins: [keepPartsApart(name), childProcessOnDemand, ttyFromStdio],
      logLevel: 'warning',
    }),
  ),
);

/**
 * esbuild escapes non-ASCII characters except in regular expression literals, and ours
 * are full of Arabic: Node then reads the parser's source as UTF-8 into a string of twice
 * the size (0.5 ms, against 0.2 ms for ASCII). A \uXXXX escape means the same character
 * in a regular expression, a string or a template, so every part is made ASCII here. An
 * escaped non-ASCII character (a backslash before it) would change meaning: none is
 * written, and the build stops if one appears.
 */
for (const name of Object.keys(PARTS)) {
  const file = join(outdir, `${name}.cjs`);
  const code = readFileSync(file, 'utf8');
  if (/\\[^\x00-\x7f]/.test(code)) throw new Error(`${file}: a backslash before a non-ASCII character cannot be made ASCII`);
  writeFileSync(file, code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

// The parts' code caches (see src/cli/code-cache.ts), written by a fresh Node after a run on
// the fixtures, so that they hold the functions a run compiles, not only the top level.
const cached = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs')], { stdio: 'inherit' });
if (cached.status !== 0) throw new Error('writing the code cache failed');

