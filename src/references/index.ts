// Stage 7, references: what each block and footnote cites — document
// symbols, resolution and decision numbers (in English order, with their organ), dates,
// articles and treaty citations — with offsets in `text`, and a document-level index.
import { ABJAD_NUMBER_OF_LETTER, latinLetterLabel } from '../lexicon/abjad.js';
import { ORGANS } from '../lexicon/organs.js';
import { SYMBOL_SOURCE, SYMBOL_YEAR_SOURCE } from '../lexicon/symbols.js';
import { CITATION_TRIGGER, GENERIC_ORGANS, INSTRUMENTS, POSSESSIVE_SUFFIXES } from '../lexicon/references.js';
import { scanDates } from '../normalize/dates.js';
import { matchesOf } from '../normalize/matches.js';
import { englishNumberOrder } from '../normalize/un-numbers.js';
import type { Block, Diagnostic, Footnote, Reference, ReferenceIndexEntry } from '../types.js';

const SYMBOL = new RegExp(String.raw`(?<![A-Za-z0-9/])${SYMBOL_SOURCE}(?:${SYMBOL_YEAR_SOURCE})?`, 'g');

function symbols(text: string): Reference[] {
  const out: Reference[] = [];
  if (!text.includes('/')) return out;
  for (const m of matchesOf(SYMBOL, text)) {
    const written = m[0].replace(/[.-]+$/, '');
    if (!/\d/.test(written)) continue;
    out.push({ type: 'document', text: written, value: written.replace(/\s*\(/, ' ('), start: m.index, end: m.index + written.length });
  }
  return out;
}

const ORGAN_NAMES = ORGANS.flatMap((o) => o.names.map((name) => ({ name, key: o.key }))).sort((a, b) => b.name.length - a.name.length);

/** The organ named at the start of `after` (قرار الجمعية العامة …), if any. */
function organNamed(after: string, bodyKey: string | null): string | null | undefined {
  const rest = after.trimStart();
  const full = ORGAN_NAMES.find((o) => rest.startsWith(o.name));
  if (full) return full.key;
  const generic = GENERIC_ORGANS.find((g) => rest.startsWith(g.name));
  if (generic) return bodyKey && generic.keys.includes(bodyKey) ? bodyKey : generic.keys.length === 1 ? generic.keys[0] : null;
  return undefined;
}

/** Where each organ is named in a text, in order: found once per text, not once per citation. */
function organMentions(text: string): Array<{ at: number; key: string }> {
  const mentions: Array<{ at: number; key: string }> = [];
  for (const o of ORGAN_NAMES) {
    for (let at = text.indexOf(o.name); at >= 0; at = text.indexOf(o.name, at + o.name.length)) mentions.push({ at, key: o.key });
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/** The organ last named before `position` (for قرارها, "its resolution"), else the document's own. */
function organBefore(mentions: Array<{ at: number; key: string }>, position: number, bodyKey: string | null): string | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].at < position) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? mentions[lo - 1].key : bodyKey;
}

/** An organ named in the few words before a citation word. */
function organJustBefore(text: string, position: number): string | undefined {
  const before = text.slice(Math.max(0, position - 40), position).trimEnd();
  return ORGAN_NAMES.find((o) => before.endsWith(o.name))?.key;
}

/** A session/number pair (an emergency session's: دإط-11/1, ES-11/1), or a Council's number and year. */
const NUMBER = /(?<![A-Za-z0-9/.])(?:(دإط|ES)\s*-\s*)?(\d{1,5})\s*\/\s*(\d{1,5})(?![\d/])|(?<![\d/])(\d{3,5})\s*\((\d{4})\)/g;
/** What may stand between two numbers of one list: a date, «المؤرخ», «و» — not a new clause. */
const LIST_GAP_MAX = 80;
const LIST_GAP = new RegExp(`^[^؛.:\\n]{0,${LIST_GAP_MAX}}$`);
/** How far after its citation word the first number may stand. */
const FIRST_GAP_MAX = 120;
/** Room for the number itself after a gap (١٢٣٤٥ / ١٢٣٤٥, ٢٣٣١ (٢٠١٦)). */
const NUMBER_ROOM = 40;

/**
 * The first number in text[from, to), as a match with its index in `text`. The search
 * stops at `to`: a scan run on to the next number anywhere made long texts quadratic.
 */
function numberIn(text: string, from: number, to: number): RegExpExecArray | null {
  // Two characters before `from` keep the pattern's look-behind honest.
  const base = Math.max(0, from - 2);
  const window = text.slice(base, to);
  NUMBER.lastIndex = from - base;
  const m = NUMBER.exec(window);
  if (m) m.index += base;
  return m;
}

