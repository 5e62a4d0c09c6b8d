// UN document symbols as the header writes them (and each page's running header repeats
// them), with the part of a resolution a symbol may name (A/RES/75/251 C).
import { SYMBOL_SOURCE, SYMBOL_YEAR_SOURCE } from '../lexicon/symbols.js';

const SYMBOL = new RegExp(String.raw`\b${SYMBOL_SOURCE}(?:${SYMBOL_YEAR_SOURCE})?(?:(?<=\/RES\/(?:ES-)?\d+\/\d+) [A-Z](?![A-Za-z0-9/]))?`, 'g');

export function findSymbols(text: string): string[] {
  return [...text.matchAll(SYMBOL)].map((m) => m[0].replace(/\.$/, ''));
}
