// The Akoma Ntoso export: schema-valid (libxml2's xmllint, as WebAssembly from npm, against
// the OASIS schema committed in test/schema/), and one for one with the JSON output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { beforeAll, describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { validateXML } from 'xmllint-wasm';
import { toAkn } from '../src/emit/akn.js';
import { parseDocument } from '../src/index.js';
import type { ParsedDocument } from '../src/types.js';
import { ROOT } from './helpers/cli.js';

const SCHEMA_DIR = join(ROOT, 'test', 'schema');
const schemaFile = (fileName: string) => ({ fileName, contents: readFileSync(join(SCHEMA_DIR, fileName), 'utf8') });
const SCHEMA = schemaFile('akomantoso30.xsd');
const PRELOAD = [schemaFile('xml.xsd')];
const fixtures = fg.sync('**/*.txt', { cwd: join(ROOT, 'fixtures') }).sort();

/** A number is the block's label, not its text; a note is cited in the text, not part of it. */
const SKIPPED = new Set(['num', 'authorialNote']);

interface XmlNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  childNodes: ArrayLike<XmlNode>;
  getAttribute?: (name: string) => string | null;
}

/**
 * The text each element with one of `ids` as eId holds itself: its text nodes and those
 * below it, but not inside another such element (a nested block), a note or a <num>.
 */
