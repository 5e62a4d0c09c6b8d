// Line index over the decoded text: offsets ↔ 1-based line numbers.

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export class LineIndex {
  /** Offset of the first character of each line; starts[0] = 0. */
  readonly starts: number[];
  /** The file's own lines (before the reading-order stage), for `raw`: as many as `text` has. */
  private readonly sourceStarts: number[];

  constructor(
    readonly text: string,
    readonly source: string = text,
    /** Lines the reading-order stage found cut from the line before them mid-line (src/order). */
    private readonly cutMidLine: ReadonlySet<number> = new Set(),
  ) {
    this.starts = lineStarts(text);
    this.sourceStarts = source === text ? this.starts : lineStarts(source);
  }

  /** The file's own text of lines first..last, joined with \n: what `raw` shows. */
  sourceLines(first: number, last: number): string {
    const start = this.sourceStarts[first - 1];
    const end = last < this.sourceStarts.length ? this.sourceStarts[last] - 1 : this.source.length;
    return this.source.slice(start, end);
  }

  get count(): number {
    return this.starts.length;
  }

  /** 1-based line number of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Offset range [start, end) of a 1-based line, without its \n. */
  lineSpan(line: number): [number, number] {
    const start = this.starts[line - 1];
    const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return [start, next];
  }

  /** Whether a converter cut this line from the one before it mid-line: it opens nothing. */
  continuesLineBefore(line: number): boolean {
    return this.cutMidLine.has(line);
  }

  lineText(line: number): string {
    const [s, e] = this.lineSpan(line);
    return this.text.slice(s, e);
  }
}
