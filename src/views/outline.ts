// --outline (--format outline): the document as a tree, one line per block — id, label,
// type and the first words of the text — indented by nesting, coloured on a terminal.
// In a run of several documents, each starts with a line naming its file.
import { Chalk } from 'chalk';
import type { WriteOptions } from '../emit/formats.js';
import type { ParsedDocument } from '../types.js';
import { depths } from './common.js';

/** How many words of a block's text its line shows. */
const FIRST_WORDS = 8;

const firstWords = (text: string) => {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')} …` : words.join(' ');
};

export function outline(doc: ParsedDocument, options: Pick<WriteOptions, 'colour' | 'depth' | 'several'>): string {
  const c = new Chalk({ level: options.colour ? 1 : 0 });
  const depthOf = depths(doc.blocks);
  let out = options.several ? `${c.bold(doc.source.path)}\n` : '';
  for (const b of doc.blocks) {
    const depth = depthOf.get(b.id)!;
    if (options.depth !== null && depth > options.depth) continue;
    const label = b.label === null ? '' : ` ${c.yellow(b.label)}`;
    out += `${'  '.repeat(depth - 1)}${c.cyan(b.id)}${label} ${c.dim(b.type)}  ${firstWords(b.text)}\n`;
  }
  return out;
}
