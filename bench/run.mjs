// npm run bench: ctoc-parse's throughput, linearity, parallelism, memory and start-up,
// each side by side with its baseline in one run. Builds its corpus from fixtures/ into
// bench/corpus/ (not committed). `--quick` skips bare remark-parse on the 50 MB document.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATHOLOGICAL, citingLine } from './pathological.mjs';

const root = new URL('..', import.meta.url).pathname;
const corpus = join(root, 'bench', 'corpus');
const quick = process.argv.includes('--quick');
const MANY = 5000;
const THROUGHPUT_FILES = 2000;
const BIG_MB = 50;
const MIXED = 600;
const LAYOUTS = ['pdftotext', 'onepara', 'layout'];

// Corpus: the fixtures repeated into one 50 MB document (and its quarter), and a folder of files.
function buildCorpus() {
  // The five seeds (000_…–004_…), as every earlier run used, not the made-up fixtures.
  const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
  const texts = fixtures.map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));
  const one = texts.join('\n\n');
  const repeat = (mb) => one.repeat(Math.ceil((mb * 1e6) / Buffer.byteLength(one)));
  mkdirSync(join(corpus, 'many'), { recursive: true });
  if (!existsSync(join(corpus, 'big.txt'))) {
    writeFileSync(join(corpus, 'big.txt'), repeat(BIG_MB));
    writeFileSync(join(corpus, 'quarter.txt'), repeat(BIG_MB / 4));
  }
  if (readdirSync(join(corpus, 'many')).length < MANY) {
    for (let i = 0; i < MANY; i++) writeFileSync(join(corpus, 'many', `${String(i).padStart(5, '0')}.txt`), texts[i % texts.length]);
  }
  // Archives hold long reports too: one file in ten about 0.4 MB, one in fifty about 1.4 MB.
  mkdirSync(join(corpus, 'mixed'), { recursive: true });
  if (readdirSync(join(corpus, 'mixed')).length < MIXED) {
    for (let i = 0; i < MIXED; i++) {
      const text = i % 50 === 0 ? repeat(1.4) : i % 10 === 0 ? repeat(0.4) : texts[i % texts.length];
      writeFileSync(join(corpus, 'mixed', `${String(i).padStart(5, '0')}.txt`), text);
    }
  }
  // The same documents as other converters print them: hard-wrapped, one line per paragraph, right-aligned.
  const layouts = {};
  for (const layout of LAYOUTS) {
    const file = join(corpus, `quarter-${layout}.txt`);
    if (!existsSync(file)) {
      const dir = join(root, 'fixtures', layout);
      const text = readdirSync(dir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      writeFileSync(file, text.repeat(Math.ceil((BIG_MB / 4) * 1e6 / Buffer.byteLength(text))));
    }
    layouts[layout] = file;
  }
  const files = readdirSync(join(corpus, 'many')).sort().map((f) => join(corpus, 'many', f));
  return { files, mixed: join(corpus, 'mixed'), big: join(corpus, 'big.txt'), quarter: join(corpus, 'quarter.txt'), layouts };
}

