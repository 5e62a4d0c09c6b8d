// Pieces → blocks. One pass in reading order with a stack of open blocks: each new block
// closes the open blocks of its own rank or lower and nests under what remains. Footnote
// definitions and furniture are set aside without touching the stack, which is what lets
// a paragraph or a list run on across a page of notes.
import type { BlockType, Layout } from '../types.js';
import { isClosingLine } from '../paragraphs/openings.js';
import type { LineIndex } from '../read/lines.js';
import { endsClosed, type Piece } from '../pieces/index.js';

export interface BlockDraft {
  type: BlockType;
  level: number | null;
  label: string | null;
  number: number | null;
  rawLabel: string | null;
  parent: BlockDraft | null;
  pieces: Piece[];
  /** Lower ranks contain higher ones: closing lines 0, headings 1–3, paragraphs 10, items 11 … */
  rank: number;
  /** A recommendation label waiting for the paragraph that is its text. */
  awaitingText: boolean;
  /** Pieces that continue the block after a page break: each half keeps its own line range. */
  breaks: Set<Piece>;
}

export interface BuiltBody {
  layout: Layout;
  blocks: BlockDraft[];
  /** Each note's pieces: its definition, then the rest of it a converter's blank line cut off. */
  notes: Piece[][];
  furniture: Piece[];
  /** Pieces that could not be placed with confidence (reported as diagnostics). */
  unclassified: Piece[];
}

const RANK = {
  /** A part of a resolution holds its own formula, preamble, operative part and closing lines. */
  part: -1,
  chapter: 1,
  section: 2,
  heading: 3,
  paragraph: 10,
  item: 11,
  subparagraph: 12,
  point: 13,
  /** Closing lines belong to the whole resolution, under no heading. */
  closing: 0,
} as const;

const UNNUMBERED_HEADING_MAX = 120;
/** Pieces that open a heading of their own. */
const HEADING_KINDS = new Set(['chapter', 'section', 'part']);
/** How a recital ends: a comma, a semicolon or a colon (note markers after it aside). */
const RECITAL_END = /[،,؛;:][\s⁽⁾⁰-⁹*]*$/;

/**
 * Decides the layout from the pieces themselves: a formula or recitals before any chapter
 * or numbered paragraph make a resolution (a decision when its clauses are lettered, not
 * numbered); chapters or numbered paragraphs first make a report (which may quote a
 * resolution further on) — unless the header's kind line says the document is a
 * resolution or a decision (`adopted`), which some are without a formula.
 */
export function decideLayout(body: Piece[], adopted: 'resolution' | 'decision' | null = null): Layout {
  const firstNumbered = body.findIndex((p) => p.kind === 'numbered');
  const firstReportPart = body.findIndex((p) => p.kind === 'chapter' || p.kind === 'section' || p.kind === 'numbered');
  const firstResolutionPart = body.findIndex((p) => p.kind === 'formula' || p.kind === 'preamble-open');
  const beforeOperative = firstNumbered < 0 ? body : body.slice(0, firstNumbered);
  const formula = body.some((p) => p.kind === 'formula');
  const recitals = beforeOperative.filter((p) => p.kind === 'preamble-open').length;
  const resolutionFirst = firstResolutionPart >= 0 && (firstReportPart < 0 || firstResolutionPart < firstReportPart);
  if (resolutionFirst && (formula || recitals >= 2)) {
    const lettered = body.some((p) => p.kind === 'lettered');
    return firstNumbered < 0 && lettered ? 'decision' : 'resolution';
  }
  const chapters = body.some((p) => p.kind === 'chapter');
  if (adopted && firstNumbered >= 0 && !chapters) return adopted;
  if (firstReportPart >= 0) return 'report';
  return 'unknown';
}

/** Pieces that stand outside the text's flow: page furniture and notes. */
const ASIDE = new Set(['furniture', 'note']);

/**
 * A section letter with at most a title line after it, then a formula (جيم ⏎ إن الجمعية
 * العامة، — or باء ⏎ الحق في التنمية ⏎ إن …) heads a part of a resolution, not a report
 * section: such pieces become parts.
 */
