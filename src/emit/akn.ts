// Akoma Ntoso 3.0 (AKN4UN style) from the document model: resolutions and decisions as
// <statement>, reports as <doc name="report">. Built with xmlbuilder2, so every attribute
// and text node is escaped by the serializer, never by hand. eIds are the JSON ids.
import { create } from 'xmlbuilder2';
import { indentXml } from './xml-indent.js';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { BLOCK_TYPES } from '../lexicon/block-types.js';
import type { Block, Footnote, ParsedDocument } from '../types.js';

const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const UNKNOWN_DATE = '0001-01-01';
/** Our ids use letters, digits and underscores; anything else would not be a valid eId. */
const eId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

interface Context {
  doc: ParsedDocument;
  notes: Map<string, Footnote>;
  /** How many times each note has been placed, for unique eIds of repeated citations. */
  placed: Map<string, number>;
  children: Map<string | null, Block[]>;
}

/** The text of a block as <p>, with each cited note as an authorialNote where its marker stood. */
function paragraphText(parent: XMLBuilder, block: Block, ctx: Context): void {
  const p = parent.ele(AKN, 'p');
  let at = 0;
  block.footnoteRefs.forEach((id, i) => {
    const offset = Math.min(block.footnoteOffsets[i] ?? block.text.length, block.text.length);
    if (offset > at) p.txt(block.text.slice(at, offset));
    at = Math.max(at, offset);
    const note = ctx.notes.get(id);
    if (!note) return;
    const n = (ctx.placed.get(id) ?? 0) + 1;
    ctx.placed.set(id, n);
    p.ele(AKN, 'authorialNote', { eId: eId(n === 1 ? note.id : `${note.id}_${n}`), marker: note.marker, placement: 'bottom' })
      .ele(AKN, 'p')
      .txt(note.text);
  });
  if (block.text.length > at) p.txt(block.text.slice(at));
}


function numOf(b: Block): string | null {
  if (b.rawLabel === null) return null;
  if (b.type === 'subparagraph' || (b.type === 'operative' && /^[a-z]+$/.test(b.label ?? ''))) return `(${b.rawLabel})`;
  return b.rawLabel;
}

/** A block of the body and what nests under it, as a hierarchical element. */
function hierarchy(parent: XMLBuilder, block: Block, ctx: Context): void {
  const kids = ctx.children.get(block.id) ?? [];
  let element: string;
  const attrs: Record<string, string> = { eId: eId(block.id) };
  if (block.type === 'heading') element = block.level === 1 && block.number !== null ? 'chapter' : block.number !== null ? 'section' : 'hcontainer';
  else element = BLOCK_TYPES[block.type].akn ?? 'hcontainer';
  if (element === 'hcontainer') attrs.name = block.type === 'heading' ? 'heading' : block.type;
  const el = parent.ele(AKN, element, attrs);
  const num = block.type === 'recommendation' ? `التوصية ${block.rawLabel ?? ''}`.trim() : numOf(block);
  if (num) el.ele(AKN, 'num').txt(num);
  // A heading, or a part of a resolution (its letter, its own title, then its formula,
  // recitals, paragraphs and closing lines): the words as <heading>, what follows inside.
  if (block.type === 'heading' || block.type === 'part') {
    if (block.text !== '') el.ele(AKN, 'heading').txt(block.text);
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
    const c = pre.ele(AKN, 'container', { eId: eId(b.id), name: openingPhrase(b.text) });
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
    if (num) item.ele(AKN, 'num').txt(num);
    paragraphText(item, k, ctx);
    recitalClauses(item, k, ctx);
  }
}

function preface(parent: XMLBuilder, doc: ParsedDocument, title: Block | undefined): void {
  const m = doc.metadata;
  const pre = parent.ele(AKN, 'preface');
  if (m.body) pre.ele(AKN, 'p', { class: 'body' }).ele(AKN, 'docProponent').txt(m.body);
  if (m.session) pre.ele(AKN, 'p', { class: 'session' }).ele(AKN, 'session', m.sessionNumber !== null ? { value: String(m.sessionNumber) } : {}).txt(m.session);
  if (m.agendaItem) pre.ele(AKN, 'p', { class: 'agendaItem' }).txt(`${m.agendaItemProvisional ? 'provisional agenda item' : 'agenda item'} ${m.agendaItem}`);
  if (m.number) pre.ele(AKN, 'p', { class: 'docNumber' }).ele(AKN, 'docNumber').txt(m.number);
  if (title) {
    const p = pre.ele(AKN, 'p', { class: 'docTitle' });
    p.ele(AKN, 'docTitle', { eId: eId(title.id) }).txt(title.text);
  }
  if (pre.node.childNodes.length === 0) pre.ele(AKN, 'p').txt(doc.source.path);
}