function timed(cmd, args) {
  const rssFile = join(tmpdir(), `ctoc-rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, CTOC_RSS_FILE: rssFile, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : null;
  return { seconds, rss };
}

const ctoc = (args) => timed(process.execPath, [join(root, 'bench', 'rss.mjs'), '-q', ...args]);
const bare = (files) => timed(process.execPath, [join(root, 'bench', 'remark-bare.mjs'), ...files]);
const sizeOf = (files) => files.reduce((n, f) => n + statSync(f).size, 0);
const mbps = (bytes, s) => bytes / 1e6 / s;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const best = (n, f) => Array.from({ length: n }, f).reduce((a, b) => (b.seconds < a.seconds ? b : a));
/** The best of n runs of each command, run in turn, so that the machine's drift weighs on each alike. */
const bestInTurn = (n, fs) => {
  const runs = fs.map(() => []);
  for (let i = 0; i < n; i++) fs.forEach((f, c) => runs[c].push(f()));
  return runs.map((r) => r.reduce((a, b) => (b.seconds < a.seconds ? b : a)));
};
const mb = (bytes) => (bytes === null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MB`);

/**
 * Median start-up times of several commands, run in turn (a, b, c, a, b, c, …) so that the
 * machine's speed, which drifts on a shared host, weighs on each alike.
 */
function startups(commands, n = 21) {
  const times = commands.map(() => []);
  for (let i = 0; i < n; i++) commands.forEach((args, c) => times[c].push(timed(process.execPath, args).seconds * 1000));
  return times.map(median);
}

const { files, mixed, big, quarter, layouts } = buildCorpus();
const rows = [];
const row = (what, value, baseline, ratio, target) => rows.push({ what, value, baseline, ratio, target });

// 1. Throughput on many documents, against bare remark-parse on the same whole documents.
const some = files.slice(0, THROUGHPUT_FILES);
const someBytes = sizeOf(some);
const listFile = (list) => {
  // Globs keep the command line short: the files are named 00000.txt … in order.
  return list === files ? `${corpus}/many/*.txt` : `${corpus}/many/0[01]*.txt`;
};
const [j1, j2] = bestInTurn(2, [() => ctoc(['-j', '1', listFile(some)]), () => ctoc(['-j', '2', listFile(some)])]);
const remarkMany = best(2, () => bare(some));
row(`end-to-end, ${THROUGHPUT_FILES} files (${(someBytes / 1e6).toFixed(0)} MB), --jobs 1`, `${mbps(someBytes, j1.seconds).toFixed(1)} MB/s, ${(THROUGHPUT_FILES / j1.seconds).toFixed(0)} docs/s`, `remark-parse ${mbps(someBytes, remarkMany.seconds).toFixed(1)} MB/s`, (remarkMany.seconds / j1.seconds).toFixed(2), '≥ 1');
row(`--jobs 2 against --jobs 1`, `${mbps(someBytes, j2.seconds).toFixed(1)} MB/s`, `${mbps(someBytes, j1.seconds).toFixed(1)} MB/s`, (j1.seconds / j2.seconds).toFixed(2), '≥ 1.4');
const mixedFiles = readdirSync(mixed).map((f) => join(mixed, f));
const mixedBytes = sizeOf(mixedFiles);
const [mj1, mj2] = bestInTurn(2, [() => ctoc(['-j', '1', `${mixed}/*.txt`]), () => ctoc(['-j', '2', `${mixed}/*.txt`])]);
row(`--jobs 2 against --jobs 1, ${mixedFiles.length} files of mixed size (${(mixedBytes / 1e6).toFixed(0)} MB; 1 in 10 of 0.4 MB, 1 in 50 of 1.4 MB)`, `${mbps(mixedBytes, mj2.seconds).toFixed(1)} MB/s`, `${mbps(mixedBytes, mj1.seconds).toFixed(1)} MB/s`, (mj1.seconds / mj2.seconds).toFixed(2), '≥ 1.4');

// 2. One large document: linearity (1× and 4×) and memory; remark-parse on the same text.
const bigBytes = statSync(big).size;
const quarterBytes = statSync(quarter).size;
const q = best(2, () => ctoc(['-j', '1', quarter]));
const b = best(2, () => ctoc(['-j', '1', big]));
row(`end-to-end, one ${(bigBytes / 1e6).toFixed(0)} MB document`, `${mbps(bigBytes, b.seconds).toFixed(1)} MB/s`, quick ? 'remark-parse: skipped (--quick)' : (() => {
  const r = bare([big]);
  return `remark-parse ${mbps(bigBytes, r.seconds).toFixed(1)} MB/s (ratio ${(r.seconds / b.seconds).toFixed(2)})`;
})(), '', '≥ 1');
const linear = b.seconds / bigBytes / (q.seconds / quarterBytes);
row(`4× the document (${(quarterBytes / 1e6).toFixed(1)} → ${(bigBytes / 1e6).toFixed(0)} MB)`, `${q.seconds.toFixed(2)} s → ${b.seconds.toFixed(2)} s`, '', (b.seconds / q.seconds).toFixed(2), '≤ 4.4');
row(`peak RSS, ${(bigBytes / 1e6).toFixed(0)} MB document`, mb(b.rss), '', '', '≤ 1 GB');

// 2b. The same text from other converters (no blank lines): against the blank-line quarter document.
for (const layout of LAYOUTS) {
  const bytes = statSync(layouts[layout]).size;
  const [blank, other] = bestInTurn(2, [() => ctoc(['-j', '1', quarter]), () => ctoc(['-j', '1', layouts[layout]])]);
  row(`${layout} layout, one ${(bytes / 1e6).toFixed(1)} MB document, against the blank-line one`, `${mbps(bytes, other.seconds).toFixed(1)} MB/s, ${mb(other.rss)}`, `${mbps(quarterBytes, blank.seconds).toFixed(1)} MB/s`, (blank.seconds / other.seconds * bytes / quarterBytes).toFixed(2), '(reported)');
}

// 3. Flat memory: 5,000 files against 50.
const m50 = ctoc([`${corpus}/many/0000*.txt`, `${corpus}/many/0001*.txt`, `${corpus}/many/0002*.txt`, `${corpus}/many/0003*.txt`, `${corpus}/many/0004*.txt`]);
const m500 = ctoc([`${corpus}/many/00[0-4]*.txt`]);
const m5000 = ctoc([`${corpus}/many/*.txt`]);
const rssRatio = (a, b) => (a.rss && b.rss ? (a.rss / b.rss).toFixed(2) : 'n/a');
row('peak RSS, 5,000 files against 50', mb(m5000.rss), mb(m50.rss), rssRatio(m5000, m50), '≤ 1.5');
// Where the growth stops: V8 sizes its heaps to the allocation rate within the first second.
row('peak RSS, 5,000 files against 500', mb(m5000.rss), mb(m500.rss), rssRatio(m5000, m500), '(plateau)');

// 4. Start-up against a bare node.
const [nodeMs, versionMs, oneFileMs] = startups([
  ['-e', ''],
  [join(root, 'bin', 'ctoc-parse.js'), '--version'],
  [join(root, 'bin', 'ctoc-parse.js'), '-q', join(root, 'fixtures', '003_c328bc31ea94c91f.txt')],
]);
row("`ctoc-parse --version` against `node -e ''`", `${versionMs.toFixed(0)} ms`, `${nodeMs.toFixed(0)} ms`, (versionMs / nodeMs).toFixed(2), '≤ 1.5');
row('one-file run (003, 19 kB) against `node -e \'\'`', `${oneFileMs.toFixed(0)} ms`, `${nodeMs.toFixed(0)} ms`, (oneFileMs / nodeMs).toFixed(2), '≤ 1.6');

// 5. pandoc, when installed.
const pandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' });
if (pandoc.status === 0) {
  const p = timed('pandoc', ['-f', 'markdown', '-t', 'json', '-o', '/dev/null', quarter]);
  row('pandoc markdown → JSON, same 12.5 MB document', `${mbps(quarterBytes, p.seconds).toFixed(1)} MB/s`, `ctoc-parse ${mbps(quarterBytes, q.seconds).toFixed(1)} MB/s`, (p.seconds / q.seconds).toFixed(2), '≥ 3');
} else {
  row('pandoc', 'not installed', '', '', '≥ 3');
}

// 6. Hostile inputs: each at ¼ and at full size; the time must grow at most 4.4× for 4× the input.
const hostile = [];
for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  const small = join(corpus, 'hostile-small.txt');
  const large = join(corpus, 'hostile-large.txt');
  writeFileSync(small, make(0.25));
  writeFileSync(large, make(1));
  const a = best(2, () => ctoc(['-j', '1', small]));
  const z = best(2, () => ctoc(['-j', '1', large]));
  hostile.push({ name, size: statSync(large).size, small: a.seconds, large: z.seconds });
}

