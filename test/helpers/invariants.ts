// Properties every parse must have, whatever the input: checked on every fixture here
// and on generated documents in the property tests.
import { expect } from 'vitest';
import type { LineRanges, ParsedDocument } from '../../src/types.js';

const BLANK = /^[\s\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u061C]*$/;

function linesOf(ranges: LineRanges): number[] {
  return ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
}

/** `source` is the decoded text with \n line endings (what the line numbers refer to). */
export function expectInvariants(doc: ParsedDocument, source: string): void {
  const sourceLines = source.split('\n');
  const rawOf = (ranges: LineRanges) => ranges.map(([a, b]) => sourceLines.slice(a - 1, b).join('\n')).join('\n');

  // Ids unique, parents exist and come first.
  const ids = doc.blocks.map((b) => b.id);
  expect(new Set(ids).size, 'block ids are unique').toBe(ids.length);
  const seen = new Set<string>();
  for (const b of doc.blocks) {
    if (b.parent !== null) expect(seen.has(b.parent), `${b.id}'s parent ${b.parent} comes before it`).toBe(true);
    seen.add(b.id);
  }
  const noteIds = doc.footnotes.map((f) => f.id);
  expect(new Set(noteIds).size, 'footnote ids are unique').toBe(noteIds.length);
  for (const b of doc.blocks) for (const r of b.footnoteRefs) expect(noteIds).toContain(r);

  // Every non-blank line covered; no line in two blocks, notes or artifacts.
  const owner = new Map<number, string>();
  const parts: Array<{ name: string; lines: LineRanges; raw: string }> = [
    ...doc.blocks.map((b) => ({ name: b.id, lines: b.lines, raw: b.raw })),
    ...doc.footnotes.map((f) => ({ name: f.id, lines: f.lines, raw: f.raw })),
    ...doc.artifacts.map((a, i) => ({ name: `artifact ${i}`, lines: a.lines, raw: a.raw })),
  ];
  for (const p of parts) {
    expect(p.raw, `raw of ${p.name} is its source lines`).toBe(rawOf(p.lines));
    for (const line of linesOf(p.lines)) {
      if (BLANK.test(sourceLines[line - 1] ?? '')) continue;
      const before = owner.get(line);
      if (before !== undefined && before !== p.name) {
        // The title is also header (metadata); only two body parts may not share a line.
        expect.fail(`line ${line} belongs to ${before} and ${p.name}`);
      }
      owner.set(line, p.name);
    }
  }
  const covered = new Set([...owner.keys(), ...linesOf(doc.metadata.lines)]);
  const lost = sourceLines.map((l, i) => i + 1).filter((n) => !BLANK.test(sourceLines[n - 1]) && !covered.has(n));
  expect(lost, 'every non-blank line is covered').toEqual([]);

  // text is normalized: no Arabic-Indic digits, controls, or presentation forms (the
  // symbols and unassigned points of those blocks have no base letters and stay).
  for (const t of [...doc.blocks.map((b) => b.text), ...doc.footnotes.map((f) => f.text)]) {
    expect(t).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u0660-\u0669\u06F0-\u06F9\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
    const forms = [...t].filter((ch) => /[\uFB50-\uFDFF\uFE70-\uFEFE]/.test(ch) && ch.normalize('NFKC') !== ch);
    expect(forms).toEqual([]);
  }
}
