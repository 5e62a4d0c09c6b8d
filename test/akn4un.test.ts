// The export set beside the UN's own Akoma Ntoso of the same resolutions
// (../shared/akn4un/: the UN's .ar.xml and its text as our input, .ar.txt), element by
// element: the symbol, the FRBR work URI, the document's name, the body's <num>s, its
// subheadings and the links to cited documents. The agreement is printed and held to.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAkn } from '../src/emit/akn.js';
import { parseDocument } from '../src/index.js';
import { ROOT } from './helpers/cli.js';

const DIR = join(ROOT, '..', 'shared', 'akn4un');
const names = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.ar.txt')).map((f) => f.replace(/\.ar\.txt$/, '')).sort() : [];

const first = (xml: string, re: RegExp) => re.exec(xml)?.[1]?.trim() ?? null;
const all = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[1].replace(/\s+/g, ' ').trim());
const mainBody = (xml: string) => xml.slice(xml.indexOf('<mainBody'), xml.indexOf('</mainBody>'));

/** What is compared, read the same way from both files. */
function reading(xml: string) {
  return {
    name: first(xml, /<(?:statement|doc) name="([^"]+)"/),
    symbol: first(xml, /<docNumber refersTo="#symbol">([^<]+)<\/docNumber>/),
    work: first(xml, /<FRBRWork>[\s\S]*?<FRBRuri value="([^"]+)"/),
    nums: all(mainBody(xml), /<num>([^<]*)<\/num>/g),
    subheadings: all(xml, /<subheading>([^<]*)<\/subheading>/g),
    links: new Set(all(xml, /<a href="([^"]+)"/g)),
  };
}

/** The share of `theirs` that `ours` has, in order for lists (a longest common subsequence). */
function agreement(ours: string[], theirs: string[]): number {
  if (theirs.length === 0) return ours.length === 0 ? 1 : 0;
  const lcs = Array.from({ length: ours.length + 1 }, () => new Array<number>(theirs.length + 1).fill(0));
  for (let i = 1; i <= ours.length; i++) {
    for (let j = 1; j <= theirs.length; j++) lcs[i][j] = ours[i - 1] === theirs[j - 1] ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
  }
  return lcs[ours.length][theirs.length] / theirs.length;
}

const results = names.map((name) => {
  const theirs = reading(readFileSync(join(DIR, `${name}.ar.xml`), 'utf8'));
  const ours = reading(toAkn(parseDocument(readFileSync(join(DIR, `${name}.ar.txt`)))));
  const linked = [...theirs.links].filter((href) => ours.links.has(href)).length;
  return {
    name,
    theirs,
    ours,
    nums: agreement(ours.nums, theirs.nums),
    subheadings: agreement(ours.subheadings, theirs.subheadings),
    links: theirs.links.size === 0 ? 1 : linked / theirs.links.size,
    wrongLinks: [...ours.links].filter((href) => !theirs.links.has(href)),
  };
});

describe.skipIf(names.length === 0)("beside the UN's own markup (../shared/akn4un)", () => {
  it('prints the agreement', () => {
    const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
    const rows = results.map((r) => `| ${r.name} | ${r.ours.symbol === r.theirs.symbol ? 'yes' : 'no'} | ${r.ours.work === r.theirs.work ? 'yes' : 'no'} | ${pct(r.nums)} (${r.theirs.nums.length}) | ${pct(r.subheadings)} (${r.theirs.subheadings.length}) | ${pct(r.links)} (${r.theirs.links.size}) |`);
    console.log(['| document | symbol | FRBR work | <num> | subheadings | links |', '|---|---|---|---|---|---|', ...rows].join('\n'));
    expect(rows).toHaveLength(names.length);
  });

  it.each(results)('$name: the symbol, the FRBR work URI and the name are the UN\'s', (r) => {
    expect(r.ours.symbol).toBe(r.theirs.symbol);
    expect(r.ours.work).toBe(r.theirs.work);
    expect(r.ours.name).toBe(r.theirs.name);
  });

  it.each(results)('$name: <num> as the UN writes it, headings as its subheadings', (r) => {
    // The UN's own file of 75/179 numbers one paragraph in 52 (its other numbers are in the
    // text): there, every <num> it has must be among ours.
    expect(r.nums).toBeGreaterThanOrEqual(r.theirs.nums.length < 2 ? 0 : 0.95);
    expect(r.subheadings).toBe(1);
  });

  it('the links to cited documents: nine in ten of the UN\'s in all', () => {
    // What the UN links and we do not is mostly its own slips (an FAO document "C 2013/20"
    // linked as E/RES/2013/20, "S/RES/12(1999)" for a paragraph number, a web page).
    const theirs = results.reduce((n, r) => n + r.theirs.links.size, 0);
    const found = results.reduce((n, r) => n + Math.round(r.links * r.theirs.links.size), 0);
    expect(found / theirs).toBeGreaterThanOrEqual(0.9);
    for (const r of results) expect(r.links, r.name).toBeGreaterThanOrEqual(0.75);
  });
});
