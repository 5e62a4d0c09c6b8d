// Field-level differences between two parses of one document: blocks and footnotes are
// matched by id, so an edit shows as `block para_13 · text`, not as a shifted array.
import type { ParsedDocument } from '../types.js';

export interface Difference {
  /** `metadata.date`, `block para_13 · text`, `footnote fn_2 · citedBy` … */
  path: string;
  old: string;
  new: string;
  line: number | null;
}

const CONTEXT = 30;

/** Long strings shown as a short window around the first change. */
export function shorten(a: string, b: string): [string, string] {
  if (a.length <= 2 * CONTEXT + 20 && b.length <= 2 * CONTEXT + 20) return [a, b];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - CONTEXT);
  const clip = (s: string, end: number) =>
    `${from > 0 ? '…' : ''}${s.slice(from, Math.min(s.length, end + CONTEXT))}${end + CONTEXT < s.length ? '…' : ''}`;
  return [clip(a, endA), clip(b, endB)];
}

function show(v: unknown): string {
  return v === undefined ? '(absent)' : typeof v === 'string' ? v : JSON.stringify(v);
}

function compareFields(path: string, a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined, line: number | null, out: Difference[]): void {
  if (!a || !b) {
    out.push({ path, old: a ? 'present' : '(absent)', new: b ? 'present' : '(absent)', line });
    return;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [x, y] = [show(a[key]), show(b[key])];
    if (x === y) continue;
    const [old, now] = shorten(x, y);
    out.push({ path: `${path} · ${key}`, old, new: now, line });
  }
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

export function diffDocuments(old: ParsedDocument, now: ParsedDocument): Difference[] {
  const out: Difference[] = [];
  compareFields('source', old.source as never, now.source as never, null, out);
  compareFields('metadata', old.metadata as never, now.metadata as never, null, out);
  for (const [kind, a, b] of [
    ['block', byId(old.blocks ?? []), byId(now.blocks)],
    ['footnote', byId(old.footnotes ?? []), byId(now.footnotes)],
  ] as const) {
    for (const id of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(id);
      const y = b.get(id);
      const line = (y ?? x)?.lines?.[0]?.[0] ?? null;
      if (JSON.stringify(x) !== JSON.stringify(y)) compareFields(`${kind} ${id}`, x as never, y as never, line, out);
    }
  }
  for (const key of ['artifacts', 'diagnostics'] as const) {
    const [x, y] = [JSON.stringify(old[key] ?? []), JSON.stringify(now[key])];
    if (x !== y) {
      const [o, n] = shorten(x, y);
      out.push({ path: key, old: o, new: n, line: null });
    }
  }
  return out;
}