/**
 * The year of the date a number is dated with: right after it, or after the list it
 * opens (…2/27 و3/27 و4/27 المؤرخة 18 أيار/مايو 2018).
 */
const DATED = /^(?:\s*(?:و|،)?\s*\d{1,5}\s*\/\s*\d{1,5})*\s*،?\s*المؤرخ[ةينا]*\s+[^؛.\d]{0,8}(?:\d{1,2}[^؛.\d]{1,30})?(\d{4})/;
const DATED_WINDOW = 120;

function yearDated(text: string, after: number): number | null {
  const m = DATED.exec(text.slice(after, after + DATED_WINDOW));
  return m ? Number(m[1]) : null;
}

/** Cheap tests that spare the full patterns on text that cannot match them. */
const MAY_CITE_RESOLUTION = /قرار|مقرر/;

/** Resolution and decision numbers; those whose English order is a guess go into `ambiguous` too. */
function resolutions(text: string, bodyKey: string | null, ambiguous: Set<Reference>): Reference[] {
  const out: Reference[] = [];
  if (!MAY_CITE_RESOLUTION.test(text)) return out;
  const triggers = matchesOf(CITATION_TRIGGER, text);
  let mentions: Array<{ at: number; key: string }> | undefined;
  triggers.forEach((t, k) => {
    const kind = t[2] === 'مقرر' ? 'decision' : 'resolution';
    const after = t.index + t[0].length;
    const limit = k + 1 < triggers.length ? triggers[k + 1].index : text.length;
    // The organ named right after the word (قرار الجمعية العامة), else just before it
    // (اعتماد الجمعية العامة للقرار), else the one a possessive (قرارها) points back to,
    // else the document's own.
    const named = organNamed(text.slice(after, after + 80), bodyKey) ?? organJustBefore(text, t.index);
    const organ = named !== undefined ? named : POSSESSIVE_SUFFIXES.has(t[3] ?? '') ? organBefore((mentions ??= organMentions(text)), t.index, bodyKey) : bodyKey;
    let last = after;
    const list: ListedNumber[] = [];
    for (;;) {
      const m = numberIn(text, last, Math.min(limit, last + (last === after ? FIRST_GAP_MAX : LIST_GAP_MAX) + NUMBER_ROOM));
      if (!m) break;
      const gap = text.slice(last, m.index);
      if (last !== after ? !LIST_GAP.test(gap) : gap.length > FIRST_GAP_MAX || /[؛.]/.test(gap)) break;
      const end = m.index + m[0].length;
      const [, emergency, first, second, council, year] = m;
      const reference: Reference = { type: kind, text: m[0], value: '', organ: council ? 'sc' : emergency ? 'ga' : organ, start: m.index, end };
      if (council) {
        reference.value = `${council} (${year})`;
      } else if (emergency) {
        // The General Assembly's emergency special sessions: written in English order.
        reference.value = `ES-${first}/${second}`;
      } else {
        const english = englishNumberOrder(+first, +second, organ, { year: yearDated(text, end) });
        reference.value = english.value;
        list.push({ reference, first: +first, second: +second, reversed: english.ambiguous ? null : english.reversed });
      }
      out.push(reference);
      last = end;
    }
    settleByList(list, ambiguous);
  });
  return out;
}

/** A session/number pair of a citation's list, as written, and whether it was read reversed (null: nothing decided). */
interface ListedNumber {
  reference: Reference;
  first: number;
  second: number;
  reversed: boolean | null;
}

/**
 * Numbers of one list are written in one order: where some members decide it and all of
 * those agree, the undecided ones follow them; the rest stay ambiguous.
 */
function settleByList(list: ListedNumber[], ambiguous: Set<Reference>): void {
  const orders = new Set(list.filter((n) => n.reversed !== null && n.first !== n.second).map((n) => n.reversed));
  for (const n of list) {
    if (n.reversed !== null || n.first === n.second) continue;
    if (orders.size === 1) n.reference.value = orders.has(true) ? `${n.second}/${n.first}` : `${n.first}/${n.second}`;
    else ambiguous.add(n.reference);
  }
}

function dates(text: string): Reference[] {
  return scanDates(text).map((d) => ({
    type: 'date',
    text: text.slice(d.index, d.index + d.length),
    value: d.from === d.to ? d.from : `${d.from}/${d.to}`,
    from: d.from,
    to: d.to,
    precision: d.precision,
    start: d.index,
    end: d.index + d.length,
  }));
}