export function markParts(body: Piece[], lines: LineIndex): void {
  for (let i = 0; i < body.length; i++) {
    const p = body[i];
    // Written alone on its line, without the dash of a report's section (ألف - …).
    if (p.kind !== 'section' || !LETTER_ALONE.test(lines.lineText(p.firstLine))) continue;
    const next = nextInFlow(body, i, 2);
    const titled = p.text === '' && next[0]?.kind === 'plain' && next[0].firstLine === next[0].lastLine;
    if (next[titled ? 1 : 0]?.kind === 'formula') p.kind = 'part';
  }
}

/** The first `count` pieces after index `i` that are not furniture or notes. */
function nextInFlow(body: Piece[], i: number, count: number): Piece[] {
  const out: Piece[] = [];
  for (let j = i + 1; j < body.length && out.length < count; j++) if (!ASIDE.has(body[j].kind)) out.push(body[j]);
  return out;
}

const LETTER_ALONE = /^[\s*]*[\u0621-\u064A\u0640]+[\s*]*$/;

/** The text of a block's last piece: what tells whether the block has ended. */
function lastPieceText(block: BlockDraft): string {
  return block.pieces[block.pieces.length - 1].text;
}

/** One line that opens a paragraph or a clause and breaks off mid-sentence: the start of a line whose rest was cut. */
function isCutStart(piece: Piece): boolean {
  return piece.firstLine === piece.lastLine && CUT_START_KINDS.has(piece.kind) && piece.text !== '' && !endsClosed(piece.text, true);
}
const CUT_START_KINDS = new Set(['numbered', 'lettered', 'point', 'preamble-open']);

/** A paragraph ending in a colon introduces the clauses, items or recommendations after it. */
function introducesList(block: BlockDraft): boolean {
  return lastPieceText(block).endsWith(':');
}

class Builder {
  readonly blocks: BlockDraft[] = [];
  readonly notes: Piece[][] = [];
  /** The note just defined, while nothing else has come since: what an unfinished note's rest continues. */
  private openNote: Piece[] | null = null;
  readonly furniture: Piece[] = [];
  readonly unclassified: Piece[] = [];
  private stack: BlockDraft[] = [];
  /** The last block whose text a later piece may continue. */
  private lastText: BlockDraft | null = null;
  /** The rest of a line printed before the line's start (pdfminer), for the block that start opens. */
  private restOfNext: Piece | null = null;
  private phase: 'start' | 'preamble' | 'operative' = 'start';
  private lastParagraphNumber = 0;
  /** Paragraphs whose outer list is of points, not of lettered clauses. */
  private readonly pointsFirst = new Set<BlockDraft>();

  constructor(
    private readonly layout: Layout,
    private readonly citedMarkers: Set<string>,
    private readonly lastOperativeIndex: number,
  ) {}

