// Footnote citations: the markers of a block (or the header) and the notes they point
// to. A marker points to the nearest definition with that marker after it (notes sit at
// the foot of the citing page), else the last one before it. Shared by the structure
// stage (the body's blocks) and the metadata stage (the header and title).
import type { Marker } from '../normalize/markers.js';
import type { LineIndex } from '../read/lines.js';
import type { Footnote } from '../types.js';
import { textWithMap, type Piece } from './index.js';

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

/** What linking gives: each citer's notes, each note's citers (in order), and the markers that found no note. */
export interface Citations {
  refs: Map<string, Refs>;
  citedBy: Map<string, string[]>;
  unresolved: Unresolved[];
}

/** Links citers to footnotes. */
export function linkCitations(citers: Citer[], footnotes: Footnote[]): Citations {
  const byMarker = new Map<string, Footnote[]>();
  for (const f of footnotes) {
    const same = byMarker.get(f.marker);
    if (same) same.push(f);
    else byMarker.set(f.marker, [f]);
  }
  const refs = new Map<string, Refs>();
  const citedBy = new Map<string, string[]>();
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
      const citing = citedBy.get(note.id);
      // Citers come in order, so a repeat is the last one: includes() grew with every citation.
      if (!citing) citedBy.set(note.id, [citer.id]);
      else if (citing[citing.length - 1] !== citer.id) citing.push(citer.id);
    });
    refs.set(citer.id, list);
  }
  return { refs, citedBy, unresolved };
}

/** The notes with more citers after those they have (the header's, after the body's). */
export function withCitedBy(footnotes: Footnote[], citedBy: Map<string, string[]>): Footnote[] {
  if (citedBy.size === 0) return footnotes;
  return footnotes.map((f) => (citedBy.has(f.id) ? { ...f, citedBy: [...f.citedBy, ...citedBy.get(f.id)!] } : f));
}

/**
 * The markers of a block made of `pieces` (its text is theirs joined with spaces), with
 * the line of each and its position in that text. `shift` moves positions for a text
 * that drops the start of its first piece (a title after its number).
 */
export function citerOf(id: string, pieces: Piece[], lines: LineIndex, shift = 0): Citer {
  const citer: Citer = { id, markers: [], lines: [], offsets: [] };
  let base = 0;
  for (const p of pieces) {
    if (p.markers.length > 0) {
      const { map } = textWithMap(p, lines.text);
      for (const m of p.markers) {
        citer.markers.push(m);
        citer.lines.push(lines.lineOf(m.start));
        citer.offsets.push(Math.max(0, base + countBefore(map, m.start) - shift));
      }
    }
    if (p.text !== '') base += p.text.length + 1;
  }
  return citer;
}

/** How many text characters come from source offsets before `offset` (map is ascending). */
function countBefore(map: number[], offset: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
