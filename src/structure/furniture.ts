// Page furniture settled on the whole body. A line alone that looks like a page number
// or a running header is furniture only where the document says so: a running header
// repeats the document's own symbol, and page numbers run in order. A number or a symbol
// that a converter wrapped onto a row of its own (…القرار ⏎ 2165 ⏎ (2014)…, …في الوثيقة ⏎
// S/2019/949 ⏎ …) is the paragraph's text.
import type { Piece } from '../pieces/index.js';

const PAGE_ALONE = /^(\d{1,3})$/;
const PAGE_OF_PAGES = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;
/** How many pages a run of page numbers may skip (a page of a table, a blank page). */
const PAGES_SKIPPED = 2;

/** Where a page-number candidate stands in the run of page numbers: its page, and the document's pages when it says. */
interface PageNumber {
  piece: Piece;
  page: number;
  of: number | null;
}

function pageNumberOf(p: Piece): PageNumber | null {
  if (p.furniture !== 'page-number') return null;
  const alone = PAGE_ALONE.exec(p.text);
  if (alone) return { piece: p, page: Number(alone[1]), of: null };
  const fraction = PAGE_OF_PAGES.exec(p.text);
  return fraction ? { piece: p, page: Number(fraction[1]), of: Number(fraction[2]) } : null;
}

/** A symbol as a running header may shorten it: no spaces, no year (S/RES/2504 (2020)), no part letter (A/RES/75/251 C). */
const symbolKey = (symbol: string) => symbol.replace(/\s+/g, '').replace(/\(\d{4}\)$/, '').replace(/(?<=\/\d+)[A-Z]$/, '');

/** As plain text: the paragraph's own row. */
const asText = (p: Piece): Piece => ({ ...p, kind: 'plain', furniture: null });

/**
 * The body's pieces with the page numbers and running headers that are not furniture
 * given back as text. `headerSymbols` are the document's own symbols; with none, every
 * symbol alone stays a running header.
 */
export function settleFurniture(body: Piece[], headerSymbols: string[]): Piece[] {
  const own = new Set(headerSymbols.map(symbolKey));
  // Other furniture next to it (no text between) vouches for a page number: a page's footer.
  const at = new Map(body.map((p, i) => [p, i]));
  const isOther = (p: Piece | undefined) => p !== undefined && p.furniture !== null && p.furniture !== 'page-number';
  const vouched = (p: Piece) => isOther(body[at.get(p)! - 1]) || isOther(body[at.get(p)! + 1]);
  const candidates = body.map(pageNumberOf).filter((c): c is PageNumber => c !== null);
  const totals = new Map<number, number>();
  for (const c of candidates) if (c.of !== null) totals.set(c.of, (totals.get(c.of) ?? 0) + 1);

  const notPages = new Set<Piece>();
  let last = 0;
  candidates.forEach((c, i) => {
    const next = candidates[i + 1];
    const inRun = c.page > last && c.page <= last + 1 + PAGES_SKIPPED;
    const runsOn = next !== undefined && next.page > c.page && next.page <= c.page + 1 + PAGES_SKIPPED;
    // n/total: the total is the same on every page, and no page is past it.
    const ofPages = c.of === null ? true : c.page <= c.of && ((totals.get(c.of) ?? 0) > 1 || c.page === c.of);
    if (ofPages && (inRun || runsOn || vouched(c.piece))) last = c.page;
    else notPages.add(c.piece);
  });

  return body.map((p) => {
    if (notPages.has(p)) return asText(p);
    if (p.furniture === 'running-header' && own.size > 0 && !own.has(symbolKey(p.text))) return asText(p);
    return p;
  });
}
