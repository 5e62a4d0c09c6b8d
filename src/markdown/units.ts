// Stage 4, markdown: each chunk → units, the block-level pieces markdown sees (a
// paragraph, one list item, a heading …), with the spans of inline syntax (emphasis
// delimiters) that must not reach `text`. remark-parse does the reading, one chunk at a
// time, for the chunks whose reading is not obvious (see plainUnits) and that it can
// read in linear time (see remarkIsSafe).
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { matchesOf } from '../normalize/matches.js';
import type { LineIndex } from '../read/lines.js';
import type { Diagnostic } from '../types.js';
import type { Chunk } from '../paragraphs/blank-lines.js';

export type Span = [number, number];

export interface Unit {
  firstLine: number;
  lastLine: number;
  /** True for a markdown list item (`- …`, `* …`). */
  bullet: boolean;
  /** Absolute offsets of inline syntax to leave out of `text`. */
  syntax: Span[];
}

const parser = unified().use(remarkParse);

/**
 * What the structure stage takes from markdown is the block structure (paragraphs, list
 * items) and the emphasis delimiters. A chunk whose lines are all plain text or simple
 * `- ` bullets, and whose only emphasis is plain `*x*` / `**x**` pairs within a line, has
 * an obvious answer: a unit per bullet, plain lines running on the unit before them, the
 * pairs' asterisks as syntax. Such chunks skip the parser; test/markdown.test.ts proves
 * the shortcut gives remark's units on every fixture chunk and on generated ones.
 */
