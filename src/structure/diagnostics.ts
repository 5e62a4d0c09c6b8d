// What looked wrong in the body, reported with line numbers, never silently mended:
// numbering gaps, repeats and numbers out of order; draft brackets.
import { BLOCK_TYPES } from '../lexicon/block-types.js';
import type { Block, Diagnostic } from '../types.js';

/**
 * Blocks numbered in one sequence (lexicon/block-types.ts): paragraphs run on across
 * headings but start again in each part of a resolution; clauses restart under each
 * parent; chapters run through the document, sections under their chapter.
 */
function sequenceKey(b: Block, part: string | null): string | null {
  if (b.number === null) return null;
  if (b.type === 'heading') return b.level === 1 ? 'chapter' : `section:${b.parent}`;
  const sequence = BLOCK_TYPES[b.type].sequence;
  if (sequence === null) return null;
  return `${b.type}:${sequence === 'part' ? (part ?? '') : b.parent}`;
}

export function numberingDiagnostics(blocks: Block[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const last = new Map<string, number>();
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const partOf = (b: Block): string | null => {
    for (let a = b.parent ? byId.get(b.parent) : undefined; a; a = a.parent ? byId.get(a.parent) : undefined) if (a.type === 'part') return a.id;
    return null;
  };
  for (const b of blocks) {
    const key = sequenceKey(b, partOf(b));
    if (key === null) continue;
    const n = b.number!;
    const prev = last.get(key) ?? 0;
    const line = b.lines[0][0];
    const what = `${b.type} ${b.rawLabel ?? b.label}`;
    if (n === prev) {
      out.push({ severity: 'warning', code: 'numbering-duplicate', message: `${what} repeats the number before it`, line });
    } else if (n < prev) {
      // Most often a typo (٢٧ for ٣٧): carry on as if the expected number stood here.
      out.push({ severity: 'warning', code: 'numbering-out-of-order', message: `${what} comes after ${prev} (${prev + 1} expected)`, line });
      last.set(key, prev + 1);
      continue;
    } else if (n > prev + 1) {
      const missing = n - prev === 2 ? `${prev + 1} is missing` : `${prev + 1}–${n - 1} are missing`;
      out.push({ severity: 'warning', code: 'numbering-gap', message: `${what}: ${missing}`, line });
    }
    last.set(key, n);
  }
  return out;
}

const DRAFT_BRACKETS = /\[[^\]\n]*\]/;

/** Square brackets in body text mark unagreed draft language ([جلسته], [...]). */
export function draftBracketDiagnostics(blocks: Block[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of blocks) {
    if (b.type === 'title' || b.text.indexOf('[') < 0) continue;
    const m = DRAFT_BRACKETS.exec(b.text);
    if (!m) continue;
    out.push({ severity: 'warning', code: 'draft-brackets', message: `${b.id} keeps draft brackets: ${m[0].slice(0, 60)}`, line: b.lines[0][0] });
  }
  return out;
}