function conclusions(parent: XMLBuilder, closing: Block[]): void {
  const c = parent.ele(AKN, 'conclusions');
  for (const b of closing) c.ele(AKN, 'p', { eId: eId(b.id) }).txt(b.text);
}

function frbr(doc: ParsedDocument, statement: boolean): { work: string; date: string; dateName: string; author: string } {
  const m = doc.metadata;
  const author = m.bodyKey ?? 'un';
  const date = m.adopted ?? m.date ?? UNKNOWN_DATE;
  const number = (m.number ?? m.symbols[0] ?? doc.source.sha256.slice(0, 12)).replace(/[/\s()]+/g, '-').replace(/-+$/, '');
  const kind = statement ? `statement/deliberation/${author}` : `doc/${m.kind ?? 'report'}/${author}`;
  return { work: `/akn/un/${kind}/${date}/${number}`, date, dateName: m.adopted ? 'adoption' : m.date ? 'issue' : 'unknown', author };
}

/** The properties every FRBR level has: this, uri, date, author. */
function frbrLevel(parent: XMLBuilder, tag: string, self: string, uri: string, date: string, dateName: string, author: string): XMLBuilder {
  const level = parent.ele(AKN, tag);
  level.ele(AKN, 'FRBRthis', { value: self });
  level.ele(AKN, 'FRBRuri', { value: uri });
  level.ele(AKN, 'FRBRdate', { date, name: dateName });
  level.ele(AKN, 'FRBRauthor', { href: `#${author}` });
  return level;
}

function meta(parent: XMLBuilder, doc: ParsedDocument, statement: boolean): void {
  const { work, date, dateName, author } = frbr(doc, statement);
  const expression = `${work}/ara@`;
  const metaElement = parent.ele(AKN, 'meta');
  const id = metaElement.ele(AKN, 'identification', { source: '#ctoc-parse' });
  frbrLevel(id, 'FRBRWork', `${work}/!main`, work, date, dateName, author).ele(AKN, 'FRBRcountry', { value: 'un' });
  frbrLevel(id, 'FRBRExpression', `${expression}/!main`, expression, date, dateName, author).ele(AKN, 'FRBRlanguage', { language: 'ara' });
  frbrLevel(id, 'FRBRManifestation', `${expression}/!main.xml`, `${expression}.akn`, date, 'transform', 'ctoc-parse');
  const refs = metaElement.ele(AKN, 'references', { source: '#ctoc-parse' });
  refs.ele(AKN, 'TLCOrganization', { eId: 'ctoc-parse', href: '/ontology/organization/ctoc-parse', showAs: 'ctoc-parse' });
  refs.ele(AKN, 'TLCOrganization', { eId: eId(author), href: `/ontology/organization/un/${author}`, showAs: doc.metadata.body ?? author });
}

/** The document as one Akoma Ntoso XML text. */
/** The document as Akoma Ntoso XML: compact, or one element a line (--pretty). */
export function toAkn(doc: ParsedDocument, pretty = false): string {
  const statement = doc.metadata.layout === 'resolution' || doc.metadata.layout === 'decision';
  const children = new Map<string | null, Block[]>();
  for (const b of doc.blocks) {
    const siblings = children.get(b.parent);
    if (siblings) siblings.push(b);
    else children.set(b.parent, [b]);
  }
  const ctx: Context = { doc, notes: new Map(doc.footnotes.map((f) => [f.id, f])), placed: new Map(), children };

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(AKN, 'akomaNtoso');
  const top = root.ele(AKN, statement ? 'statement' : 'doc', {
    name: statement ? (doc.metadata.layout === 'decision' ? 'decision' : 'resolution') : (doc.metadata.kind ?? 'report'),
  });
  meta(top, doc, statement);
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
  const xml = `${root.end({ prettyPrint: false })}\n`;
  return pretty ? indentXml(xml) : xml;
}