function textByEId(xml: string, ids: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  const own = (node: XmlNode, into: string[]) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) into.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !SKIPPED.has(child.localName ?? '') && !ids.has(child.getAttribute!('eId') ?? '')) own(child, into);
    }
  };
  const walk = (node: XmlNode) => {
    const id = node.nodeType === 1 ? node.getAttribute!('eId') : null;
    if (id && ids.has(id)) {
      const parts: string[] = [];
      own(node, parts);
      out.set(id, parts.join('').replace(/\s+/g, ' ').trim());
    }
    for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) walk(child);
  };
  walk(create(xml).node as unknown as XmlNode);
  return out;
}
const count = (xml: string, tag: string) => (xml.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;

/**
 * Validates the documents in one run of xmllint (the schema is compiled once) and gives,
 * for each, 'valid' or its errors.
 */
async function validate(xmls: string[]): Promise<string[]> {
  const names = xmls.map((_, i) => `doc-${i}.xml`);
  const result = await validateXML({ xml: xmls.map((contents, i) => ({ fileName: names[i], contents })), schema: SCHEMA, preload: PRELOAD });
  return names.map((name) => {
    const errors = result.errors.filter((e) => e.loc?.fileName === name || (e.loc === null && result.errors.length > 0));
    return errors.length === 0 ? 'valid' : errors.map((e) => e.rawMessage).join('\n');
  });
}

/**
 * The documents the tests below validate, beyond the fixtures: all are validated in one
 * run of xmllint (compiling the 245 kB schema takes most of its time).
 */
const MADE: Record<string, string> = {
  plain: toAkn(parseDocument('إن المجلس،\n\n١ - يقرر.')),
  reserved: toAkn(parseDocument('إن المجلس،\n\nإذ يشير إلى <b> & "x" \'y\'،\n\n١ - يقرر أن a < b && c > d؛')),
  recitalPoints: toAkn(
    parseDocument(
      ['إن المجلس،', '', 'وإذ يشير إلى أن خطة العمل ترمي إلى ما يلي:', '', '(أ) تعزيز التعاون، بما في ذلك:', '', '‘1‘ تبادل المعلومات؛', '', '‘2‘ التدريب،', '', '(ب) نشر الوعي،', '', '١ - يقرر.'].join('\n'),
    ),
  ),
};
const DRAFT = ['الأمم المتحدة A/C.3/75/L.12', '', 'الجمعية العامة Distr.: Limited', '20 October 2020', '', 'الدورة الخامسة والسبعون', 'اللجنة الثالثة', 'البند 72 (ب) من جدول الأعمال', '', 'كوبا: مشروع قرار', '', 'الحق في الغذاء', '', 'إن الجمعية العامة،', '', 'إذ تشير إلى قرارها 70/1،', '', '١ - تقرر أن تبقي المسألة قيد الاستعراض.'].join('\n');
Object.assign(MADE, {
  draft: toAkn(parseDocument(DRAFT)),
  // What XML 1.0 cannot hold, in a document's text: U+FFFE, a control, a lone surrogate.
  unholdable: toAkn({ ...parseDocument('إن المجلس،\n\n١ - يقرر أن يبقي المسألة.'), blocks: parseDocument('إن المجلس،\n\n١ - يقرر أن يبقي المسألة.').blocks.map((b) => ({ ...b, text: `${b.text}\uFFFE\u0001\uD800` })) }),
});
const UNKNOWN_ELEMENT = MADE.plain.replace('<preface', '<unknownElement/><preface');

const parsed = new Map(fixtures.map((name) => {
  // From the reviewed snapshot: the writer is tested on what the parser was agreed to give.
  const doc = JSON.parse(readFileSync(join(ROOT, 'fixtures', name.replace(/\.txt$/, '.json')), 'utf8')) as ParsedDocument;
  return [name, { doc, xml: toAkn(doc) }];
}));
/** Each validated document's verdict: 'valid' or its errors. */
const verdicts = new Map<string, string>();
beforeAll(async () => {
  const documents: Array<[string, string]> = [...fixtures.map((name): [string, string] => [name, parsed.get(name)!.xml]), ...Object.entries(MADE), ['unknownElement', UNKNOWN_ELEMENT]];
  (await validate(documents.map(([, xml]) => xml))).forEach((verdict, i) => verdicts.set(documents[i][0], verdict));
});

describe.each(fixtures)('%s', (name) => {
  const { doc, xml } = parsed.get(name)!;
  const n = (...types: string[]) => doc.blocks.filter((b) => types.includes(b.type)).length;

  it('validates against the Akoma Ntoso 3.0 schema', () => {
    expect(verdicts.get(name)).toBe('valid');
  });

  it('matches the JSON one for one: recitals, paragraphs, points, notes', () => {
    const statement = doc.metadata.layout === 'resolution' || doc.metadata.layout === 'decision';
    expect(xml.includes('<statement ')).toBe(statement);
    // Recitals: containers of the preamble, or hcontainers inside a part of a resolution.
    if (statement) expect(count(xml, 'container') + (xml.match(/<hcontainer [^>]*name="preambular"/g) ?? []).length).toBe(n('preambular'));
    // A resolution's headings are paragraphs holding a subheading, as the UN writes them.
    expect(count(xml, 'paragraph')).toBe(n('paragraph', 'operative') + (statement ? n('heading') : 0));
    expect(count(xml, 'subheading')).toBe(statement ? n('heading') : 0);
    expect(count(xml, 'point') + count(xml, 'item')).toBe(n('subparagraph', 'point', 'item'));
    expect(count(xml, 'authorialNote')).toBe(doc.blocks.reduce((k, b) => k + b.footnoteRefs.length, 0) - (doc.blocks.find((b) => b.type === 'title')?.footnoteRefs.length ?? 0));
    for (const b of doc.blocks.filter((x) => x.type !== 'title')) expect(xml, b.id).toContain(`eId="${b.id}"`);
  });

  it('holds each block and note in its own element, with the JSON text', () => {
    const ids = new Set([...doc.blocks.map((b) => b.id), ...doc.footnotes.map((f) => f.id)]);
    const texts = textByEId(xml, ids);
    for (const b of doc.blocks) expect(texts.get(b.id), b.id).toBe(b.text);
    for (const f of doc.footnotes.filter((x) => x.citedBy.some((c) => c !== 'metadata' && c !== 'title'))) expect(texts.get(f.id), f.id).toBe(f.text);
  });

  it('keeps furniture out of the body', () => {
    // A contents entry repeats the heading it lists: only there may its words appear. (The
    // cover page holds the symbol, which a running header repeats.)
    const body = xml.slice(xml.indexOf('</coverPage>'));
    for (const a of doc.artifacts) if (!doc.blocks.some((b) => b.text.includes(a.text))) expect(body).not.toContain(a.text);
  });
});

it('the validator rejects an element the schema does not know, in that document only', () => {
  expect(UNKNOWN_ELEMENT).not.toBe(MADE.plain);
  expect(verdicts.get('plain')).toBe('valid');
  expect(verdicts.get('unknownElement')).toMatch(/unknownElement/);
});

it('escapes what XML reserves', () => {
  expect(verdicts.get('reserved')).toBe('valid');
  expect(MADE.reserved).toContain('a &lt; b &amp;&amp; c &gt; d');
});

it('keeps the points of a clause inside a recital', () => {
  const doc = parseDocument(
    ['إن المجلس،', '', 'وإذ يشير إلى أن خطة العمل ترمي إلى ما يلي:', '', '(أ) تعزيز التعاون، بما في ذلك:', '', '‘1‘ تبادل المعلومات؛', '', '‘2‘ التدريب،', '', '(ب) نشر الوعي،', '', '١ - يقرر.'].join('\n'),
  );
  expect(doc.blocks.filter((b) => b.type === 'point').map((b) => b.parent)).toEqual(['preamble__recital_1__subpara_a', 'preamble__recital_1__subpara_a']);
  expect(toAkn(doc)).toBe(MADE.recitalPoints);
  for (const b of doc.blocks) expect(MADE.recitalPoints, b.id).toContain(`eId="${b.id}"`);
  expect(verdicts.get('recitalPoints')).toBe('valid');
});

it('names drafts as drafts, with their committee as proponent and the links of their citations', () => {
  expect(verdicts.get('draft')).toBe('valid');
  expect(MADE.draft).toContain('<statement name="draftResolution">');
  expect(MADE.draft).toContain('<docNumber refersTo="#symbol">A/C.3/75/L.12</docNumber>');
  expect(MADE.draft).toContain('<docProponent refersTo="#thirdCommittee">اللجنة الثالثة</docProponent>');
  expect(MADE.draft).toContain('<inline name="agenda item">البند 72 (ب) من جدول الأعمال</inline>');
  expect(MADE.draft).toContain('<a href="https://undocs.org/ar/A/RES/70/1">70/1</a>');
  expect(MADE.draft).toContain('<num>1 -</num>');
});

it('writes only well-formed XML, whatever the text holds', () => {
  expect(verdicts.get('unholdable')).toBe('valid');
  expect(MADE.unholdable).not.toMatch(/[\uFFFE\u0001]/);
});
