// Akoma Ntoso 3.0 as the UN writes it (AKN4UN, checked against the UN's own markup in
// ../shared/akn4un/): resolutions and decisions as <statement>, reports as <doc>. Built
// with xmlbuilder2, so every attribute and text node is escaped by the serializer; what
// XML cannot hold at all (U+FFFE, lone surrogates, controls) is left out first. eIds are
// the JSON ids (a rule); the UN's are a counter, so the two never join: join on the label
// path (para_4__subpara_b) or on <num>.
import { create } from 'xmlbuilder2';
import { indentXml } from './xml-indent.js';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { ABJAD_NUMBER_OF_LETTER, latinLetterLabel } from '../lexicon/abjad.js';
import { BLOCK_TYPES } from '../lexicon/block-types.js';
import { MONTHS } from '../lexicon/months.js';
import { ORGANS } from '../lexicon/organs.js';
import { toAsciiDigits } from '../normalize/chars.js';
import type { Block, DocumentKind, Footnote, ParsedDocument, Reference } from '../types.js';

const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const UNKNOWN_DATE = '0001-01-01';
/** Where the UN links a cited document. */
const UNDOCS = 'https://undocs.org/ar/';
/** Our ids use letters, digits and underscores; anything else would not be a valid eId. */
const eId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');
/** Characters XML 1.0 cannot hold (controls, U+FFFE/U+FFFF, lone surrogates): left out, so the output is always well-formed. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xml = (s: string) => s.replace(NOT_XML, '');

/** The document's name in AKN4UN: what the kind says, drafts as drafts. */
const DOCUMENT_NAMES: Partial<Record<DocumentKind, string>> = {
  resolution: 'resolution',
  decision: 'decision',
  'draft-resolution': 'draftResolution',
  'revised-draft-resolution': 'draftResolution',
  'draft-decision': 'draftDecision',
};

/** The General Assembly's Main Committees, as the UN's references name them. */
const COMMITTEE_IDS: Record<string, string> = {
  الأولى: 'firstCommittee', الثانية: 'secondCommittee', الثالثة: 'thirdCommittee', الرابعة: 'fourthCommittee', الخامسة: 'fifthCommittee', السادسة: 'sixthCommittee',
};

interface Context {
  doc: ParsedDocument;
  /** A resolution or decision (a <statement>), whose headings are flat. */
  statement: boolean;
  notes: Map<string, Footnote>;
  /** How many times each note has been placed, for unique eIds of repeated citations. */
  placed: Map<string, number>;
  children: Map<string | null, Block[]>;
}

/** Where the UN links a reference: the cited document by its symbol (S/RES/2254(2015), A/RES/70/1, A/76/23). */
function hrefOf(r: Reference): string | null {
  const symbol = r.type === 'document' ? r.value : r.type === 'resolution' || r.type === 'decision' ? r.symbol : null;
  return symbol ? `${UNDOCS}${symbol.replace(/\s+/g, '')}` : null;
}

/**
 * The text of a block or note as <p>: each cited note as an authorialNote where its marker
 * stood, each reference to a document as a link to it.
 */
function paragraphText(parent: XMLBuilder, block: Pick<Block, 'text' | 'footnoteRefs' | 'footnoteOffsets' | 'references'>, ctx: Context): void {
  const p = parent.ele(AKN, 'p');
  const text = block.text;
  let at = 0;
  const upTo = (end: number) => {
    if (end > at) p.txt(xml(text.slice(at, end)));
    at = Math.max(at, end);
  };
  const links = (block.references ?? []).filter((r) => hrefOf(r) !== null);
  const notes = block.footnoteRefs.map((id, i) => ({ id, offset: Math.min(block.footnoteOffsets[i] ?? text.length, text.length) }));
  let n = 0;
  for (const link of links) {
    if (link.start < at) continue;
    // The notes before the link, then the link (a note inside a link's text follows it).
    for (; n < notes.length && notes[n].offset <= link.start; n++) {
      upTo(notes[n].offset);
      note(p, notes[n].id, ctx);
    }
    upTo(link.start);
    p.ele(AKN, 'a', { href: hrefOf(link)! }).txt(xml(text.slice(link.start, link.end)));
    at = link.end;
  }
  for (; n < notes.length; n++) {
    upTo(notes[n].offset);
    note(p, notes[n].id, ctx);
  }
  upTo(text.length);
}

