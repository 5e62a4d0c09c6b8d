// Differences between two parses of one document. Blocks and footnotes are aligned by
// their content, as diff aligns lines, so an inserted paragraph shows as one insertion
// (and the renumbering and line shifts it causes as one line each), and an edit of a
// matched block as `block para_13 · text`.
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

interface Part {
  id: string;
  type?: string;
  text: string;
  lines: Array<[number, number]>;
  [key: string]: unknown;
}

/** Pairs of old and new parts in order: both for a match, one of them for a removal or an insertion. */
export function align<T>(a: T[], b: T[], key: (x: T) => string): Array<[T | null, T | null]> {
  const ka = a.map(key);
  const kb = b.map(key);
  // The common prefix and suffix need no table: most edits touch a few parts.
  let head = 0;
  while (head < ka.length && head < kb.length && ka[head] === kb[head]) head++;
  let tail = 0;
  while (tail < ka.length - head && tail < kb.length - head && ka[ka.length - 1 - tail] === kb[kb.length - 1 - tail]) tail++;
  const m = ka.length - head - tail;
  const n = kb.length - head - tail;
  const lcs = Array.from({ length: m + 1 }, () => new Uint32Array(n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      lcs[i][j] = ka[head + i] === kb[head + j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const pairs: Array<[T | null, T | null]> = [];
  for (let i = 0; i < head; i++) pairs.push([a[i], b[i]]);
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (i < m && j < n && ka[head + i] === kb[head + j]) pairs.push([a[head + i++], b[head + j++]]);
    else if (j < n && (i === m || lcs[i][j + 1] >= lcs[i + 1][j])) pairs.push([null, b[head + j++]]);
    else pairs.push([a[head + i++], null]);
  }
  for (let k = 0; k < tail; k++) pairs.push([a[ka.length - tail + k], b[kb.length - tail + k]]);
  return pairs;
}

const TEXT_SHOWN = 60;
const brief = (p: Part) => `${p.id}${p.type ? ` (${p.type})` : ''}: ${p.text.length > TEXT_SHOWN ? `${p.text.slice(0, TEXT_SHOWN)}…` : p.text}`;
/** Fields that move with an insertion above: compared in the summary lines, not one by one. */
const SHIFTING = new Set(['id', 'parent', 'lines', 'raw', 'citedBy', 'footnoteRefs']);

function diffParts(kind: string, old: Part[], now: Part[], out: Difference[]): void {
  let renamed = 0;
  let shifted = 0;
  let after = 'the start';
  const pairs = align(old, now, (p) => `${p.type ?? ''}\u0000${p.text}`);
  const matched = (x: Part, y: Part) => {
      const same = (key: string) => JSON.stringify(x[key]) === JSON.stringify(y[key]);
      const changed = Object.fromEntries(Object.keys({ ...x, ...y }).filter((key) => !SHIFTING.has(key) && !same(key)).map((key) => [key, true]));
      if (Object.keys(changed).length > 0) {
        const pick = (p: Part) => Object.fromEntries(Object.keys(changed).map((key) => [key, p[key]]));
        compareFields(`${kind} ${y.id}`, pick(x), pick(y), y.lines?.[0]?.[0] ?? null, out);
      }
      if (x.id !== y.id || !same('parent') || !same('citedBy') || !same('footnoteRefs')) renamed++;
      else if (!same('lines') || !same('raw')) shifted++;
      after = y.id;
  };
  for (let k = 0; k < pairs.length; ) {
    const [x, y] = pairs[k];
    if (x && y) {
      matched(x, y);
      k++;
      continue;
    }
    // A run of insertions and removals: as many of each, of the same types in order, are
    // edits of those parts; otherwise the run is reported once.
    const run: Array<[Part | null, Part | null]> = [];
    while (k < pairs.length && !(pairs[k][0] && pairs[k][1])) run.push(pairs[k++]);
    const added = run.flatMap(([, b]) => (b ? [b] : []));
    const removed = run.flatMap(([a]) => (a ? [a] : []));
    if (added.length === removed.length && added.every((b, i) => b.type === removed[i].type)) {
      added.forEach((b, i) => matched(removed[i], b));
      continue;
    }
    const plural = (n: number) => `${n} ${kind}${n === 1 ? '' : 's'}`;
    if (added.length > 0) {
      out.push({ path: `${plural(added.length)} inserted after ${after}`, old: '(absent)', new: added.map(brief).join(' | '), line: added[0].lines?.[0]?.[0] ?? null });
    }
    if (removed.length > 0) {
      out.push({ path: `${plural(removed.length)} removed after ${after}`, old: removed.map(brief).join(' | '), new: '(absent)', line: null });
    }
    if (added.length > 0) after = added[added.length - 1].id;
  }
  if (renamed > 0) out.push({ path: `${kind}s whose id, parent or notes changed`, old: '', new: String(renamed), line: null });
  if (shifted > 0) out.push({ path: `${kind}s on other lines`, old: '', new: String(shifted), line: null });
}

export function diffDocuments(old: ParsedDocument, now: ParsedDocument): Difference[] {
  const out: Difference[] = [];
  compareFields('source', old.source as never, now.source as never, null, out);
  compareFields('metadata', old.metadata as never, now.metadata as never, null, out);
  diffParts('block', (old.blocks ?? []) as unknown as Part[], now.blocks as unknown as Part[], out);
  diffParts('footnote', (old.footnotes ?? []) as unknown as Part[], now.footnotes as unknown as Part[], out);
  for (const key of ['artifacts', 'diagnostics'] as const) {
    const [x, y] = [JSON.stringify(old[key] ?? []), JSON.stringify(now[key])];
    if (x !== y) {
      const [o, n] = shorten(x, y);
      out.push({ path: key, old: o, new: n, line: null });
    }
  }
  return out;
}
