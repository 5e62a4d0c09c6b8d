// The block types, one row each: how a block's id is made, which of its numbers run in
// one sequence (for the numbering diagnostics), and the Akoma Ntoso element it becomes.
// The id, diagnostics and AKN code read this table; a new type is a new row (and a
// name in BlockType).
import type { BlockType } from '../types.js';

export interface BlockTypeRow {
  id: {
    /** The id's segment: `para` gives `para_13`; a fixed segment (`title`) is the whole id. */
    segment: string;
    /** What the segment is written under: nothing, the part of a resolution it stands in, or its parent block. */
    under: 'document' | 'part' | 'parent';
    /** `label`: `para_13`; `count`: the n-th of its kind there (`preamble__recital_4`); `fixed`: the segment alone. */
    by: 'label' | 'count' | 'fixed';
    /** For an unlabelled block of a labelled type: the segment counted instead (`text_2`), or the type's own segment. */
    unlabelled?: string;
  };
  /** Blocks whose numbers run in one sequence: those of one part of a resolution, or of one parent; null for none. */
  sequence: 'part' | 'parent' | null;
  /** The element in the body's hierarchy (--format akn); null where the writer places it otherwise (preface, preamble, conclusions). */
  akn: 'paragraph' | 'point' | 'hcontainer' | null;
}

export const BLOCK_TYPES: Record<BlockType, BlockTypeRow> = {
  title: { id: { segment: 'title', under: 'document', by: 'fixed' }, sequence: null, akn: null },
  part: { id: { segment: 'part', under: 'document', by: 'label' }, sequence: null, akn: 'hcontainer' },
  // Headings: chp_2 for a chapter, sec_A under its chapter, hdg_3 for an unnumbered one
  // (src/structure/ids.ts); chapters run through the document, sections under their chapter.
  heading: { id: { segment: 'hdg', under: 'document', by: 'count' }, sequence: 'parent', akn: 'hcontainer' },
  formula: { id: { segment: 'preamble__formula', under: 'part', by: 'fixed' }, sequence: null, akn: null },
  preambular: { id: { segment: 'preamble__recital', under: 'part', by: 'count' }, sequence: null, akn: null },
  operative: { id: { segment: 'para', under: 'part', by: 'label', unlabelled: 'text' }, sequence: 'part', akn: 'paragraph' },
  paragraph: { id: { segment: 'para', under: 'part', by: 'label', unlabelled: 'text' }, sequence: 'part', akn: 'paragraph' },
  subparagraph: { id: { segment: 'subpara', under: 'parent', by: 'label' }, sequence: 'parent', akn: 'point' },
  point: { id: { segment: 'point', under: 'parent', by: 'label' }, sequence: 'parent', akn: 'point' },
  item: { id: { segment: 'item', under: 'parent', by: 'label' }, sequence: 'parent', akn: 'point' },
  recommendation: { id: { segment: 'rec', under: 'document', by: 'label' }, sequence: 'part', akn: 'hcontainer' },
  closing: { id: { segment: 'closing', under: 'part', by: 'count' }, sequence: null, akn: null },
};

export const BLOCK_TYPE_NAMES = Object.keys(BLOCK_TYPES) as BlockType[];
