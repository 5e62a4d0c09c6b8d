// Stage 8, references: what each block and footnote cites — document
// symbols, resolution and decision numbers (in English order, with their organ), dates,
// articles and treaty citations — with offsets in `text`, and a document-level index.
import { ABJAD_NUMBER_OF_LETTER, ABJAD_NUMBER_OF_NAME, latinLetterLabel } from '../lexicon/abjad.js';
import { ORGANS } from '../lexicon/organs.js';
import { SYMBOL_SOURCE, SYMBOL_YEAR_SOURCE } from '../lexicon/symbols.js';
import { CITATION_TRIGGER, GENERIC_ORGANS, INSTRUMENTS, POSSESSIVE } from '../lexicon/references.js';
import { scanDates } from '../normalize/dates.js';
import { matchesOf } from '../normalize/matches.js';
import { CERTAIN, englishNumberOrder, isYear, LIKELY, type OrderEvidence } from '../normalize/un-numbers.js';
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

/**
 * The number shapes after a citation word, in named groups: a session/number pair
 * (`first`/`second`; a special or emergency special session's, دإ-27/2, دإط-10/2, in
 * English order; perhaps a part, 75/251 باء), a Council's number and year (2254 (2015)),
 * or the General Assembly's numbers before its 31st session (1514 (د-15) → 1514 (XV)).
 */
const PART_NAMES = [...ABJAD_NUMBER_OF_NAME.keys()].join('|');
const NUMBER = new RegExp(
  [
    String.raw`(?<![A-Za-z0-9/.])(?:(?<special>دإط|دإ|ES|S)\s*-\s*)?(?<first>\d{1,5})\s*/\s*(?<second>\d{1,5})(?![\d/])(?:\s+(?<part>${PART_NAMES})(?![\u0621-\u064A]))?`,
    String.raw`(?<![\d/])(?<council>\d{2,5})\s*\((?<year>\d{4})\)`,
    String.raw`(?<![\d/])(?<old>\d{1,4})(?:\s+(?<oldPart>${PART_NAMES}))?\s*\(\s*د\s*-\s*(?<oldSession>\d{1,2})\s*\)`,
  ].join('|'),
  'g',
);
/** What may stand between two numbers of one list, once titles in quotes and dates are set aside: «و», «المؤرخ» — not a new clause. */
const LIST_GAP_MAX = 80;
const LIST_GAP = new RegExp(`^[^؛.:\\n]{0,${LIST_GAP_MAX}}$`);
/** A title in quotes (المعنون ”…“) and a date: they lengthen a list's gaps without ending it. */
const QUOTED_OR_DATED = /”[^“”\n]{0,300}“|“[^“”\n]{0,300}”|"[^"\n]{0,300}"|«[^»\n]{0,300}»|\d{1,2}\s*[\u0621-\u064A ]{2,20}\/\s*[\u0621-\u064A]{2,12}\s+\d{4}/g;
/** How far a list's next number may stand, titles and dates included. */
const LIST_REACH = 500;
/** How far after its citation word the first number may stand. */
const FIRST_GAP_MAX = 120;
/** Room for the number itself after a gap (١٢٣٤٥ / ١٢٣٤٥, ٢٣٣١ (٢٠١٦), 75/251 باء). */
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

const ROMAN: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
/** 15 → XV: the sessions of the General Assembly's first numbering. */
function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

const partLetter = (name: string | undefined) => (name === undefined ? undefined : latinLetterLabel(ABJAD_NUMBER_OF_NAME.get(name)!).toUpperCase());

/** The cited document's symbol, from the organ's symbol pattern; null for an organ that has none. */
export function citedSymbol(type: 'resolution' | 'decision', organ: string | null | undefined, value: string, part?: string): string | null {
  const pattern = ORGANS.find((o) => o.key === organ)?.symbols?.[type];
  return pattern ? `${pattern.replace('{n}', value)}${part ? ` ${part}` : ''}` : null;
}

/** Organs that number by session: a number with a year part (2019/14) is never theirs but the Economic and Social Council's. */
const BY_SESSION = new Set(ORGANS.filter((o) => o.sessions !== null).map((o) => o.key));

/** What the whole document tells the references stage. */
export interface CitingDocument {
  bodyKey: string | null;
  /** The year the citing document was adopted or issued: no session cited is later. */
  year: number | null;
}

/** A resolution number whose order is settled later: by its list, then by the document's convention. */
export interface OrderedNumber {
  reference: Reference;
  first: number;
  second: number;
  /** What decided the order, and which way. */
  by: OrderEvidence;
  reversed: boolean;
}