function note(p: XMLBuilder, id: string, ctx: Context): void {
  const found = ctx.notes.get(id);
  if (!found) return;
  const n = (ctx.placed.get(id) ?? 0) + 1;
  ctx.placed.set(id, n);
  const element = p.ele(AKN, 'authorialNote', { eId: eId(n === 1 ? found.id : `${found.id}_${n}`), marker: xml(found.marker), placement: 'bottom' });
  paragraphText(element, { text: found.text, footnoteRefs: [], footnoteOffsets: [], references: found.references }, ctx);
}

/**
 * <num> as the UN writes it: a paragraph's number with ASCII digits and a spaced dash
 * (١- → 1 -), a clause's letter in brackets ((أ)), a point's number between its quotes,
 * a heading's ordinal with its dash (أولاً -), a recommendation's word and number.
 */
function numOf(b: Block): string | null {
  if (b.rawLabel === null) return null;
  const digits = toAsciiDigits(b.rawLabel);
  switch (b.type) {
    case 'recommendation':
      return `التوصية ${digits}`;
    case 'subparagraph':
      return `(${b.rawLabel})`;
    case 'point':
      return b.rawLabel;
    case 'heading':
    case 'part':
      return `${b.rawLabel} -`;
    default:
      return /^[a-z]+$/.test(b.label ?? '') ? `(${b.rawLabel})` : `${digits} -`;
  }
}

/** A block of the body and what nests under it, as a hierarchical element. */
function hierarchy(parent: XMLBuilder, block: Block, ctx: Context): void {
  const kids = ctx.children.get(block.id) ?? [];
  // A resolution's heading, as the UN writes it: a paragraph holding a subheading, the
  // paragraphs under it following as siblings (XPaths over mainBody/paragraph find all).
  if (block.type === 'heading' && ctx.statement) {
    const el = parent.ele(AKN, 'paragraph', { eId: eId(block.id) });
    const num = numOf(block);
    if (num) el.ele(AKN, 'num').txt(xml(num));
    el.ele(AKN, 'subheading').txt(xml(block.text));
    for (const k of kids) hierarchy(parent, k, ctx);
    return;
  }
  let element: string;
  const attrs: Record<string, string> = { eId: eId(block.id) };
  if (block.type === 'heading') element = block.level === 1 && block.number !== null ? 'chapter' : block.number !== null ? 'section' : 'hcontainer';
  else element = BLOCK_TYPES[block.type].akn ?? 'hcontainer';
  if (element === 'hcontainer') attrs.name = block.type === 'heading' ? 'heading' : block.type;
  const el = parent.ele(AKN, element, attrs);
  const num = numOf(block);
  if (num) el.ele(AKN, 'num').txt(xml(num));
  // A report's heading, or a part of a resolution (its letter, its own title, then its
  // formula, recitals, paragraphs and closing lines): the words as <heading>, what follows inside.
  if (block.type === 'heading' || block.type === 'part') {
    if (block.text !== '') el.ele(AKN, 'heading').txt(xml(block.text));
    for (const k of kids) hierarchy(el, k, ctx);
    return;
  }
  if (kids.length === 0) {
    paragraphText(el.ele(AKN, 'content'), block, ctx);
    return;
  }
  // Text that introduces clauses: the clauses go in a list, the text is its intro.
  const list = el.ele(AKN, 'list', { eId: eId(`${block.id}__list_1`) });
  paragraphText(list.ele(AKN, 'intro'), block, ctx);
  for (const k of kids) hierarchy(list, k, ctx);
}

/** The name AKN4UN gives a preambular container: its opening words (وإذ يشير). */
function openingPhrase(text: string): string {
  return text.split(/\s+/).slice(0, 2).join(' ').replace(/[،,:؛.]+$/, '') || 'recital';
}

