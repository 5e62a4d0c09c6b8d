// Stage 3, markdown: each chunk → units, the block-level pieces markdown sees (a
// paragraph, one list item, a heading …), with the spans of inline syntax (emphasis
// delimiters) that must not reach `text`. remark-parse does the reading, one chunk at a
// time; chunks with no markdown syntax at all skip it (one paragraph, nothing to strip).
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LineIndex } from '../read/lines.js';
import { chunkLines, type Chunk } from './chunks.js';

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
/** An emphasis pair: opened before a letter, closed after one, not glued to a word on the outside. */
const EMPHASIS_PAIR = /(?<![\p{L}\p{N}\p{M}*])(\*{1,2})(?=[\p{L}\p{N}])([^*\n]*?[\p{L}\p{N}\p{M}])\1(?![\p{L}\p{N}\p{M}*])/gu;

/**
 * An asterisk glued to the end of a word and followed by a space, punctuation or the end
 * (الاتحاد الأوروبي*،) can only close emphasis; with no opener left it stays a literal
 * character (a footnote citation).
 */
const CLOSER_ONLY = /(?<=[\p{L}\p{N}\p{M}])\*+(?=[\s\p{P}\p{S}]|$)/gu;

/** The spans of the emphasis delimiters, or null if some asterisk is neither in a plain pair nor a closer-only literal. */
function plainEmphasis(chunkText: string, base: number): Span[] | null {
  if (!chunkText.includes('*')) return [];
  if (UNSURE_WITH_EMPHASIS.test(chunkText)) return null;
  const spans: Span[] = [];
  const literal = (from: number, to: number) => !chunkText.slice(from, to).replace(CLOSER_ONLY, '').includes('*');
  let left = 0;
  for (const m of chunkText.matchAll(EMPHASIS_PAIR)) {
    if (!literal(left, m.index)) return null;
    const d = m[1].length;
    const start = base + m.index!;
    const end = start + m[0].length;
    spans.push([start, start + d], [end - d, end]);
    left = m.index! + m[0].length;
  }
  return literal(left, chunkText.length) ? spans : null;
}

/** The units of a chunk when it needs no parser, or null when it does. */
export function plainUnits(chunkText: string, chunk: Chunk): Unit[] | null {
  if (UNSURE_INLINE.test(chunkText)) return null;
  const lines = chunkText.split('\n');
  // A bullet's own asterisk is not emphasis: blank it out before looking for pairs.
  const unbulleted = lines.map((l) => (SIMPLE_BULLET.test(l) ? ` ${l.slice(1)}` : l)).join('\n');
  const emphasis = plainEmphasis(unbulleted, chunk.start);
  if (emphasis === null) return null;
  const units: Unit[] = [];
  let offset = chunk.start;
  for (let i = 0; i < lines.length; i++) {
    const line = chunk.firstLine + i;
    const lineEnd = offset + lines[i].length;
    const syntax = emphasis.filter(([s]) => s >= offset && s < lineEnd);
    if (SIMPLE_BULLET.test(lines[i])) units.push({ firstLine: line, lastLine: line, bullet: true, syntax });
    else if (!PLAIN_LINE.test(lines[i])) return null;
    else if (units.length === 0) units.push({ firstLine: line, lastLine: line, bullet: false, syntax });
    else {
      units[units.length - 1].lastLine = line;
      units[units.length - 1].syntax.push(...syntax);
    }
    offset = lineEnd + 1;
  }
  return units;
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

export function unitsOfChunk(text: string, chunk: Chunk): Unit[] {
  const chunkText = text.slice(chunk.start, chunk.end);
  return plainUnits(chunkText, chunk) ?? remarkUnits(chunkText, chunk);
}

/** The units remark-parse sees in a chunk. */
export function remarkUnits(chunkText: string, chunk: Chunk): Unit[] {
  const tree = parser.parse(chunkText) as Root;
  return fillGaps(unitsOfTree(tree, chunk, chunk.firstLine - 1), chunk);
}

export function markdownUnits(lines: LineIndex): Unit[] {
  const units: Unit[] = [];
  for (const chunk of chunkLines(lines)) units.push(...unitsOfChunk(lines.text, chunk));
  return units;
}
