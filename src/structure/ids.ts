// Stable, readable ids in the Akoma Ntoso eId style: chp_2, chp_2__sec_A, para_13,
// para_13__subpara_b__point_ii, preamble__recital_4, rec_7, part_B__para_1. A number the source repeats
// gets a suffix (para_27_2) so ids stay unique.
import { BLOCK_TYPES } from '../lexicon/block-types.js';
import type { BlockDraft } from './blocks.js';

function segment(b: BlockDraft, counters: Map<string, number>, id: Map<BlockDraft, string>): string {
  const parentId = b.parent ? id.get(b.parent)! : null;
  // Headings take their rule from their level: chp_2, sec_A under its chapter (or alone), hdg_3.
  if (b.type === 'heading' && b.number !== null) {
    if (b.level === 1) return `chp_${b.number}`;
    return parentId ? `${parentId}__sec_${b.label}` : `sec_${b.label}`;
  }
  const rule = BLOCK_TYPES[b.type].id;
  const part = partOf(b);
  // Within a part of a resolution, every id starts with the part's: part_B__para_1.
  const scope = rule.under === 'parent' ? parentId : rule.under === 'part' && part ? id.get(part)! : null;
  const within = (s: string) => (scope ? `${scope}__${s}` : s);
  if (rule.by === 'fixed') return within(rule.segment);
  if (rule.by === 'label' && b.label !== null) return within(`${rule.segment}_${b.label}`);
  const counted = rule.by === 'label' ? (rule.unlabelled ?? rule.segment) : rule.segment;
  const key = `${counted}:${scope ?? ''}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return within(`${counted}_${n}`);
}

function partOf(b: BlockDraft): BlockDraft | null {
  for (let a = b.parent; a; a = a.parent) if (a.type === 'part') return a;
  return null;
}

/** Hands out ids, suffixing a repeat (`para_27_2`) in constant time per id. */
export class UniqueIds {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  take(base: string): string {
    let id = base;
    for (let k = this.next.get(base) ?? 2; this.used.has(id); k++) {
      id = `${base}_${k}`;
      this.next.set(base, k + 1);
    }
    this.used.add(id);
    return id;
  }
}

export function assignIds(blocks: BlockDraft[]): Map<BlockDraft, string> {
  const ids = new Map<BlockDraft, string>();
  const unique = new UniqueIds();
  const counters = new Map<string, number>();
  for (const b of blocks) ids.set(b, unique.take(segment(b, counters, ids)));
  return ids;
}

/** fn_1, fn_2 …; asterisk notes fn_star, fn_star_2. */
export function footnoteId(marker: string, ids: UniqueIds): string {
  return ids.take(marker.startsWith('*') ? `fn_star${marker.length > 1 ? marker.length : ''}` : `fn_${marker}`);
}