function preamble(parent: XMLBuilder, blocks: Block[], ctx: Context): void {
  const pre = parent.ele(AKN, 'preamble');
  for (const b of blocks) {
    if (b.type === 'formula') {
      paragraphText(pre.ele(AKN, 'formula', { eId: eId(b.id), name: 'enactingFormula' }), b, ctx);
      continue;
    }
    const c = pre.ele(AKN, 'container', { eId: eId(b.id), name: xml(openingPhrase(b.text)) });
    paragraphText(c, b, ctx);
    recitalClauses(c, b, ctx);
  }
}

/** The clauses a recital introduces, and theirs in turn, as nested block lists (a container holds only blocks). */
function recitalClauses(parent: XMLBuilder, block: Block, ctx: Context): void {
  const kids = ctx.children.get(block.id) ?? [];
  if (kids.length === 0) return;
  const list = parent.ele(AKN, 'blockList', { eId: eId(`${block.id}__list_1`) });
  for (const k of kids) {
    const item = list.ele(AKN, 'item', { eId: eId(k.id) });
    const num = numOf(k);
    if (num) item.ele(AKN, 'num').txt(xml(num));
    paragraphText(item, k, ctx);
    recitalClauses(item, k, ctx);
  }
}

/** `2023-11-14` → `14 November 2023`, as the masthead writes the issue date. */
function englishDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1].english} ${y}`;
}

/** `72(b)` → `البند 72 (ب) من جدول الأعمال`: the agenda item as the masthead writes it. */
function agendaItemLine(item: string, provisional: boolean | null): string {
  const m = /^(\d+)(?:\(([a-z]+)\))?$/.exec(item);
  const letter = m?.[2] ? [...ABJAD_NUMBER_OF_LETTER].find(([, n]) => latinLetterLabel(n) === m[2])?.[0] : undefined;
  return `البند ${m?.[1] ?? item}${letter ? ` (${letter})` : ''} من جدول الأعمال${provisional ? ' المؤقت' : ''}`;
}

/** The cover page as the UN writes it: publisher, symbol, issuing organ, distribution, date, session, agenda item, the committee's report. */
function coverPage(parent: XMLBuilder, doc: ParsedDocument): void {
  const m = doc.metadata;
  const cover = parent.ele(AKN, 'coverPage', { eId: 'coverPage_1' });
  cover.ele(AKN, 'p').ele(AKN, 'docAuthority', { refersTo: '#publisher' }).txt('الأمم المتحدة');
  const symbol = m.symbols[0];
  if (symbol) cover.ele(AKN, 'p', { class: 'upperRight' }).ele(AKN, 'docNumber', { refersTo: '#symbol' }).txt(xml(symbol));
  if (m.body) cover.ele(AKN, 'p').ele(AKN, 'docAuthority', { refersTo: '#issuingBody' }).txt(xml(m.body));
  if (m.distribution) cover.ele(AKN, 'p').ele(AKN, 'docStatus', { refersTo: `#${m.distribution}Distribution` }).txt(`Distr.: ${m.distribution[0].toUpperCase()}${m.distribution.slice(1)}`);
  if (m.date) cover.ele(AKN, 'p').ele(AKN, 'docDate', { date: m.date, refersTo: '#dateOfIssuance' }).txt(englishDate(m.date));
  if (m.session) cover.ele(AKN, 'p').ele(AKN, 'session', { refersTo: `#${eId(m.bodyKey ?? 'un')}`, ...(m.sessionNumber !== null ? { value: String(m.sessionNumber) } : {}) }).txt(xml(m.session));
  if (m.agendaItem) cover.ele(AKN, 'p').ele(AKN, 'inline', { name: 'agenda item' }).txt(agendaItemLine(m.agendaItem, m.agendaItemProvisional));
  if (m.agendaItemTitle) cover.ele(AKN, 'p').ele(AKN, 'inline', { name: 'agenda item name' }).txt(xml(m.agendaItemTitle));
  const committee = committeeId(m.committee);
  const proponent = m.origin ?? m.committee;
  if (proponent) cover.ele(AKN, 'p').ele(AKN, 'docProponent', committee ? { refersTo: `#${committee}` } : {}).txt(xml(proponent));
}

