// Bundles the CLI into a few minified CommonJS files (dist/bundle/), one per part a run
// may need: main (options and wiring), parse-one (the parser), inputs, glob (fast-glob),
// pool and worker (--jobs), check, schema, the heavier formats (akn, csv, html,
// outline) and code-cache. A part is loaded by a synchronous
// require() only when a run needs it, so --version never loads the parser and a run on
// plain file names never loads fast-glob. CommonJS rather than ES modules because Node's
// ES module loader costs start-up time of its own (README, Performance). The library
// (dist/index.js) stays unbundled ESM.
import { readFileSync, rmSync } from 'node:fs';
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
  csv: 'src/views/csv.ts',
  html: 'src/views/html.ts',
  outline: 'src/views/outline.ts',
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

rmSync(outdir, { recursive: true, force: true });
await Promise.all(
  Object.entries(PARTS).map(([name, source]) =>
    build({
      entryPoints: [source.startsWith('src/') ? join(root, source) : source],
      outfile: join(outdir, `${name}.cjs`),
      absWorkingDir: root,
      bundle: true,
      // Whitespace and syntax only: names stay, so profiles and stack traces read as the source.
      // Whitespace and syntax only: identifiers keep their names, so profiles and stack
      // traces name the source's functions.
      minifyWhitespace: true,
      minifySyntax: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Dynamic imports of other parts become plain requires: no ES module loader at run time.
      supported: { 'dynamic-import': false },
      define: { CTOC_PARSE_VERSION: JSON.stringify(pkg.version), CTOC_WORKER_FILE: '"./worker.cjs"', CTOC_BUNDLE: 'true', 'import.meta.url': 'importMetaUrl' },
      inject: [join(root, 'scripts', 'import-meta-url.mjs')],
      plugins: [keepPartsApart(name)],
      // pdf.js (an ES module of its own, which loads its worker itself) is loaded from
      // node_modules when a PDF is read, never bundled.
      external: ['pdfjs-dist', 'pdfjs-dist/*'],
      logLevel: 'warning',
    }),
  ),
);

// The parts' code caches (see src/cli/code-cache.ts), written by a fresh Node after a run on
// the fixtures, so that they hold the functions a run compiles, not only the top level.
const cached = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs')], { stdio: 'inherit' });
if (cached.status !== 0) throw new Error('writing the code cache failed');

