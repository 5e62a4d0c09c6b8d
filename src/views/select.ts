// --select ID…: only the named blocks, each with its ancestors' ids, in any format. The
// notes they cite stay, and the diagnostics on their lines; everything else is left out.
import type { Block, Diagnostic, ParsedDocument } from '../types.js';

/** A selected block, with the ids of the blocks that enclose it, outermost first. */
export type SelectedBlock = Block & { ancestors: string[] };

export function selectBlocks(doc: ParsedDocument, ids: string[]): ParsedDocument {
  const byId = new Map(doc.blocks.map((b) => [b.id, b]));
  const wanted = new Set(ids);
  const ancestorsOf = (b: Block): string[] => {
    const out: string[] = [];
    for (let p = b.parent; p !== null; p = byId.get(p)?.parent ?? null) out.unshift(p);
    return out;
  };
  const blocks: SelectedBlock[] = doc.blocks.filter((b) => wanted.has(b.id)).map((b) => ({ ...b, ancestors: ancestorsOf(b) }));
  const cited = new Set(blocks.flatMap((b) => b.footnoteRefs));
  const missing: Diagnostic[] = ids
    .filter((id) => !byId.has(id))
    .map((id) => ({ severity: 'warning', code: 'select-unknown', message: `--select: no block ${id} in this document`, line: null }));
  return {
    ...doc,
    blocks,
    footnotes: doc.footnotes.filter((f) => cited.has(f.id)),
    artifacts: [],
    references: doc.references.filter((r) => r.citedBy.some((id) => wanted.has(id))),
    // Only what was found on the selected blocks' lines: the rest is about text not asked for.
    diagnostics: [...doc.diagnostics.filter((d) => d.line !== null && blocks.some((b) => b.lines.some(([from, to]) => d.line! >= from && d.line! <= to))), ...missing],
  };
}