/** The eId the UN gives a Main Committee (اللجنة الرابعة → fourthCommittee). */
function committeeId(committee: string | null): string | null {
  const ordinal = committee?.split(/\s+/).at(-1);
  return ordinal ? (COMMITTEE_IDS[ordinal] ?? null) : null;
}

function preface(parent: XMLBuilder, doc: ParsedDocument, title: Block | undefined): void {
  const m = doc.metadata;
  const p = parent.ele(AKN, 'preface').ele(AKN, 'p');
  if (m.number) p.ele(AKN, 'docNumber').txt(xml(m.number));
  if (title) p.ele(AKN, 'docTitle', { eId: eId(title.id), refersTo: '#resolutionTitle' }).txt(xml(title.text));
  if (!m.number && !title) p.txt(xml(doc.source.path));
}

function conclusions(parent: XMLBuilder, closing: Block[]): void {
  const c = parent.ele(AKN, 'conclusions');
  for (const b of closing) c.ele(AKN, 'p', { eId: eId(b.id) }).txt(xml(b.text));
}

/** The organ's name in the UN's FRBR URIs (unga, unsc), and its key as the FRBRauthor (ga, sc). */
function frbrOrgan(key: string | null): { uri: string; author: string } {
  const organ = ORGANS.find((o) => o.key === key);
  return { uri: organ?.akn ?? key ?? 'un', author: key ?? 'un' };
}

/**
 * FRBR as the UN writes it: /akn/un/statement/deliberation/unsc/2023-11-14/2707-2023/, the
 * number's slashes, spaces and brackets as dashes, the work's date the adoption's.
 */
function frbr(doc: ParsedDocument, statement: boolean): { work: string; date: string; dateName: string; author: string } {
  const m = doc.metadata;
  const organ = frbrOrgan(m.bodyKey);
  const date = m.adopted ?? m.date ?? UNKNOWN_DATE;
  const number = (m.number ?? m.symbols[0] ?? doc.source.sha256.slice(0, 12)).replace(/[/\s()]+/g, '-').replace(/-+$/, '');
  const kind = statement ? `statement/deliberation/${organ.uri}` : `doc/${m.kind ?? 'report'}/${organ.uri}`;
  return { work: `/akn/un/${kind}/${date}/${number}/`, date, dateName: m.adopted ? 'adoption' : m.date ? 'issue' : 'unknown', author: organ.author };
}

/** The properties every FRBR level has: this, uri, date, author (with its role). */
function frbrLevel(parent: XMLBuilder, tag: string, self: string, uri: string, date: string, dateName: string, author: string, role: string): XMLBuilder {
  const level = parent.ele(AKN, tag);
  level.ele(AKN, 'FRBRthis', { value: self });
  level.ele(AKN, 'FRBRuri', { value: uri });
  level.ele(AKN, 'FRBRdate', { date, name: dateName });
  level.ele(AKN, 'FRBRauthor', { href: author, as: role });
  return level;
}

/** The references the cover page's refersTo name. */
const CONCEPTS: Array<[string, string, string, string]> = [
  ['TLCConcept', 'dateOfIssuance', '/akn/ontology/concept/un/dateOfIssuance', 'Date of issuance'],
  ['TLCConcept', 'symbol', '/akn/ontology/reference/un/symbol', 'Symbol'],
  ['TLCRole', 'publisher', '/akn/ontology/role/un/publisher', 'Publisher'],
  ['TLCRole', 'issuingBody', '/akn/role/concept/un/issuingBody', 'Issuing body'],
  ['TLCRole', 'author', '/akn/ontology/role/un/author', 'Author'],
  ['TLCTerm', 'resolutionTitle', '/akn/ontology/reference/un/resolutionTitle', 'Resolution title'],
];