/** Resolution and decision numbers, each with how its order was decided. */
function resolutions(text: string, citing: CitingDocument, ordered: OrderedNumber[]): Reference[] {
  const out: Reference[] = [];
  if (!MAY_CITE_RESOLUTION.test(text)) return out;
  const { bodyKey } = citing;
  const triggers = matchesOf(CITATION_TRIGGER, text);
  let mentions: Array<{ at: number; key: string }> | undefined;
  triggers.forEach((t, k) => {
    const kind = t[2] === 'مقرر' ? 'decision' : 'resolution';
    const after = t.index + t[0].length;
    const limit = k + 1 < triggers.length ? triggers[k + 1].index : text.length;
    // The organ named right after the word (قرار الجمعية العامة), else just before it
    // (اعتماد الجمعية العامة للقرار), else the one a possessive (قرارها) points back to,
    // else the document's own.
    // A short name that could be several organs (المؤتمر in an Assembly text) is null: unknown.
    let organ = organNamed(text.slice(after, after + 80), bodyKey);
    if (organ === undefined) organ = organJustBefore(text, t.index);
    if (organ === undefined) organ = POSSESSIVE.test(t[3] ?? '') ? organBefore((mentions ??= organMentions(text)), t.index, bodyKey) : bodyKey;
    let last = after;
    const list: OrderedNumber[] = [];
    for (;;) {
      const first = last === after;
      const m = numberIn(text, last, Math.min(limit, last + (first ? FIRST_GAP_MAX + NUMBER_ROOM : LIST_REACH)));
      if (!m) break;
      const gap = text.slice(last, m.index);
      if (first ? gap.length > FIRST_GAP_MAX || /[؛.]/.test(gap) : !LIST_GAP.test(gap.replace(QUOTED_OR_DATED, ' '))) break;
      last = m.index + m[0].length;
      const reference = readNumber(m, kind, organ, text, citing, list);
      if (reference) out.push(reference);
    }
    settleByList(list);
    ordered.push(...list);
  });
  return out;
}

/** One matched number as a reference; null for what only looks like one (a period, 2020/2021). */
function readNumber(m: RegExpExecArray, kind: 'resolution' | 'decision', organ: string | null, text: string, citing: CitingDocument, list: OrderedNumber[]): Reference | null {
  const g = m.groups!;
  const end = m.index + m[0].length;
  const reference: Reference = { type: kind, text: m[0], value: '', organ, symbol: null, start: m.index, end };
  if (g.council) {
    reference.organ = 'sc';
    reference.value = `${g.council} (${g.year})`;
  } else if (g.old) {
    // The General Assembly's first numbering: 1514 (XV).
    reference.organ = 'ga';
    reference.value = `${g.old} (${roman(Number(g.oldSession))})`;
    reference.part = partLetter(g.oldPart);
    reference.symbol = `A/RES/${g.old}(${roman(Number(g.oldSession))})`;
    return reference;
  } else if (g.special) {
    // The General Assembly's special (S-27/2) and emergency special (ES-10/2) sessions: written in English order.
    reference.organ = 'ga';
    reference.value = `${g.special.startsWith('دإط') || g.special === 'ES' ? 'ES' : 'S'}-${g.first}/${g.second}`;
  } else {
    const [a, b] = [Number(g.first), Number(g.second)];
    if (isYear(a) && isYear(b)) return null; // a period (2020/2021), not a number
    if ((isYear(a) || isYear(b)) && organ !== null && BY_SESSION.has(organ)) reference.organ = 'ecosoc';
    const english = englishNumberOrder(a, b, reference.organ ?? null, { year: yearDated(text, end), citingYear: citing.year });
    reference.value = english.value;
    reference.part = partLetter(g.part);
    list.push({ reference, first: a, second: b, by: english.by, reversed: english.reversed });
  }
  if (reference.part === undefined) delete reference.part;
  reference.symbol = citedSymbol(kind, reference.organ, reference.value, reference.part);
  return reference;
}

const certain = (n: OrderedNumber) => CERTAIN.has(n.by) && n.first !== n.second;
/** Whether a number's two readings differ and only likelihood chose between them. */
const open = (n: OrderedNumber) => LIKELY.has(n.by) && n.first !== n.second;