// 7. One long line of citing prose: time per MB at 0.1, 0.4, 1.6 and 6.4 MB. Linear time
// keeps it flat; a scan over the whole text per citation made it grow with the size.
const longLine = [0.1, 0.4, 1.6, 6.4].map((mbytes) => {
  const file = join(corpus, 'long-line.txt');
  writeFileSync(file, citingLine(Math.round((mbytes * 1e6) / 2)));
  const size = statSync(file).size;
  return { size, seconds: best(2, () => ctoc(['-j', '1', file])).seconds };
});
// 8. The Akoma Ntoso writer on a long resolution, ¼ and full size.
const aknFile = join(corpus, 'akn-paragraphs.txt');
writeFileSync(aknFile, PATHOLOGICAL['40,000 operative paragraphs'](0.25));
const aknSmall = best(2, () => ctoc(['-j', '1', '-f', 'akn', aknFile])).seconds;
writeFileSync(aknFile, PATHOLOGICAL['40,000 operative paragraphs'](1));
const aknLarge = best(2, () => ctoc(['-j', '1', '-f', 'akn', aknFile])).seconds;

// 9. The reading-order stage (src/order) on text already in logical order: its share of the
// whole parse of the same 12.5 MB document, in this process.
{
  const { parseDocument } = await import(join(root, 'dist', 'index.js'));
  const { logicalOrder } = await import(join(root, 'dist', 'order', 'index.js'));
  const text = readFileSync(quarter, 'utf8');
  const fastest = (n, f) => Math.min(...Array.from({ length: n }, () => { const t = performance.now(); f(); return performance.now() - t; }));
  const orderMs = fastest(3, () => logicalOrder(text, () => 0));
  const parseMs = fastest(2, () => parseDocument(text));
  row('reading-order stage on blank-line text, 12.5 MB', `${orderMs.toFixed(0)} ms`, `whole parse ${parseMs.toFixed(0)} ms`, (orderMs / parseMs).toFixed(3), '≤ 0.10');
}