/** Code spans, escapes and `_` change emphasis; `]:` may define a link label. */
const UNSURE_INLINE = /[_`\\]|\]:/;
const PLAIN_LINE = /^(?! {0,3}[-+*>#=<]| {4}|\t| {0,3}\d{1,9}[.)](?:\s|$))/;
const SIMPLE_BULLET = /^[-*+] {1,4}(?=\S)(?![-+*>#=<]|\d{1,9}[.)](?:\s|$))/;
/** Links and HTML can swallow asterisks; with emphasis about, leave those chunks to remark. */
const UNSURE_WITH_EMPHASIS = /\]\(|</;
/**
 * The character classes emphasis is read with: letters, digits and marks (a word), letters
 * and digits, and white space, punctuation and symbols. `unicode` is the rule; `near` is
 * the same classes written out for ASCII and the Arabic block, which is all a document
 * usually has next to its asterisks. Regular expressions on Unicode properties took a
 * sixth of a one-file run's parse to compile; test/markdown.test.ts checks that the two
 * agree on every character `near` is used for.
 */
export const EMPHASIS_CLASSES = {
  unicode: { word: '\\p{L}\\p{N}\\p{M}', letter: '\\p{L}\\p{N}', spaceOrPunctuation: '\\s\\p{P}\\p{S}', flags: 'u' },
  near: {
    word: '0-9A-Za-z\\u0610-\\u061A\\u0620-\\u0669\\u066E-\\u06D3\\u06D5-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06FC\\u06FF',
    letter: '0-9A-Za-z\\u0620-\\u064A\\u0660-\\u0669\\u066E-\\u066F\\u0671-\\u06D3\\u06D5\\u06E5-\\u06E6\\u06EE-\\u06FC\\u06FF',
    spaceOrPunctuation:
      '\\u0009-\\u000D\\u0020-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E\\u0606-\\u060F\\u061B\\u061D-\\u061F\\u066A-\\u066D\\u06D4\\u06DE\\u06E9\\u06FD-\\u06FE',
    flags: '',
  },
};

/** The characters `near` covers. */
const isNear = (code: number) => code < 0x80 || (code >= 0x600 && code <= 0x6ff);

interface EmphasisPatterns {
  /** An emphasis pair: opened before a letter, closed after one, not glued to a word on the outside. */
  pair: RegExp;
  /**
   * An asterisk glued to the end of a word and followed by a space, punctuation or the end
   * (الاتحاد الأوروبي*،) can only close emphasis; with no opener left it stays a literal
   * character (a footnote citation).
   */
  closerOnly: RegExp;
}

function emphasisPatterns({ word, letter, spaceOrPunctuation, flags }: typeof EMPHASIS_CLASSES.near): EmphasisPatterns {
  return {
    pair: new RegExp(`(?<![${word}*])(\\*{1,2})(?=[${letter}])([^*\\n]*?[${word}])\\1(?![${word}*])`, `g${flags}`),
    closerOnly: new RegExp(`(?<=[${word}])\\*+(?=[${spaceOrPunctuation}]|$)`, `g${flags}`),
  };
}

const NEAR_EMPHASIS = emphasisPatterns(EMPHASIS_CLASSES.near);
let unicodeEmphasis: EmphasisPatterns | undefined;

/** The patterns for a chunk: `near` when every character next to an asterisk is one it covers. */
function emphasisFor(chunkText: string): EmphasisPatterns {
  for (let i = chunkText.indexOf('*'); i >= 0; i = chunkText.indexOf('*', i + 1)) {
    const before = i > 0 ? chunkText.charCodeAt(i - 1) : 0;
    const after = i + 1 < chunkText.length ? chunkText.charCodeAt(i + 1) : 0;
    if (!isNear(before) || !isNear(after)) return (unicodeEmphasis ??= emphasisPatterns(EMPHASIS_CLASSES.unicode));
  }
  return NEAR_EMPHASIS;
}

/** The spans of the emphasis delimiters, or null if some asterisk is neither in a plain pair nor a closer-only literal. */
function plainEmphasis(chunkText: string, base: number): Span[] | null {
  if (!chunkText.includes('*')) return [];
  if (UNSURE_WITH_EMPHASIS.test(chunkText)) return null;
  const { pair, closerOnly } = emphasisFor(chunkText);
  const spans: Span[] = [];
  const literal = (from: number, to: number) => !chunkText.slice(from, to).replace(closerOnly, '').includes('*');
  let left = 0;
  for (const m of matchesOf(pair, chunkText)) {
    if (!literal(left, m.index)) return null;
    const d = m[1].length;
    const start = base + m.index;
    const end = start + m[0].length;
    spans.push([start, start + d], [end - d, end]);
    left = m.index + m[0].length;
  }
  return literal(left, chunkText.length) ? spans : null;
}

/**
 * Units line by line: a simple bullet opens a unit, other lines run on the unit before
 * them. `strict`: give up (null) at a line markdown might read otherwise.
 */
function lineUnits(chunkText: string, chunk: Chunk, emphasis: Span[], strict: boolean): Unit[] | null {
  const lines = chunkText.split('\n');
  const units: Unit[] = [];
  let offset = chunk.start;
  for (let i = 0; i < lines.length; i++) {
    const line = chunk.firstLine + i;
    const lineEnd = offset + lines[i].length;
    const syntax = emphasis.filter(([s]) => s >= offset && s < lineEnd);
    if (SIMPLE_BULLET.test(lines[i])) units.push({ firstLine: line, lastLine: line, bullet: true, syntax });
    else if (strict && !PLAIN_LINE.test(lines[i])) return null;
    else if (units.length === 0) units.push({ firstLine: line, lastLine: line, bullet: false, syntax });
    else {
      units[units.length - 1].lastLine = line;
      append(units[units.length - 1].syntax, syntax);
    }
    offset = lineEnd + 1;
  }
  return units;
}

/** A bullet's own asterisk is not emphasis: blank it out before looking for pairs. */
function withoutBullets(chunkText: string): string {
  return chunkText
    .split('\n')
    .map((l) => (SIMPLE_BULLET.test(l) ? ` ${l.slice(1)}` : l))
    .join('\n');
}

/** The units of a chunk when it needs no parser, or null when it does. */
export function plainUnits(chunkText: string, chunk: Chunk): Unit[] | null {
  if (UNSURE_INLINE.test(chunkText)) return null;
  const emphasis = plainEmphasis(withoutBullets(chunkText), chunk.start);
  return emphasis === null ? null : lineUnits(chunkText, chunk, emphasis, true);
}

/**
 * micromark is quadratic on some inputs (long runs of delimiters, deep nesting, huge
 * blocks) and can overflow the stack on others: such chunks never reach it.
 */
const REMARK_MAX_CHARS = 20_000;
/** Delimiters whose pairing micromark works out by looking back over the others. */
const DELIMITERS = /[*_`[\]<>]/g;
const REMARK_MAX_DELIMITERS = 100;
const DEEP_NESTING = /^(?:[ \t]*[>*+-][ \t]*){17}/m;

export function remarkIsSafe(chunkText: string): boolean {
  if (chunkText.length > REMARK_MAX_CHARS || DEEP_NESTING.test(chunkText)) return false;
  let delimiters = 0;
  DELIMITERS.lastIndex = 0;
  while (DELIMITERS.exec(chunkText) && ++delimiters <= REMARK_MAX_DELIMITERS);
  return delimiters <= REMARK_MAX_DELIMITERS;
}

/** For chunks remark must not see: units line by line, and only plain emphasis pairs taken out. */
export function fallbackUnits(chunkText: string, chunk: Chunk): Unit[] {
  const text = withoutBullets(chunkText);
  const pairs = matchesOf(emphasisFor(text).pair, text).flatMap((m): Span[] => {
    const d = m[1].length;
    const start = chunk.start + m.index;
    const end = start + m[0].length;
    return [[start, start + d], [end - d, end]];
  });
  return lineUnits(chunkText, chunk, pairs, false)!;
}

/** Inline nodes whose delimiters are syntax: their children's text stays, the marks go. */
const DELIMITED = new Set(['emphasis', 'strong', 'delete']);

function collectSyntax(node: Nodes, base: number, out: Span[]): void {
  if (!('children' in node)) return;
  if (DELIMITED.has(node.type) && node.children.length > 0 && node.position) {
    const first = node.children[0].position;
    const last = node.children[node.children.length - 1].position;
    if (first && last) {
      out.push([base + node.position.start.offset!, base + first.start.offset!]);
      out.push([base + last.end.offset!, base + node.position.end.offset!]);
    }
  }
  for (const child of node.children) collectSyntax(child as Nodes, base, out);
}