const ARTICLE = /(?<![\u0621-\u064A])(?:[وب]?[لب]?(?:ال|لل)فقرة\s+(\d+|\(\s*[\u0621-\u064A]{1,2}\s*\))\s+من\s+)?[وبل]?(?:ال|لل)مادة\s+(\d+)/g;

function articles(text: string): Reference[] {
  const out: Reference[] = [];
  if (!text.includes('مادة')) return out;
  for (const m of matchesOf(ARTICLE, text)) {
    const article = Number(m[2]);
    const rawParagraph = m[1]?.replace(/[()\s]/g, '');
    const paragraph = rawParagraph === undefined ? null : /^\d+$/.test(rawParagraph) ? rawParagraph : ABJAD_NUMBER_OF_LETTER.has(rawParagraph) ? latinLetterLabel(ABJAD_NUMBER_OF_LETTER.get(rawParagraph)!) : rawParagraph;
    const end = m.index + m[0].length;
    const instrument = INSTRUMENTS.find((i) => i.pattern.test(text.slice(end, end + 40)))?.key ?? null;
    out.push({ type: 'article', text: m[0], value: paragraph ? `${article}(${paragraph})` : String(article), article, paragraph, instrument, start: m.index, end });
  }
  return out;
}

const TREATY = /vol\.\s*(\d+),\s*No\.\s*(\d+)|المجلد\s*(\d+)\s*[،,]?\s*(?:الرقم|العدد)\s*(\d+)/g;

function treaties(text: string): Reference[] {
  if (!text.includes('vol.') && !text.includes('المجلد')) return [];
  return matchesOf(TREATY, text).map((m) => {
    const volume = Number(m[1] ?? m[3]);
    const number = Number(m[2] ?? m[4]);
    return { type: 'treaty', text: m[0], value: `vol. ${volume}, No. ${number}`, volume, number, start: m.index, end: m.index + m[0].length };
  });
}

const HAS_DIGIT = /\d/;

/**
 * Every reference in a text, in order; a span claimed by a symbol is not read again as a
 * number or date. Resolution numbers whose English order is a guess are added to `ambiguous`.
 */
export function findReferences(text: string, bodyKey: string | null, ambiguous = new Set<Reference>()): Reference[] {
  // Every kind of reference has a digit (text has ASCII digits only); most paragraphs have none.
  if (!HAS_DIGIT.test(text)) return [];
  const docs = symbols(text);
  const inSymbol = (r: Reference) => docs.some((d) => r.start < d.end && r.end > d.start);
  const rest = [...resolutions(text, bodyKey, ambiguous), ...dates(text), ...articles(text), ...treaties(text)].filter((r) => !inSymbol(r));
  return [...docs, ...rest].sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface WithReferences {
  blocks: Block[];
  footnotes: Footnote[];
  index: ReferenceIndexEntry[];
  diagnostics: Diagnostic[];
}

/**
 * Sets `references` on every block and footnote, and builds the document's index. The one
 * stage that adds to what it is given: the parts are the pipeline's own, just built, and
 * giving back copies raised peak memory on 5,000 files by a third (README, Performance).
 */
export function attachReferences(blocks: Block[], footnotes: Footnote[], bodyKey: string | null): WithReferences {
  const index = new Map<string, ReferenceIndexEntry>();
  const diagnostics: Diagnostic[] = [];
  const ambiguous = new Set<Reference>();
  const referencesOf = (part: Block | Footnote): Reference[] => {
    const found = findReferences(part.text, bodyKey, ambiguous);
    for (const r of found) {
      const key = `${r.type}|${r.organ ?? ''}|${r.value}`;
      const entry = index.get(key) ?? { type: r.type, value: r.value, organ: r.organ ?? null, citedBy: [] };
      // Parts are read in order, so a repeat is the last one.
      if (entry.citedBy[entry.citedBy.length - 1] !== part.id) entry.citedBy.push(part.id);
      index.set(key, entry);
      if (ambiguous.has(r)) {
        diagnostics.push({ severity: 'warning', code: 'reference-ambiguous', message: `${r.text} in ${part.id} reads either way; taken as ${r.value}`, line: part.lines[0]?.[0] ?? null });
      }
    }
    return found;
  };
  for (const b of blocks) b.references = referencesOf(b);
  for (const f of footnotes) f.references = referencesOf(f);
  return { blocks, footnotes, index: [...index.values()], diagnostics };
}