  private open(type: BlockType, rank: number, piece: Piece, level: number | null = null): BlockDraft {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].rank >= rank) this.stack.pop();
    const e = piece.enumerator;
    const numbered = e && e.kind !== 'note-asterisk' && type !== 'preambular' && type !== 'formula';
    const block: BlockDraft = {
      type,
      level,
      label: numbered ? e.label : null,
      number: numbered ? e.number : null,
      rawLabel: numbered ? e.rawLabel : null,
      parent: this.stack[this.stack.length - 1] ?? null,
      pieces: [piece],
      rank,
      awaitingText: false,
      breaks: new Set(),
    };
    this.blocks.push(block);
    this.stack.push(block);
    this.lastText = type === 'heading' || type === 'title' ? null : block;
    return block;
  }

  private top(): BlockDraft | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  /**
   * Whether lettered clauses nest inside the points of the paragraph now open: the order
   * of the two lists is the document's own (‘1‘ ⏎ (أ) as well as (أ) ⏎ ‘1‘).
   */
  private pointsOutside(): boolean {
    const owner = this.listOwner();
    return owner !== null && this.pointsFirst.has(owner) && this.stack.some((b) => b.type === 'point');
  }

  /** The nearest open block of paragraph rank or above: what a list starting now belongs to. */
  private listOwner(): BlockDraft | null {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const b = this.stack[i];
      if (b.rank <= RANK.paragraph) return b;
    }
    return null;
  }

  /**
   * Whether a piece that opens nothing may continue `block`. A recital ends in a comma, but
   * a piece with no enumerator and no recital opener after it (those are placed as blocks
   * of their own) can only be the rest of one that a page break cut; only the formula is
   * closed by its comma.
   */
  private isOpenForContinuation(block: BlockDraft, piece: Piece): boolean {
    const last = lastPieceText(block);
    if (endsClosed(last, block.type === 'formula')) return false;
    // A recital that already ends as a recital ends (، ؛) runs on only into text that still
    // ends so: a page break cut it. A line without that ending after the last recital is a
    // heading of its own (… الأمم المتحدة، ⏎ منع صادرات النفط غير المشروعة ⏎ ١ - …).
    return !(block.type === 'preambular' && RECITAL_END.test(last) && !RECITAL_END.test(piece.text));
  }

  /**
   * A list item after an item of the same list (- حماية المدنيين ⏎ - دعم …): a new item,
   * though the one before has no final punctuation. (A dash that begins a line after a
   * paragraph may be the rest of that paragraph, as a converter wrapped it.)
   */
  private nextListItem(piece: Piece, block: BlockDraft): boolean {
    return piece.listMarker > 0 && block.pieces[0].listMarker > 0;
  }

  private lastItemUnder(owner: BlockDraft): BlockDraft | null {
    for (let i = this.blocks.length - 1; i >= 0; i--) {
      const b = this.blocks[i];
      if (b === owner) return null;
      if (b.type === 'item' && b.parent === owner) return b;
    }
    return null;
  }

  /** A number that restarts at 1 under an introducing paragraph, or runs on its items, is a nested list. */
  private isNestedItem(n: number): boolean {
    if (n === this.lastParagraphNumber + 1) return false;
    const owner = this.listOwner();
    if (!owner) return false;
    const lastItem = this.lastItemUnder(owner);
    if (lastItem) return lastItem.number !== null && n === lastItem.number + 1;
    return n === 1 && introducesList(owner);
  }

  /** `next`: the piece after this one in the text's flow (notes and furniture aside). */
  add(piece: Piece, index: number, next?: Piece): void {
    this.addPiece(piece, index, next);
    // A rest of a line held for the line's start goes into the block the start is in.
    const rest = this.restOfNext;
    if (!rest || rest === piece || ASIDE.has(piece.kind)) return;
    this.restOfNext = null;
    if (this.lastText) {
      this.lastText.pieces.push(rest);
      this.lastText.breaks.add(rest);
    } else this.place(rest, index, next);
  }

  private addPiece(piece: Piece, index: number, next?: Piece): void {
    if (piece.kind === 'furniture') {
      this.furniture.push(piece);
      return;
    }
    if (piece.kind === 'note' && this.isFootnote(piece)) {
      this.openNote = [piece];
      this.notes.push(this.openNote);
      return;
    }
    const note = this.openNote;
    this.openNote = null;
    // The rest of a note a converter's blank line cut off (… 2388 (2017) ⏎⏎ و2482 (2019).):
    // plain text after a note that has not ended, which no open block of the body takes.
    if (note && piece.kind === 'plain' && !endsClosed(note[note.length - 1].text, false) && !(this.lastText && this.isOpenForContinuation(this.lastText, piece))) {
      note.push(piece);
      this.openNote = note;
      return;
    }
    // A note call a converter printed apart (pdfminer: ⁽²⁾ between blank lines) belongs to
    // the text before it, whatever that ends with; the rest of a line pdfminer cut mid-line
    // (src/order), unless that text ended its sentence. Then the rest belongs to the next
    // piece if that is one line that opens a block and breaks off ((و) حثّ): pdfminer printed
    // the rest before the line's start. Else whose rest it is cannot be told: it stands alone.
    const callAlone = piece.kind === 'plain' && piece.text.trim() === '' && piece.markers.length > 0;
    const afterSentence = !this.lastText || endsClosed(lastPieceText(this.lastText), false);
    if (piece.cutMidLine && afterSentence && next && isCutStart(next)) {
      this.restOfNext = piece;
      return;
    }
    if ((callAlone || (piece.cutMidLine && !afterSentence)) && this.lastText) {
      this.lastText.pieces.push(piece);
      this.lastText.breaks.add(piece);
      return;
    }
    const awaiting = this.lastText?.awaitingText ? this.lastText : null;
    if (awaiting && (piece.kind === 'plain' || (piece.kind === 'preamble-open' && awaiting.type !== 'part'))) {
      awaiting.pieces.push(piece);
      awaiting.awaitingText = false;
      if (awaiting.type === 'heading') this.lastText = null;
      return;
    }
    if (this.continuesText(piece) && this.lastText && this.isOpenForContinuation(this.lastText, piece) && !this.nextListItem(piece, this.lastText)) {
      this.lastText.pieces.push(piece);
      this.lastText.breaks.add(piece);
      return;
    }
    this.place(piece, index, next);
  }

  /**
   * Text that may run on from an unfinished block: plain text, and in a report outside any
   * preamble a line that only starts like a recital (…والاتصالات، ⏎ تسليما بكونه …).
   */
  private continuesText(piece: Piece): boolean {
    if (piece.kind === 'plain') return true;
    return piece.kind === 'preamble-open' && this.layout === 'report' && this.phase !== 'preamble';
  }

  private isFootnote(piece: Piece): boolean {
    const marker = piece.enumerator!.label;
    if (this.citedMarkers.has(marker)) return true;
    // Not cited anywhere: under a paragraph that announces a list it is an item.
    const owner = this.listOwner();
    return !(owner && introducesList(owner));
  }

  private place(piece: Piece, index: number, next?: Piece): void {
    const afterOperative = this.lastOperativeIndex >= 0 && index > this.lastOperativeIndex;
    switch (piece.kind) {
      case 'chapter':
      case 'section': {
        const heading = this.open('heading', piece.kind === 'chapter' ? RANK.chapter : RANK.section, piece, piece.kind === 'chapter' ? 1 : 2);
        // An ordinal alone on its line: the heading's words are the next paragraph.
        heading.awaitingText = piece.text === '';
        this.lastText = heading.awaitingText ? heading : null;
        return;
      }
      case 'recommendation':
        this.open('recommendation', RANK.item, piece).awaitingText = true;
        return;
      case 'part': {
        // Each part is a resolution of its own: its numbering starts again.
        this.phase = 'start';
        this.lastParagraphNumber = 0;
        const part = this.open('part', RANK.part, piece);
        part.awaitingText = piece.text === '';
        this.lastText = part.awaitingText ? part : null;
        return;
      }
      case 'formula':
        this.phase = 'preamble';
        this.open('formula', RANK.paragraph, piece);
        return;
      case 'numbered':
        this.placeNumbered(piece);
        return;
      case 'lettered':
        if (this.layout === 'decision') {
          this.phase = 'operative';
          this.open('operative', RANK.paragraph, piece);
        } else if (!this.continueSequence('subparagraph', piece)) {
          this.open('subparagraph', this.pointsOutside() ? RANK.point + 1 : RANK.subparagraph, piece);
        }
        return;
      case 'point': {
        if (this.continueSequence('point', piece)) return;
        // A point opened straight under a paragraph makes points the outer list there.
        const owner = this.listOwner();
        if (owner && !this.stack.some((b) => b.type === 'subparagraph')) this.pointsFirst.add(owner);
        this.open('point', RANK.point, piece);
        return;
      }
      case 'note':
        // An uncited (1) or * under a paragraph that announces a list.
        this.open('item', RANK.item, piece);
        return;
      default:
        this.placeText(piece, afterOperative, next);
    }
  }

  /**
   * A clause or point that continues a list still open ((ب) after (أ), ’٤‘ after ’٣‘)
   * returns to that list's level, closing what was opened under its last member (a list
   * of bullets under ’٣‘, points under (أ)), whatever the ranks of those.
   */
  private continueSequence(type: BlockType, piece: Piece): boolean {
    const n = piece.enumerator?.number;
    if (n === undefined || n < 2) return false;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const b = this.stack[i];
      if (b.type !== type || b.number !== n - 1) continue;
      this.stack.length = i;
      this.open(type, b.rank, piece);
      return true;
    }
    return false;
  }

  private placeNumbered(piece: Piece): void {
    const n = piece.enumerator!.number;
    if (this.isNestedItem(n)) {
      this.open('item', RANK.item, piece);
      return;
    }
    this.lastParagraphNumber = n;
    this.phase = 'operative';
    const resolution = this.layout === 'resolution' || this.layout === 'decision';
    this.open(resolution ? 'operative' : 'paragraph', RANK.paragraph, piece);
  }

  private placeText(piece: Piece, afterOperative: boolean, next?: Piece): void {
    const resolution = this.layout === 'resolution' || this.layout === 'decision';
    // The meeting and date lines follow the operative part (an annex may come after them).
    if (resolution && this.phase === 'operative' && isClosingLine(piece.text)) {
      this.open('closing', RANK.closing, piece);
      this.lastText = null;
      return;
    }
    if (this.looksLikeHeading(piece, next)) {
      const headings = this.stack.filter((b) => b.type === 'heading' && b.rank < RANK.heading).length;
      while (this.stack.length > 0 && this.top()!.rank >= RANK.heading) this.stack.pop();
      this.open('heading', RANK.heading, piece, Math.min(headings, 2) + 1);
      return;
    }
    // After a formula (also one a report quotes) come recitals, until the first number.
    if (this.phase === 'preamble' || (resolution && this.phase === 'start' && piece.kind === 'preamble-open')) {
      this.phase = 'preamble';
      this.open('preambular', RANK.paragraph, piece);
      return;
    }
    if (piece.bullet && this.placeBullet(piece)) return;
    const owner = piece.bullet ? this.listOwner() : null;
    if (owner && (this.lastItemUnder(owner) || introducesList(owner))) {
      this.open('item', RANK.item, piece);
      return;
    }
    if (resolution && afterOperative) this.unclassified.push(piece);
    this.open('paragraph', RANK.paragraph, piece);
  }

  /**
   * A bullet inside a list: after a bullet, the next of the same list; after a clause or
   * point that ends in a colon, the first of a list under it (‘2‘ دعم الدولة، بما في ذلك:
   * ⏎ - دعم الشرطة؛), at whatever depth. A bullet list under a paragraph is placed below.
   */
  private placeBullet(piece: Piece): boolean {
    const top = this.top();
    if (!top || top.rank <= RANK.paragraph) return false;
    if (top.type === 'item' && top.pieces[0].bullet) {
      this.open('item', top.rank, piece);
      return true;
    }
    if (!introducesList(top)) return false;
    this.open('item', top.rank + 1, piece);
    return true;
  }

  /**
   * A short line with no final punctuation, standing between paragraphs: a heading. Also
   * one wrapped onto a second line, or ending in a colon, when what follows opens a block
   * of its own (a numbered paragraph that continues the document's numbering, a heading).
   */
  private looksLikeHeading(piece: Piece, next?: Piece): boolean {
    if (piece.kind !== 'plain' || piece.bullet || piece.text.length === 0 || piece.text.length > UNNUMBERED_HEADING_MAX) return false;
    const opensNext = next !== undefined && (HEADING_KINDS.has(next.kind) || (next.kind === 'numbered' && !this.isNestedItem(next.enumerator!.number)));
    const lines = piece.lastLine - piece.firstLine + 1;
    if (lines > (opensNext ? 2 : 1)) return false;
    if (/:$/.test(piece.text)) return opensNext && next!.kind === 'numbered';
    return !/[.;؛،,!?؟…]$/.test(piece.text);
  }
}

