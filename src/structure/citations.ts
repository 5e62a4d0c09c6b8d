// Footnotes: definitions become footnotes[], citation markers link blocks to them. A
// marker points to the nearest definition with that marker after it (notes sit at the
// foot of the citing page), else the last one before it.
import type { Footnote } from '../types.js';
import type { Marker } from '../normalize/markers.js';

export interface Citer {
  id: string;
  markers: Marker[];
  /** Line of each marker, parallel to `markers`. */
  lines: number[];
}

export interface Unresolved {
  marker: string;
  line: number;
  citer: string;
}

/** Links citers to footnotes (mutating citedBy) and returns each citer's refs and what found no note. */
export function linkCitations(citers: Citer[], footnotes: Footnote[]): { refs: Map<string, string[]>; unresolved: Unresolved[] } {
  const byMarker = new Map<string, Footnote[]>();
  for (const f of footnotes) byMarker.set(f.marker, [...(byMarker.get(f.marker) ?? []), f]);
  const refs = new Map<string, string[]>();
  const unresolved: Unresolved[] = [];
  for (const citer of citers) {
    const list: string[] = [];
    citer.markers.forEach((m, i) => {
      const line = citer.lines[i];
      const candidates = byMarker.get(m.marker) ?? [];
      const note = candidates.find((f) => f.lines[0][0] > line) ?? candidates[candidates.length - 1];
      if (!note) {
        unresolved.push({ marker: m.marker, line, citer: citer.id });
        return;
      }
      list.push(note.id);
      if (!note.citedBy.includes(citer.id)) note.citedBy.push(citer.id);
    });
    refs.set(citer.id, list);
  }
  return { refs, unresolved };
}

/** fn_1, fn_2 …; asterisk notes fn_star, fn_star_2. */
export function footnoteId(marker: string, used: Set<string>): string {
  const base = marker.startsWith('*') ? `fn_star${marker.length > 1 ? marker.length : ''}` : `fn_${marker}`;
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}_${k}`;
  used.add(id);
  return id;
}
