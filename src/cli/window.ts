// The in-order window of a pooled run, without threads: which document a worker may
// take next, which this thread must parse itself, and which result is written next.
// Results are written in input order, so those done out of turn wait here; the window
// bounds how many (in documents and in input bytes), so memory stays flat however many
// files there are.

export interface WindowLimits {
  /** Documents handed out ahead of the next one to write. */
  documents: number;
  /** Input bytes handed out ahead of it (but always `minimum` documents). */
  bytes: number;
  minimum: number;
  /** Larger documents are not handed out: this thread parses them in their turn. */
  largest: number;
}

/** What is written next: a result that came back, or a document this thread parses now. */
export type Turn<R> = { index: number; result: R } | { index: number; result: null };

export class InOrderWindow<R> {
  /** The next document to write, and the next to hand out. */
  private next = 0;
  private dispatched = 0;
  private readonly sizes: number[] = [];
  /** Input bytes handed to workers and not yet written. */
  private aheadBytes = 0;
  private readonly finished = new Map<number, R>();
  /** Documents this thread parses in their turn: too large for a worker, or handed back by one that failed. */
  private readonly inTurn = new Set<number>();

  constructor(
    private readonly total: number,
    private readonly sizeOf: (index: number) => number,
    private readonly limits: WindowLimits,
  ) {}

  /**
   * The next document for a worker, or undefined when there is none or the window is
   * full. A document too large for a worker is kept for this thread on the way.
   */
  take(): number | undefined {
    const { documents, bytes, minimum, largest } = this.limits;
    while (this.dispatched < this.total && this.dispatched - this.next < documents && (this.aheadBytes < bytes || this.dispatched - this.next < minimum)) {
      const index = this.dispatched++;
      const size = (this.sizes[index] = this.sizeOf(index));
      if (size <= largest) {
        this.aheadBytes += size;
        return index;
      }
      this.inTurn.add(index);
    }
    return undefined;
  }

  /** The input size of a handed-out document. */
  size(index: number): number {
    return this.sizes[index];
  }

  /** Whether this thread has documents of its own to parse. */
  get parsesHere(): boolean {
    return this.inTurn.size > 0;
  }

  /** A worker's result. */
  finish(index: number, result: R): void {
    this.finished.set(index, result);
  }

  /** Documents a failed worker had: this thread parses them in their turn. */
  handBack(indexes: number[]): void {
    for (const index of indexes) {
      this.inTurn.add(index);
      this.aheadBytes -= this.sizes[index];
    }
  }

  /** What is written next, if its turn has come (null while the next result is still out). */
  peek(): Turn<R> | null {
    const result = this.finished.get(this.next);
    if (result !== undefined) return { index: this.next, result };
    if (this.inTurn.has(this.next)) return { index: this.next, result: null };
    return null;
  }

  /** The turn peek() gave is written: on to the next. */
  advance(): void {
    if (this.finished.delete(this.next)) this.aheadBytes -= this.sizes[this.next];
    else this.inTurn.delete(this.next);
    this.next++;
  }

  /** Every document is written. */
  get complete(): boolean {
    return this.next >= this.total;
  }
}
