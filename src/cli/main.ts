// The command line: options, inputs, output, exit status. Only wiring: parsing is
// parseDocument(), snapshot checking is check.ts. Heavy modules load only when a run
// needs them, so --version and --help start fast.
import { existsSync, lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { loadReadyParser } from './load-parser.js';
import { readStdin } from './read-input.js';
import { FORMAT_NAMES, FORMATS, type Format, type FormatName } from '../emit/formats.js';
import type { IndexEntry } from '../views/html.js';
import type { Outcome, ParseSettings } from './parse-one.js';
import type { Input } from './inputs.js';
import type { StartedWorkers } from './pool.js';
import { makeProgress, progressShown } from './progress.js';
import { DIAGNOSTIC_CODES, isDiagnosticCode } from '../lexicon/diagnostic-codes.js';
import { COLOUR_CHOICES, DIAGNOSTIC_STYLES, diagnosticFilter, makeReporter, RunTally, useColour, type ColourChoice, type DiagnosticStyle, type Reporter } from './report.js';
import { isTerminal, stdoutWriter, type OutputChunk, type OutputWriter } from './stdio.js';
import { SEVERAL_DOCUMENTS, tuneCompiler, WORKERS_FILL_CORES } from './tuning.js';

export const EXIT = { ok: 0, documentErrors: 1, usage: 2 } as const;

const EXAMPLES = `
Examples:
  ctoc-parse report.txt                      pretty JSON on a terminal
  ctoc-parse 'seeds/*.txt' > all.ndjson      one compact JSON document per line
  cat doc.txt | ctoc-parse -                 read standard input
  ctoc-parse seeds/*.txt | jq -c '.blocks[] | select(.type=="operative")'
  ctoc-parse --check fixtures                compare with the snapshots beside each .txt
  ctoc-parse --check fixtures --update       rewrite the snapshots that changed
  ctoc-parse --references 'seeds/*.txt'     one line per reference, for jq or CSV
  ctoc-parse --outline --depth 2 report.txt  the block tree, two levels deep
  ctoc-parse --select para_13 para_13__subpara_b report.txt   only those blocks
  ctoc-parse -f csv 'seeds/*.txt' > all.csv  one row per block (--bom for Excel)
  ctoc-parse -f html -o review/ 'seeds/*.txt'   review pages and review/index.html
  ctoc-parse --format akn resolution.txt     Akoma Ntoso XML
  ctoc-parse -f akn -o out/ 'seeds/*.txt'    one .xml per input in out/
  ctoc-parse --diagnostics github 'seeds/*.txt' > /dev/null   annotations for GitHub Actions
  ctoc-parse --schema                        the JSON Schema of the output

Exit status: 0 all parsed; 1 a document has errors (or warnings with --strict), or
--check found a difference; 2 usage error or an input that could not be read.`;

/** Set at bundle time (scripts/bundle.mjs); read from package.json when run unbundled. */
declare const CTOC_PARSE_VERSION: string | undefined;

function version(): string {
  if (typeof CTOC_PARSE_VERSION === 'string') return CTOC_PARSE_VERSION;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

interface Options {
  pretty?: boolean;
  compact?: boolean;
  schema?: boolean;
  strict?: boolean;
  quiet?: boolean;
  check?: boolean | string;
  references?: boolean;
  outline?: boolean;
  depth?: number;
  select?: string[];
  bom?: boolean;
  quietCode?: string[];
  onlyCode?: string[];
  diagnostics: DiagnosticStyle;
  color: ColourChoice;
  format: FormatName;
  outDir?: string;
  update?: boolean | string;
  maxBytes: number;
  /** Unset: see defaultJobs. */
  jobs?: number;
}

function positiveInteger(option: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new CommanderError(EXIT.usage, 'ctoc-parse.badNumber', `${option} takes a positive whole number, not «${v}»`);
  return n;
}

function program(out: (s: string) => void, err: (s: string) => void): Command {
  return new Command()
    .name('ctoc-parse')
    .description('Turn Arabic UN documents (plain text from the official PDFs) into structured JSON.')
    .argument('[inputs...]', 'files, globs (quoted or not) or - for standard input')
    .option('--pretty', 'pretty-print the JSON (default for one document on a terminal)')
    .option('--compact', 'one compact JSON document per line (default otherwise)')
    .option('--schema', 'print the JSON Schema of the output and exit')
    .option('--strict', 'exit 1 when a document has warnings, not only errors')
    .option('-q, --quiet', 'do not print diagnostics on standard error')
    .option('--quiet-code <codes...>', 'do not print diagnostics with these codes (nor count them for --strict)')
    .option('--only-code <codes...>', 'print only diagnostics with these codes (and count only them for --strict)')
    .addOption(new Option('--color [when]', 'colour on standard error and in the outline: auto (a terminal, unless NO_COLOR or TERM=dumb; FORCE_COLOR forces it), always or never').choices(COLOUR_CHOICES).preset('always').default('auto'))
    .addOption(new Option('--diagnostics <style>', 'how diagnostics are printed: text, or github (GitHub Actions annotations)').choices(DIAGNOSTIC_STYLES).default('text'))
    .addOption(
      new Option('-f, --format <format>', `output format: ${FORMAT_NAMES.map((name) => `${name} (${FORMATS[name].description})`).join('; ')}`)
        .choices(FORMAT_NAMES)
        .default('json'),
    )
    .option('--references', 'the same as --format references')
    .option('--outline', 'the same as --format outline')
    .addOption(new Option('--depth <n>', 'with --outline: only blocks this many levels deep').argParser((v) => positiveInteger('--depth', v)))
    .option('--select <ids...>', 'only these blocks (by id), each with its ancestors\' ids, in any format')
    .option('--bom', 'start CSV with a byte-order mark, as Excel needs for UTF-8 (on by default for --out-dir files; CSV only)')
    .option('--no-bom', 'no byte-order mark, not even in --out-dir files')
    .option('-o, --out-dir <dir>', 'write one file per input (name.json, name.xml, name.csv, name.html …) into <dir> instead of standard output')
    .option('--check [dir]', 'compare each .txt under <dir> with the .json snapshot beside it')
    .option('--update [dir]', 'rewrite the snapshots that differ or are missing (with --check, or naming the folder)')
    .addOption(
      new Option('--max-bytes <n>', 'refuse inputs larger than this many bytes')
        .default(200 * 1024 * 1024)
        .argParser((v) => positiveInteger('--max-bytes', v)),
    )
    .addOption(
      new Option('-j, --jobs <n>', 'parse files in this many worker threads (results stay in input order; default: the number of cores, or one thread for under 1 MB of input)')
        .argParser((v) => positiveInteger('--jobs', v)),
    )
    .version(version(), '-V, --version')
    .addHelpText('after', EXAMPLES)
    .configureOutput({ writeOut: out, writeErr: err })
    .exitOverride();
}

/** Output text, or its UTF-8 bytes as a pool worker sends them. */
export type { OutputChunk };

export interface Io {
  /** Writes to standard output; calls `written`, when given, once the chunk is written. */
  stdout: OutputWriter;
  stderr: (s: string) => void;
  /** Standard input's bytes, refused past maxBytes. */
  stdin: (maxBytes: number) => Buffer;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * A reader that stops early (`| head`, a jq that exits) closes the pipe: that ends the run
 * quietly, with the status so far. Any other failure to write is one line and exit 2.
 */
function onStdoutError(e: NodeJS.ErrnoException): never {
  if (e.code !== 'EPIPE') process.stderr.write(`error: cannot write the output: ${e.message}\n`);
  process.exit(e.code === 'EPIPE' ? (process.exitCode ?? EXIT.ok) : EXIT.usage);
}

const defaultIo = (): Io => ({
  stdout: stdoutWriter(onStdoutError),
  stderr: (s) => process.stderr.write(s),
  stdin: (maxBytes) => readStdin(maxBytes),
  stdoutIsTTY: isTerminal(1),
  stderrIsTTY: isTerminal(2),
  env: process.env,
});

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const cmd = program(io.stdout, io.stderr);
  let inputs: string[];
  try {
    cmd.parse(argv);
    inputs = cmd.args;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      if (e.code === 'ctoc-parse.badNumber') io.stderr(`error: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  const opts = cmd.opts<Options>();
  const report = makeReporter(useColour(opts.color, io.env, io.stderrIsTTY), io.stderr, opts.diagnostics);
  // A list option takes the words after it up to the next option, so the inputs that
  // follow it (`--select para_1 report.txt`) are given back: block ids and diagnostic
  // codes never hold a dot, a slash or a glob, and file names given here always do.
  for (const [key, shape] of LIST_OPTIONS) {
    const values = opts[key];
    if (values === undefined) continue;
    opts[key] = values.filter((v) => shape.test(v));
    inputs = [...inputs, ...values.filter((v) => !shape.test(v))];
    if (opts[key].length === 0) return usage(report, `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} needs at least one ${key === 'select' ? 'block id' : 'code'}`);
  }
  const unknownCode = [...(opts.quietCode ?? []), ...(opts.onlyCode ?? [])].find((code) => !isDiagnosticCode(code));
  if (unknownCode !== undefined) return usage(report, `no diagnostic has the code «${unknownCode}»; the codes are: ${Object.keys(DIAGNOSTIC_CODES).join(', ')}`);

  if (opts.schema) {
    const { DOCUMENT_SCHEMA } = await import('../emit/schema.js');
    io.stdout(`${JSON.stringify(DOCUMENT_SCHEMA, null, 2)}\n`);
    return EXIT.ok;
  }
  if (opts.pretty && opts.compact) return usage(report, '--pretty and --compact cannot be used together');
  const aliases = [opts.references && 'references', opts.outline && 'outline'].filter((f): f is FormatName => typeof f === 'string');
  if (aliases.length > 1 || (aliases.length === 1 && cmd.getOptionValueSource('format') === 'cli' && opts.format !== aliases[0])) {
    return usage(report, `--format ${opts.format}, --references and --outline each choose the output: give one`);
  }
  if (aliases.length === 1) opts.format = aliases[0];
  if (opts.depth !== undefined && opts.format !== 'outline') return usage(report, '--depth goes with --outline');
  if (opts.bom === true && opts.format !== 'csv') return usage(report, `--bom goes with --format csv: a byte-order mark before ${opts.format.toUpperCase()} breaks its readers`);
  if (opts.pretty && !['json', 'akn'].includes(opts.format)) return usage(report, `--pretty goes with --format json or akn, not ${opts.format}`);
  if (opts.check !== undefined || opts.update !== undefined) {
    // The folder may follow either flag, in any order: --check DIR --update, --check
    // --update DIR, --update --check DIR, --update DIR.
    const named = [opts.check, opts.update].filter((v): v is string => typeof v === 'string');
    if (named.length === 2 && named[0] !== named[1]) return usage(report, `--check and --update name two folders: ${named[0]}, ${named[1]}`);
    const snapshotDir = named[0];
    if (snapshotDir === undefined) return usage(report, '--check and --update need a folder: --check <dir> [--update], or --update <dir>');
    if (inputs.length > 0) return usage(report, '--check takes a folder, not input files');
    const { checkSnapshots } = await import('./check.js');
    return await checkSnapshots(snapshotDir, { update: opts.update !== undefined, report });
  }
  if (inputs.length === 0) return usage(report, 'no input: give files, globs or - (see --help)');
  if (inputs.filter((i) => i === '-').length > 1) return usage(report, 'standard input (-) can be read only once');
  return parseAll(inputs, opts, io, report);
}

/** The options that take a list, and the shape of what they list. */
const LIST_OPTIONS: Array<['select' | 'quietCode' | 'onlyCode', RegExp]> = [
  ['select', /^[A-Za-z0-9_]+$/],
  ['quietCode', /^[a-z][a-z0-9-]*$/],
  ['onlyCode', /^[a-z][a-z0-9-]*$/],
];

function usage(report: Reporter, message: string): number {
  report.plain(`error: ${message}\n`);
  return EXIT.usage;
}

async function parseAll(args: string[], opts: Options, io: Io, report: Reporter): Promise<number> {
  const { defaultJobs, expandInputs, inputBytes, mayNameSeveral } = await import('./inputs.js');
  const flagsFor = (pooled: boolean, jobs: number) => (pooled && jobs >= availableParallelism() ? WORKERS_FILL_CORES : SEVERAL_DOCUMENTS);
  // With --jobs, when the arguments may name several inputs, the pool's workers boot
  // while patterns are expanded; they are stopped if there turns out to be one.
  // Without it, the run's size decides first (see defaultJobs).
  let started: StartedWorkers | null = null;
  const format: Format = FORMATS[opts.format];
  if (opts.jobs !== undefined && opts.jobs > 1 && mayNameSeveral(args) && (format.manyPerStream || opts.outDir)) {
    await tuneCompiler(flagsFor(true, opts.jobs));
    const { startWorkers } = await import('./pool.js');
    started = startWorkers(opts.jobs);
  }
  const inputs = await expandInputs(args);
  const cores = availableParallelism();
  if (opts.jobs !== undefined && opts.jobs > cores) {
    // A worker per core keeps every core busy; more only add memory (64 took 1.1 GB).
    report.plain(`note: --jobs ${opts.jobs} is more than this machine's ${cores} cores: using ${cores}\n`);
    opts.jobs = cores;
  }
  const jobs = opts.jobs ?? defaultJobs(inputs, cores);
  const pooled = jobs > 1 && inputs.length > 1;
  if (started && !pooled) {
    const { stopWorkers } = await import('./pool.js');
    stopWorkers(started);
    started = null;
  }
  if (inputs.length > 1 && !started) await tuneCompiler(flagsFor(pooled, jobs));
  const settings: ParseSettings = {
    maxBytes: opts.maxBytes,
    format: opts.format,
    write: {
      pretty: opts.pretty === true || (!opts.compact && inputs.length === 1 && io.stdoutIsTTY),
      colour: useColour(opts.color, io.env, io.stdoutIsTTY),
      depth: opts.depth ?? null,
      several: inputs.length > 1,
    },
    select: opts.select ?? null,
  };
  if (!format.manyPerStream && inputs.length > 1 && !opts.outDir) {
    return usage(report, `--format ${opts.format} writes one ${format.extension.toUpperCase()} document per input: give --out-dir for several inputs`);
  }
  if (opts.outDir) {
    const problem = outDirProblem(opts.outDir) ?? sharedOutputName(inputs, settings);
    if (problem) return usage(report, problem);
  }
  const showProgress = progressShown(io.stdoutIsTTY, io.stderrIsTTY);
  const progress = makeProgress(inputs.length, showProgress ? inputBytes(inputs) : 0, showProgress, io.stderr);
  const shown = diagnosticFilter(opts.quietCode, opts.onlyCode);
  const tally = new RunTally(shown);
  /** The review pages written, for their index (--format html --out-dir). */
  const pages: IndexEntry[] = [];
  // What each stream starts with: CSV's header row, after a byte-order mark for Excel
  // (asked for on standard output, by default in --out-dir files).
  const head = format.head ?? '';
  const bom = opts.bom ?? (opts.outDir !== undefined && opts.format === 'csv');
  const streamHead = `${bom ? '\uFEFF' : ''}${head}`;
  if (!opts.outDir && streamHead) io.stdout(streamHead);
  let status: number = EXIT.ok;
  // With --out-dir, each document's text is gathered and written to its own file.
  let pending: OutputChunk[] = streamHead ? [streamHead] : [];
  let pendingWritten: Array<() => void> = [];
  const write = opts.outDir
    ? (chunk: OutputChunk, written?: () => void) => {
        pending.push(chunk);
        if (written) pendingWritten.push(written);
      }
    : io.stdout;
  const emit = (outcome: Outcome) => {
    if (opts.outDir && !outcome.error) outcome = writeOutFile(opts.outDir, outputName(outcome.path, settings), pending, outcome);
    for (const written of pendingWritten) written();
    pending = streamHead ? [streamHead] : [];
    pendingWritten = [];
    progress.done(outcome.bytes);
    tally.add(outcome);
    if (opts.outDir && opts.format === 'html' && outcome.summary) pages.push({ page: outputName(outcome.path, settings), path: outcome.path, ...outcome.summary, ...severityCounts(outcome) });
    if (outcome.error) {
      const internal = outcome.error.kind === 'internal';
      report.error(outcome.path, internal ? `internal error, please report it: ${outcome.error.message}` : outcome.error.message);
      status = internal ? Math.max(status, EXIT.documentErrors) : EXIT.usage;
      return;
    }
    const diagnostics = outcome.diagnostics.filter(shown);
    if (!opts.quiet) for (const d of diagnostics) report.diagnostic(outcome.path, d);
    const failing = outcome.diagnostics.some((d) => d.severity === 'error') || (opts.strict && diagnostics.some((d) => d.severity === 'warning'));
    if (failing) status = Math.max(status, EXIT.documentErrors);
  };
  if (pooled) {
    const { parseInPool } = await import('./pool.js');
    await parseInPool(inputs, jobs, settings, io.stdin, write, emit, started ?? undefined);
  } else {
    const { parseOne, writer } = await loadReadyParser(settings);
    const paced = pacedWriter(write);
    for (const input of inputs) {
      emit(await parseOne(input, settings, io.stdin, paced.write, writer));
      await paced.caughtUp();
    }
  }
  progress.finish();
  if (opts.outDir && opts.format === 'html') {
    const { htmlIndex } = await import('../views/html.js');
    const index = writeOutFile(opts.outDir, 'index.html', [htmlIndex(pages)], { path: 'index.html', bytes: 0, diagnostics: [], summary: null, error: null });
    if (index.error) {
      report.error(join(opts.outDir, 'index.html'), index.error.message);
      status = EXIT.usage;
    }
  }
  // On a terminal, what the run did, in one place after the messages.
  if (io.stderrIsTTY && !opts.quiet && opts.diagnostics === 'text') report.plain(tally.text());
  return status;
}

const severityCounts = (o: Outcome) => ({
  warnings: o.diagnostics.filter((d) => d.severity === 'warning').length,
  errors: o.diagnostics.filter((d) => d.severity === 'error').length,
});

/** Output not yet taken by the reader (in characters) after which parsing waits for it. */
const BACKLOG_MAX = 4 << 20;

/**
 * A writer that keeps count of what the reader has not taken yet. A pipe's writes queue
 * in memory while a synchronous loop runs, so without a pause 3,000 documents were held
 * whole, and a reader that stopped (| head -1) was not seen until the end.
 */
function pacedWriter(write: OutputWriter): { write: OutputWriter; caughtUp: () => Promise<void> } {
  let backlog = 0;
  let resume: (() => void) | null = null;
  return {
    write: (chunk, written) => {
      const size = chunk.length;
      backlog += size;
      write(chunk, () => {
        backlog -= size;
        written?.();
        if (resume && backlog <= BACKLOG_MAX / 2) {
          const go = resume;
          resume = null;
          go();
        }
      });
    },
    caughtUp: () => (backlog > BACKLOG_MAX ? new Promise<void>((go) => (resume = go)) : Promise.resolve()),
  };
}

/** One output file of --out-dir; a file that cannot be written is the outcome's error, and the run goes on. */
function writeOutFile(dir: string, name: string, chunks: OutputChunk[], outcome: Outcome): Outcome {
  const file = join(dir, name);
  try {
    writeFileSync(file, Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))));
    return outcome;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'is a folder' : `cannot be written (${code ?? (e as Error).message})`;
    return { ...outcome, summary: null, error: { kind: 'input', message: `output ${file} ${why}` } };
  }
}

