// Stable, readable ids in the Akoma Ntoso eId style: chp_2, chp_2__sec_A, para_13,
// para_13__subpara_b__point_ii, preamble__recital_4, rec_7, part_B__para_1. A number the source repeats
// gets a suffix (para_27_2) so ids stay unique.
import type { BlockDraft } from './blocks.js';

function segment(b: BlockDraft, counters: Map<string, number>, id: Map<BlockDraft, string>): string {
  const count = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const parentId = b.parent ? id.get(b.parent)! : null;
  const under = (s: string) => (parentId ? `${parentId}__${s}` : s);
  // Within a part of a resolution, every id starts with the part's: part_B__para_1.
  const part = partOf(b);
  const inPart = (s: string) => (part ? `${id.get(part)!}__${s}` : s);
  switch (b.type) {
    case 'title':
      return 'title';
    case 'part':
      return `part_${b.label}`;
    case 'formula':
      return inPart('preamble__formula');
    case 'preambular':
      return inPart(`preamble__recital_${count(`recital:${part ? id.get(part) : ''}`)}`);
    case 'heading':
      if (b.level === 1 && b.number !== null) return `chp_${b.number}`;
      if (b.number !== null) return under(`sec_${b.label}`);
      return `hdg_${count('hdg')}`;
    case 'paragraph':
    case 'operative':
      return inPart(b.label !== null ? `para_${b.label}` : `text_${count('text')}`);
    case 'recommendation':
      return `rec_${b.label ?? count('rec')}`;
    case 'subparagraph':
      return under(`subpara_${b.label}`);
    case 'point':
      return under(`point_${b.label}`);
    case 'item':
      return under(`item_${b.label ?? count(`item:${parentId}`)}`);
    case 'closing':
      return inPart(`closing_${count(`closing:${part ? id.get(part) : ''}`)}`);
  }
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