// 10. PDFs read by ctoc-parse itself, against pdftotext on each plus a parse of its text,
// in one run each: the seeds' Chromium PDFs, four copies of each.
{
  const pdfDir = join(corpus, 'pdf');
  mkdirSync(pdfDir, { recursive: true });
  const sources = readdirSync(join(root, 'fixtures', 'pdf')).filter((f) => f.endsWith('.pdf'));
  for (let k = 0; k < 4; k++) for (const f of sources) writeFileSync(join(pdfDir, `${k}-${f}`), readFileSync(join(root, 'fixtures', 'pdf', f)));
  const pdfFiles = readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).map((f) => join(pdfDir, f));
  const pages = spawnSync(process.execPath, [join(root, 'bin', 'ctoc-parse.js'), '-q', '-j', '1', ...pdfFiles], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .stdout.trim().split('\n').reduce((n, line) => n + JSON.parse(line).source.pages, 0);
  const ours = best(2, () => ctoc(['-j', '1', ...pdfFiles]));
  if (spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0) {
    const textDir = join(corpus, 'pdf-text');
    mkdirSync(textDir, { recursive: true });
    const t = process.hrtime.bigint();
    for (const f of pdfFiles) spawnSync('pdftotext', ['-enc', 'UTF-8', f, join(textDir, `${f.split('/').pop()}.txt`)]);
    const converted = Number(process.hrtime.bigint() - t) / 1e9;
    const parsed = best(2, () => ctoc(['-j', '1', join(textDir, '*.txt')]));
    const theirs = converted + parsed.seconds;
    row(`PDFs, ${pdfFiles.length} files, ${pages} pages`, `${(pages / ours.seconds).toFixed(1)} pages/s`, `pdftotext + parse ${(pages / theirs).toFixed(1)} pages/s`, (ours.seconds / theirs).toFixed(2), '≤ 3');
  } else {
    row(`PDFs, ${pdfFiles.length} files, ${pages} pages`, `${(pages / ours.seconds).toFixed(1)} pages/s`, 'pdftotext not installed', '', '≤ 3');
  }
}

console.log(`ctoc-parse benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| measure | ctoc-parse | baseline | ratio | target |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.target} |`);
console.log(`\nlinearity: time per MB at 4× is ${linear.toFixed(2)}× the time per MB at 1×`);
console.log('\n| hostile input (full size) | ¼ size | full size | ratio (target ≤ 4.4) |');
console.log('|---|---|---|---|');
for (const h of hostile) console.log(`| ${h.name} (${(h.size / 1e6).toFixed(1)} MB) | ${h.small.toFixed(2)} s | ${h.large.toFixed(2)} s | ${(h.large / h.small).toFixed(2)} |`);
console.log('\n| one line of citing prose | time | time per MB | against 0.1 MB |');
console.log('|---|---|---|---|');
for (const l of longLine) console.log(`| ${(l.size / 1e6).toFixed(1)} MB | ${l.seconds.toFixed(2)} s | ${(l.seconds / (l.size / 1e6)).toFixed(2)} s | ${((l.seconds / l.size) / (longLine[0].seconds / longLine[0].size)).toFixed(2)} |`);
console.log(`\n--format akn, 40,000 operative paragraphs: ${aknSmall.toFixed(2)} s at ¼, ${aknLarge.toFixed(2)} s at full size (ratio ${(aknLarge / aknSmall).toFixed(2)}, target ≤ 4.4)`);