function unitsOfTree(tree: Root, chunk: Chunk, lineOffset: number): Unit[] {
  const units: Unit[] = [];
  const add = (node: Nodes, bullet: boolean) => {
    if (!node.position) return;
    const syntax: Span[] = [];
    collectSyntax(node, chunk.start, syntax);
    units.push({
      firstLine: node.position.start.line + lineOffset,
      lastLine: node.position.end.line + lineOffset,
      bullet,
      syntax: syntax.sort((a, b) => a[0] - b[0]),
    });
  };
  for (const node of tree.children) {
    if (node.type === 'list') for (const item of node.children) add(item, true);
    else add(node, false);
  }
  return units;
}

/** Lines of the chunk that no unit covers become units of their own, so no line is lost. */
function fillGaps(units: Unit[], chunk: Chunk): Unit[] {
  const out: Unit[] = [];
  let next = chunk.firstLine;
  for (const u of units.sort((a, b) => a.firstLine - b.firstLine)) {
    if (u.lastLine < next) continue; // nested inside a unit already taken
    for (; next < u.firstLine; next++) out.push({ firstLine: next, lastLine: next, bullet: false, syntax: [] });
    const firstLine = Math.max(u.firstLine, next);
    out.push({ ...u, firstLine });
    next = u.lastLine + 1;
  }
  for (; next <= chunk.lastLine; next++) out.push({ firstLine: next, lastLine: next, bullet: false, syntax: [] });
  return out;
}

export type UnitSource = 'plain' | 'remark' | 'fallback';

/** Markdown reads spaces and tabs as indentation: a chunk with neither at a line's start needs no dedent. */
const indented = (text: string) => text[0] === ' ' || text[0] === '\t' || text.includes('\n ') || text.includes('\n\t');

/**
 * The chunk's text without the white space that leads its lines, and a map from offsets in
 * it back to the source; null when no line is indented. Leading spaces are the converter's
 * layout (pdftotext -layout right-aligns Arabic lines), never markdown's indented code.
 */
export function dedent(chunkText: string): { text: string; toSource: (offset: number) => number } | null {
  if (!indented(chunkText)) return null;
  const lines = chunkText.split('\n');
  const indents = lines.map((l) => l.length - l.replace(/^[ \t]+/, '').length);
  const starts: number[] = [];
  const removed: number[] = [];
  let at = 0;
  let gone = 0;
  for (let i = 0; i < lines.length; i++) {
    gone += indents[i];
    starts.push(at);
    removed.push(gone);
    at += lines[i].length - indents[i] + 1;
  }
  const toSource = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > offset) i--;
    return offset + removed[i];
  };
  return { text: lines.map((l, i) => l.slice(indents[i])).join('\n'), toSource };
}

export function unitsOfChunk(text: string, chunk: Chunk): { units: Unit[]; source: UnitSource } {
  const chunkText = text.slice(chunk.start, chunk.end);
  const dedented = dedent(chunkText);
  if (!dedented) return unitsOfText(chunkText, chunk);
  const read = unitsOfText(dedented.text, { ...chunk, start: 0, end: dedented.text.length });
  const toSource = (offset: number) => chunk.start + dedented.toSource(offset);
  for (const unit of read.units) unit.syntax = unit.syntax.map(([a, b]): Span => [toSource(a), toSource(b)]);
  return read;
}

function unitsOfText(chunkText: string, chunk: Chunk): { units: Unit[]; source: UnitSource } {
  const plain = plainUnits(chunkText, chunk);
  if (plain) return { units: plain, source: 'plain' };
  if (remarkIsSafe(chunkText)) return { units: remarkUnits(chunkText, chunk), source: 'remark' };
  return { units: fallbackUnits(chunkText, chunk), source: 'fallback' };
}

/** The units remark-parse sees in a chunk. */
export function remarkUnits(chunkText: string, chunk: Chunk): Unit[] {
  const tree = parser.parse(chunkText) as Root;
  return fillGaps(unitsOfTree(tree, chunk, chunk.firstLine - 1), chunk);
}

/** The units of each chunk (the paragraph stage's, at most a paragraph each), in order. */
export function markdownUnits(lines: LineIndex, chunks: Chunk[]): { units: Unit[]; diagnostics: Diagnostic[] } {
  const units: Unit[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const chunk of chunks) {
    const read = unitsOfChunk(lines.text, chunk);
    append(units, read.units);
    if (read.source === 'fallback') {
      diagnostics.push({
        severity: 'warning',
        code: 'markdown-skipped',
        message: `lines ${chunk.firstLine}–${chunk.lastLine} are too large or too deeply nested for the markdown parser; read line by line`,
        line: chunk.firstLine,
      });
    }
  }
  return { units, diagnostics };
}

/** Adds `items` to the end of `list`: `push(...items)` overflows the stack past ~100,000 items. */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}
