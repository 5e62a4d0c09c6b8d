// What a converter's line wrapping tells of where paragraphs end, beyond what the words say.
// The simulated converters wrap each paragraph greedily at a width of its own, in
// characters, and -layout may right-align each to an edge of its own; the widths and edges
// a paragraph's lines allow then say whether two runs of lines are one paragraph. Pure
// functions of line texts: src/paragraphs/index.ts decides where to ask.

/** A range of widths, in characters, both ends included. */
export interface Widths {
  least: number;
  most: number;
}

/**
 * Aligned text whose paragraphs each keep a right edge of their own (-layout's column
 * where a right-to-left line starts): a line's edge, and how far a paragraph's edge stands
 * beyond the width it was wrapped at.
 */
export interface Edges {
  of: (line: number) => number;
  margin: number;
}

/** What a text's wrapping can tell of where its paragraphs end. */
export interface Wraps {
  /** The widths the text's paragraphs were wrapped at, each its own. */
  widths?: Widths;
  edges?: Edges;
}

/** The lines a chunk spans. */
interface LineSpan {
  firstLine: number;
  lastLine: number;
}

/** A line's words, one space apart. */
export const wordsOf = (line: string) => line.trim().replace(/\s+/g, ' ');

/** Where a right-aligned line of -layout text starts reading: its right end, in columns. */
export const rightEdge = (text: string) => text.trimEnd().length;

/**
 * The widest width, in characters, at which greedy wrapping cuts a paragraph into these
 * lines (each break where the next word no longer fits); null when no one width does.
 */
export function wrapWidth(texts: string[]): number | null {
  const widest = Math.max(...texts.map((t) => t.length));
  let most = Infinity;
  for (let i = 0; i + 1 < texts.length; i++) most = Math.min(most, texts[i].length + texts[i + 1].split(' ')[0].length);
  return most >= widest ? most : null;
}

/** How many widths in `range` greedy wrapping could have cut a paragraph into these lines at. */
function widthsAllowed(texts: string[], range: Widths): number {
  const most = Math.min(range.most, wrapWidth(texts) ?? -Infinity);
  return Math.max(0, most - Math.max(range.least, ...texts.map((t) => t.length)) + 1);
}

/**
 * How much likelier one paragraph must be than two. Of the thresholds tried on 540 re-laid
 * parses of nine documents (bench/relayout.mjs), 2 left the fewest blocks wrong (180, against
 * 231 with no rule); 1.5 and 2.5 left 222 and 219, and 3 and 4 more than no rule. The widths
 * are a rough measure, and the threshold is a measured one, not derived.
 */
const ONE_PARAGRAPH_ODDS = 2;
/** Columns a paragraph's wrap width may stray from what its edge says. */
const EDGE_SLACK = 2;

/**
 * Whether `texts` are one paragraph rather than two, the second from line `apart`.
 *
 * With widths of their own: the lines wrap as one paragraph, and the widths that allow
 * are at least ONE_PARAGRAPH_ODDS times as likely as two paragraphs wrapping as they do at
 * widths of their own (each width of the range taken as likely as another).
 *
 * With edges of their own (the lines all at `edge`): the one paragraph wraps at the width
 * that edge stands for.
 *
 * A real converter's lines, justified in a proportional font, seldom wrap so exactly in
 * characters, and its paragraphs share one measure and one edge: there neither holds.
 */
export function wrapsAsOne(texts: string[], apart: number, wraps: Wraps, edge?: number): boolean {
  const { edges, widths } = wraps;
  if (edges && edge !== undefined) {
    const at = edge - edges.margin;
    return widthsAllowed(texts, { least: at - EDGE_SLACK, most: at + EDGE_SLACK }) > 0;
  }
  if (!widths) return false;
  const one = widthsAllowed(texts, widths);
  const two = widthsAllowed(texts.slice(0, apart), widths) * widthsAllowed(texts.slice(apart), widths);
  return one > 0 && one * (widths.most - widths.least + 1) >= ONE_PARAGRAPH_ODDS * two;
}

/** Chunks of this many lines or more show the widths their paragraph was wrapped at. */
const WIDTH_WITNESS_LINES = 3;
const WIDTH_WITNESSES = 5;
/** When one width lets this share of the witnesses wrap as they do, the text has one measure. */
const ONE_MEASURE_SHARE = 0.8;

/**
 * The range of widths a text's paragraphs were wrapped at, when each paragraph has a width
 * of its own: no one width lets most chunks of several lines wrap as they do. Null when one
 * does (a converter that wraps the page at one measure): then a paragraph's widths say
 * nothing of where it ends.
 */
export function paragraphWidths(chunks: LineSpan[], textsOf: (chunk: LineSpan) => string[]): Widths | null {
  const spans: Array<[number, number]> = [];
  // One chunk's lines at a time, and only those that can witness a width.
  for (const chunk of chunks) {
    if (chunk.lastLine - chunk.firstLine + 1 < WIDTH_WITNESS_LINES) continue;
    const texts = textsOf(chunk);
    const most = wrapWidth(texts);
    if (most !== null) spans.push([Math.max(...texts.map((t) => t.length)), most]);
  }
  if (spans.length < WIDTH_WITNESSES) return null;
  const least = Math.min(...spans.map(([widest]) => widest));
  const most = Math.max(...spans.map(([widest]) => widest));
  for (let width = least; width <= most; width++) {
    if (spans.filter(([a, b]) => a <= width && width <= b).length >= ONE_MEASURE_SHARE * spans.length) return null;
  }
  return { least, most };
}

/** Shares of line pairs that keep their edge inside a paragraph and change it between two. */
const EDGE_KEPT = 0.9;
const EDGE_CHANGED = 0.5;
/** A paragraph's widest line falls short of its wrap width by a word's end at most, and often not at all. */
const MARGIN_PERCENTILE = 0.1;

/**
 * The edges of aligned text when they mark its paragraphs: nearly every line keeps the edge
 * of the line before it inside a chunk, and most chunks change it. Null otherwise: real
 * -layout text sets all paragraphs to one edge, and then the edge tells nothing.
 */
export function paragraphEdges(chunks: LineSpan[], edgeOf: (line: number) => number, textOf: (line: number) => string): Edges | null {
  let inside = 0;
  let kept = 0;
  let between = 0;
  let changed = 0;
  const margins: number[] = [];
  chunks.forEach((chunk, i) => {
    let widest = 0;
    let oneEdge = true;
    for (let l = chunk.firstLine; l <= chunk.lastLine; l++) {
      widest = Math.max(widest, wordsOf(textOf(l)).length);
      if (l === chunk.firstLine) continue;
      inside++;
      if (edgeOf(l) === edgeOf(l - 1)) kept++;
      else oneEdge = false;
    }
    if (oneEdge && chunk.lastLine > chunk.firstLine) margins.push(edgeOf(chunk.firstLine) - widest);
    const before = chunks[i - 1];
    if (before && before.lastLine + 1 === chunk.firstLine) {
      between++;
      if (edgeOf(chunk.firstLine) !== edgeOf(before.lastLine)) changed++;
    }
  });
  if (inside === 0 || between === 0 || kept < EDGE_KEPT * inside || changed < EDGE_CHANGED * between) return null;
  margins.sort((a, b) => a - b);
  return { of: edgeOf, margin: margins[Math.floor(MARGIN_PERCENTILE * (margins.length - 1))] };
}
