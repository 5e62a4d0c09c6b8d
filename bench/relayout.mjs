// node bench/relayout.mjs FILE… [--runs N] [--shapes pdftotext,layout,onepara,blanks]
//
// How a layout's rules hold on documents no converter printed for us: each blank-line
// document is re-laid as converters print it, many times, and parsed again; every block of
// the blank-line parse that the re-laid parse does not have (same type, same text) is
// "lost", every block it has that the blank-line parse does not is "extra". The shapes copy
// what ../shared/seeds-styles shows of the simulated converters:
//   pdftotext  no blank lines; each paragraph wrapped greedily at a width of its own,
//              drawn evenly from 85 to 100 characters
//   layout     the same lines right-aligned, each paragraph to its width plus 6 columns
//   onepara    a paragraph per line, no blank lines
//   blanks     the blank lines kept, each paragraph hard-wrapped at one width for the
//              document, drawn evenly from 70 to 110 characters (a markdown export,
//              pdftotext with paragraph spacing)
// The masthead (the lines before the blank-line parse's first block) keeps a line per
// paragraph in the first three shapes. Runs are seeded: the same command gives the same numbers.
import { readFileSync } from 'node:fs';
import { parseDocument } from '../dist/index.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args.splice(i, 2)[1];
};
const runs = Number(option('--runs', '20'));
const shapes = option('--shapes', 'pdftotext,layout,onepara,blanks').split(',');
const files = args;
if (files.length === 0) {
  console.error('usage: node bench/relayout.mjs FILE… [--runs N] [--shapes pdftotext,layout,onepara,blanks]');
  process.exit(2);
}

const WIDTHS = { least: 85, count: 16 };
const BLANKS_WIDTHS = { least: 70, count: 41 };
const EDGE_MARGIN = 6;

/** A small seeded generator (mulberry32): runs are repeatable and independent of each other. */
function random(seed) {
  let a = Math.imul(seed, 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A blank-line text's paragraphs, one string each; a markdown list item is a paragraph of its own. */
function paragraphsOf(text) {
  const out = [];
  for (const block of text.split(/\n\s*\n/)) {
    let current = null;
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      if (current !== null && !/^([-*+]\s|\d+\.\s)/.test(line)) current += ` ${line}`;
      else {
        if (current !== null) out.push(current);
        current = line;
      }
    }
    if (current !== null) out.push(current);
  }
  return out;
}

function wrap(paragraph, width) {
  const out = [];
  for (const word of paragraph.split(' ')) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

function relayout(text, shape, seed, bodyLine) {
  const next = random(seed);
  if (shape === 'blanks') {
    const width = BLANKS_WIDTHS.least + Math.floor(next() * BLANKS_WIDTHS.count);
    return `${text.split(/\n\s*\n/).map((block) => paragraphsOf(block).flatMap((p) => wrap(p, width)).join('\n')).join('\n\n')}\n`;
  }
  const lines = text.split('\n');
  const out = paragraphsOf(lines.slice(0, bodyLine - 1).join('\n'));
  for (const paragraph of paragraphsOf(lines.slice(bodyLine - 1).join('\n'))) {
    if (shape === 'onepara') {
      out.push(paragraph);
      continue;
    }
    const width = WIDTHS.least + Math.floor(next() * WIDTHS.count);
    const wrapped = wrap(paragraph, width);
    out.push(...(shape === 'layout' ? wrapped.map((l) => ' '.repeat(Math.max(4, width + EDGE_MARGIN - l.length)) + l) : wrapped));
  }
  return `${out.join('\n')}\n`;
}

const key = (block) => `${block.type}:${block.text.replace(/\s+/g, ' ').trim()}`;
console.log(`${'shape'.padEnd(10)} ${'blocks'.padStart(8)} ${'lost'.padStart(6)} ${'extra'.padStart(6)}  identical parses`);
for (const shape of shapes) {
  let blocks = 0;
  let lost = 0;
  let extra = 0;
  let identical = 0;
  let parses = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const base = parseDocument(text);
    const bodyLine = Math.min(...base.blocks.map((b) => b.lines[0][0]));
    const want = new Set(base.blocks.map(key));
    for (let seed = 1; seed <= (shape === 'onepara' ? 1 : runs); seed++) {
      const got = new Set(parseDocument(relayout(text, shape, seed, bodyLine)).blocks.map(key));
      const missing = [...want].filter((k) => !got.has(k)).length;
      const added = [...got].filter((k) => !want.has(k)).length;
      blocks += want.size;
      lost += missing;
      extra += added;
      parses++;
      if (missing === 0 && added === 0) identical++;
    }
  }
  console.log(`${shape.padEnd(10)} ${String(blocks).padStart(8)} ${String(lost).padStart(6)} ${String(extra).padStart(6)}  ${identical}/${parses}`);
}