function meta(parent: XMLBuilder, doc: ParsedDocument, statement: boolean): void {
  const { work, date, dateName, author } = frbr(doc, statement);
  const expression = `${work}ara@`;
  const metaElement = parent.ele(AKN, 'meta');
  const id = metaElement.ele(AKN, 'identification', { source: '#ctoc-parse' });
  frbrLevel(id, 'FRBRWork', `${work}!main/`, work, date, dateName, author, 'author').ele(AKN, 'FRBRcountry', { value: 'un' });
  frbrLevel(id, 'FRBRExpression', `${expression}!main/`, `${expression}/`, date, dateName, author, 'issuer').ele(AKN, 'FRBRlanguage', { language: 'ara' });
  frbrLevel(id, 'FRBRManifestation', `${expression}/!main.xml`, `${expression}.xml`, date, 'transform', 'ctoc-parse', 'editor');
  const refs = metaElement.ele(AKN, 'references', { source: '#ctoc-parse' });
  refs.ele(AKN, 'TLCOrganization', { eId: 'ctoc-parse', href: '/ontology/organization/ctoc-parse', showAs: 'ctoc-parse' });
  refs.ele(AKN, 'TLCOrganization', { eId: eId(author), href: `/akn/ontology/organization/un/${author}`, showAs: xml(doc.metadata.body ?? author) });
  for (const [tag, ref, href, showAs] of CONCEPTS) refs.ele(AKN, tag, { eId: ref, href, showAs });
  const committee = committeeId(doc.metadata.committee);
  if (committee) refs.ele(AKN, 'TLCOrganization', { eId: committee, href: `/akn/ontology/organization/un/${committee}`, showAs: xml(doc.metadata.committee!) });
  if (doc.metadata.distribution) refs.ele(AKN, 'TLCConcept', { eId: `${doc.metadata.distribution}Distribution`, href: `/akn/ontology/concept/un/${doc.metadata.distribution}Distribution`, showAs: `${doc.metadata.distribution} distribution` });
}

/** The document as Akoma Ntoso XML: compact, or one element a line (--pretty). */
export function toAkn(doc: ParsedDocument, pretty = false): string {
  const statement = doc.metadata.layout === 'resolution' || doc.metadata.layout === 'decision';
  const children = new Map<string | null, Block[]>();
  for (const b of doc.blocks) {
    const siblings = children.get(b.parent);
    if (siblings) siblings.push(b);
    else children.set(b.parent, [b]);
  }
  const ctx: Context = { doc, statement, notes: new Map(doc.footnotes.map((f) => [f.id, f])), placed: new Map(), children };

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(AKN, 'akomaNtoso');
  const name = (doc.metadata.kind && DOCUMENT_NAMES[doc.metadata.kind]) ?? (statement ? doc.metadata.layout : (doc.metadata.kind ?? 'report'));
  const top = root.ele(AKN, statement ? 'statement' : 'doc', { name });
  meta(top, doc, statement);
  coverPage(top, doc);
  const topLevel = children.get(null) ?? [];
  const title = topLevel.find((b) => b.type === 'title');
  preface(top, doc, title);
  const preambular = topLevel.filter((b) => b.type === 'formula' || b.type === 'preambular');
  if (statement && preambular.length > 0) preamble(top, preambular, ctx);
  const body = top.ele(AKN, 'mainBody');
  const main = topLevel.filter((b) => b.type !== 'title' && b.type !== 'closing' && !(statement && (b.type === 'formula' || b.type === 'preambular')));
  for (const b of main) {
    if (b.type === 'formula' || b.type === 'preambular') paragraphText(body.ele(AKN, 'hcontainer', { eId: eId(b.id), name: b.type }).ele(AKN, 'content'), b, ctx);
    else hierarchy(body, b, ctx);
  }
  if (main.length === 0) body.ele(AKN, 'p');
  const closing = topLevel.filter((b) => b.type === 'closing');
  if (closing.length > 0) conclusions(top, closing);
  // Not xmlbuilder2's pretty-printing: its indentation inside <p> would add white space to
  // the text around notes; indentXml leaves elements that hold text as they are.
  const out = `${root.end({ prettyPrint: false })}\n`;
  return pretty ? indentXml(out) : out;
}