/** Sets a number's order, and the value and symbol that follow from it. */
function setOrder(n: OrderedNumber, reversed: boolean, by: OrderEvidence): void {
  n.reversed = reversed;
  n.by = by;
  n.reference.value = reversed ? `${n.second}/${n.first}` : `${n.first}/${n.second}`;
  n.reference.symbol = citedSymbol(n.reference.type as 'resolution' | 'decision', n.reference.organ, n.reference.value, n.reference.part);
}

/**
 * Numbers of one list are written in one order: where some members decide it and all of
 * those agree, the others follow them.
 */
function settleByList(list: OrderedNumber[]): void {
  const orders = new Set(list.filter(certain).map((n) => n.reversed));
  if (orders.size !== 1) return;
  const [reversed] = orders;
  for (const n of list.filter(open)) setOrder(n, reversed, 'list');
}

/**
 * A document writes one organ's numbers one way (144/61 or 61/144): the way at least two of
 * its numbers of certain order take, agreeing by two to one at least, settles those of the
 * same organ that only likelihood decided. (Per organ: a report may write the General
 * Assembly's 64/293 in English order and its own conference's ٢/٥ in Arabic order.)
 * Returns the numbers no evidence decided.
 */
function settleByConvention(numbers: OrderedNumber[]): OrderedNumber[] {
  const byOrgan = new Map<string | null, OrderedNumber[]>();
  for (const n of numbers) byOrgan.set(n.reference.organ ?? null, [...(byOrgan.get(n.reference.organ ?? null) ?? []), n]);
  const left: OrderedNumber[] = [];
  for (const same of byOrgan.values()) {
    // Years tell nothing of how sessions are written (ECOSOC's 2017/18 is written 18/2017 too).
    const sure = same.filter((n) => certain(n) && !isYear(n.first) && !isYear(n.second));
    const reversed = sure.filter((n) => n.reversed).length;
    const english = sure.length - reversed;
    const convention = sure.length < 2 ? null : reversed >= 2 * english ? true : english >= 2 * reversed ? false : null;
    const undecided = same.filter(open);
    if (convention !== null) for (const n of undecided) setOrder(n, convention, 'convention');
    left.push(...undecided.filter((n) => n.by === 'none'));
  }
  return left;
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
 * number or date. Resolution numbers are added to `ordered` too, for their order to be
 * settled by the whole document (settleByConvention).
 */
export function findReferences(text: string, citing: CitingDocument, ordered: OrderedNumber[] = []): Reference[] {
  // Every kind of reference has a digit (text has ASCII digits only); most paragraphs have none.
  if (!HAS_DIGIT.test(text)) return [];
  const docs = symbols(text);
  const inSymbol = (r: Reference) => docs.some((d) => r.start < d.end && r.end > d.start);
  const found = resolutions(text, citing, ordered);
  const rest = [...found, ...dates(text), ...articles(text), ...treaties(text)].filter((r) => !inSymbol(r));
  return [...docs, ...rest].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A text's references with every number's order settled: for unit tables and one-off use. */
export function referencesIn(text: string, citing: CitingDocument, ambiguous = new Set<Reference>()): Reference[] {
  const ordered: OrderedNumber[] = [];
  const found = findReferences(text, citing, ordered);
  for (const n of settleByConvention(ordered)) ambiguous.add(n.reference);
  return found;
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
export function attachReferences(blocks: Block[], footnotes: Footnote[], citing: CitingDocument): WithReferences {
  const ordered: OrderedNumber[] = [];
  const parts: Array<Block | Footnote> = [...blocks, ...footnotes];
  for (const part of parts) part.references = findReferences(part.text, citing, ordered);
  // The order of numbers no evidence of their own decided, from the document as a whole.
  const ambiguous = new Set(settleByConvention(ordered).map((n) => n.reference));
  const index = new Map<string, ReferenceIndexEntry>();
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) {
    for (const r of part.references ?? []) {
      const key = `${r.type}|${r.organ ?? ''}|${r.value}`;
      const entry = index.get(key) ?? { type: r.type, value: r.value, organ: r.organ ?? null, ...(r.symbol !== undefined ? { symbol: r.symbol } : {}), citedBy: [] };
      // Parts are read in order, so a repeat is the last one.
      if (entry.citedBy[entry.citedBy.length - 1] !== part.id) entry.citedBy.push(part.id);
      index.set(key, entry);
      if (ambiguous.has(r)) {
        diagnostics.push({ severity: 'warning', code: 'reference-ambiguous', message: `${r.text} in ${part.id} reads either way; taken as ${r.value}`, line: part.lines[0]?.[0] ?? null });
      }
    }
  }
  return { blocks, footnotes, index: [...index.values()], diagnostics };
}
