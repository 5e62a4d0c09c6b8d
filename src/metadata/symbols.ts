// UN document symbols (CTOC/COP/2012/1, E/2017/30, A/71/119, S/RES/2504 (2020)), and the
// part of a resolution a symbol may name (A/RES/75/251 C).
const SYMBOL = /\b[A-Z]{1,8}(?:\.\d+)?(?:\/(?:ES-\d+|[A-Z0-9][A-Za-z0-9.]*(?:-\d+)?|\d+))+(?:\s\(\d{4}\))?(?:(?<=\/RES\/(?:ES-)?\d+\/\d+) [A-Z](?![A-Za-z0-9/]))?/g;

export function findSymbols(text: string): string[] {
  return [...text.matchAll(SYMBOL)].map((m) => m[0].replace(/\.$/, ''));
}