/** Builds the body's blocks from its pieces (the header is already set aside). */
export function buildBody(body: Piece[], citedMarkers: Set<string>, lines: LineIndex, adopted: 'resolution' | 'decision' | null = null): BuiltBody {
  markParts(body, lines);
  const layout = decideLayout(body, adopted);
  let lastOperativeIndex = -1;
  if (layout === 'resolution' || layout === 'decision') {
    const operativeKinds = layout === 'decision' ? ['lettered', 'point', 'numbered'] : ['numbered'];
    body.forEach((p, i) => {
      if (operativeKinds.includes(p.kind)) lastOperativeIndex = i;
    });
  }
  const builder = new Builder(layout, citedMarkers, lastOperativeIndex);
  // The next piece in the flow for each piece, found in one pass from the end: a search
  // from each piece went over every note of a page of them, for each of them.
  const next: Array<Piece | undefined> = new Array(body.length);
  for (let i = body.length - 2; i >= 0; i--) next[i] = ASIDE.has(body[i + 1].kind) ? next[i + 1] : body[i + 1];
  body.forEach((piece, i) => builder.add(piece, i, next[i]));
  return {
    layout,
    blocks: builder.blocks,
    notes: builder.notes,
    furniture: builder.furniture,
    unclassified: builder.unclassified,
  };
}