/** Why `dir` cannot take the output files (creating it if need be), or null when it can. */
function outDirProblem(dir: string): string | null {
  if (existsSync(dir)) return statSync(dir).isDirectory() ? null : `--out-dir ${dir} is a file, not a folder`;
  if (lstatSync(dir, { throwIfNoEntry: false })) return `--out-dir ${dir} is a link to nothing`;
  try {
    makeFolder(dir);
    return null;
  } catch (e) {
    return `--out-dir ${dir} cannot be made: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
  }
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir never returns for a folder under
 * /proc (it retries the ENOENT forever), so each missing level is made on its own.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolder(parent);
  mkdirSync(dir);
}

/** Two inputs that would write one output file (a/report.txt, b/report.txt): refused, not overwritten. */
function sharedOutputName(inputs: Input[], settings: ParseSettings): string | null {
  const first = new Map<string, string>();
  if (settings.format === 'html') first.set('index.html', 'the index page');
  for (const { path } of inputs) {
    const name = outputName(path, settings);
    const before = first.get(name);
    if (before !== undefined) return `--out-dir: ${before} and ${path} would both be written to ${name}`;
    first.set(name, path);
  }
  return null;
}

/** report.txt → report.json, report.xml, report.csv … (the format's extension); standard input → stdin.*. */
function outputName(path: string, settings: ParseSettings): string {
  const stem = path === '-' ? 'stdin' : basename(path).replace(/\.[^.]*$/, '');
  return `${stem}.${FORMATS[settings.format].extension}`;
}
