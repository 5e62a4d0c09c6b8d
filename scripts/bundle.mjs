// Bundles the CLI into a few minified files (dist/bundle/). Loading them instead of ~150
// small modules (micromark alone has dozens) is what lets `ctoc-parse` start close to a
// bare `node -e ''`; the parser is a chunk of its own, loaded by the CLI's dynamic
// import only when there is something to parse, so --version and --help stay light.
// The library (dist/index.js) stays unbundled.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const outdir = new URL('../dist/bundle', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: ['main', 'worker'].map((name) => new URL(`../src/cli/${name}.ts`, import.meta.url).pathname),
  outdir,
  bundle: true,
  splitting: true,
  minify: process.env.CTOC_NO_MINIFY ? false : true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { CTOC_PARSE_VERSION: JSON.stringify(pkg.version) },
  // Some bundled CommonJS (fast-glob) calls require() for Node built-ins.
  banner: { js: "import { createRequire as __ctocRequire } from 'node:module'; const require = __ctocRequire(import.meta.url);" },
  logLevel: 'warning',
});
