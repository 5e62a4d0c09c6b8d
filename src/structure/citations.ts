// Footnotes: definitions become footnotes[], citation markers link blocks to them. A
// marker points to the nearest definition with that marker after it (notes sit at the
// foot of the citing page), else the last one before it.
import type { Footnote } from '../types.js';
import type { Marker } from '../normalize/markers.js';
import type { UniqueIds } from './ids.js';

export interface Citer {
  id: string;
  markers: Marker[];
  /** Line of each marker, parallel to `markers`. */
  lines: number[];
  /** Where in the citer's `text` each marker stood, parallel to `markers`. */
  offsets: number[];
}

export interface Refs {
  ids: string[];
  offsets: number[];
}

export interface Unresolved {
  marker: string;
  line: number;
  citer: string;
}

/** The first note (in source order) that starts after `line`: a binary search, as archives repeat markers thousands of times. */
function firstAfter(notes: Footnote[], line: number): Footnote | undefined {
  let lo = 0;
  let hi = notes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (notes[mid].lines[0][0] > line) hi = mid;
    else lo = mid + 1;
  }
  return notes[lo];
}

/** Links citers to footnotes (mutating citedBy) and returns each citer's refs and what found no note. */
export function linkCitations(citers: Citer[], footnotes: Footnote[]): { refs: Map<string, Refs>; unresolved: Unresolved[] } {
  const byMarker = new Map<string, Footnote[]>();
  for (const f of footnotes) {
    const same = byMarker.get(f.marker);
    if (same) same.push(f);
    else byMarker.set(f.marker, [f]);
  }
  const refs = new Map<string, Refs>();
  const unresolved: Unresolved[] = [];
  for (const citer of citers) {
    const list: Refs = { ids: [], offsets: [] };
    citer.markers.forEach((m, i) => {
      const line = citer.lines[i];
      const candidates = byMarker.get(m.marker) ?? [];
      const note = firstAfter(candidates, line) ?? candidates[candidates.length - 1];
      if (!note) {
        unresolved.push({ marker: m.marker, line, citer: citer.id });
        return;
      }
      list.ids.push(note.id);
      list.offsets.push(citer.offsets[i]);
      // Citers come in order, so a repeat is the last one: includes() grew with every citation.
      if (note.citedBy[note.citedBy.length - 1] !== citer.id) note.citedBy.push(citer.id);
    });
    refs.set(citer.id, list);
  }
  return { refs, unresolved };
}

/** fn_1, fn_2 …; asterisk notes fn_star, fn_star_2. */
export function footnoteId(marker: string, ids: UniqueIds): string {
  return ids.take(marker.startsWith('*') ? `fn_star${marker.length > 1 ? marker.length : ''}` : `fn_${marker}`);
}
