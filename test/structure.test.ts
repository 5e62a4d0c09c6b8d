// The structure rules of conventions.md on small made-up documents, one rule a test, and
// one whole General Assembly-style resolution that combines them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { ParsedDocument } from '../src/types.js';
import { expectInvariants } from './helpers/invariants.js';

function parse(text: string): ParsedDocument {
  const doc = parseDocument(text);
  expectInvariants(doc, text);
  return doc;
}
const outline = (doc: ParsedDocument) => doc.blocks.map((b) => `${b.type}:${b.label ?? ''}`);
const byId = (doc: ParsedDocument, id: string) => doc.blocks.find((b) => b.id === id)!;
const codes = (doc: ParsedDocument) => doc.diagnostics.map((d) => `${d.code}@${d.line}`);

const RESOLUTION = [
  'الأمم المتحدة A/RES/71/167',
  'الجمعية العامة Distr.: General',
  '23 January 2017',
  '',
  'الدورة الحادية والسبعون',
  'البند ٢٧ (أ) من جدول الأعمال',
  '',
  'قرار اتخذته الجمعية العامة في ١٩ كانون الأول/ديسمبر ٢٠١٦',
  '',
  '[بناءً على تقرير اللجنة الثالثة (A/71/482)]',
  '',
  '٧١/١٦٧ - الاتجار بالنساء والفتيات',
  '',
  'إن الجمعية العامة،',
  '',
  '\u200Fإذ **تشير** إلى جميع قراراتها المتعلقة بالاتجار بالنساء والفتيات، ولا سيما القرار',
  '٦٩/١٤٩ المؤرخ ١٨ كانون الأول/ديسمبر ٢٠١٤،⁽¹⁾',
  '',
  'وإذ ترحب بالجهود المبذولة، ومنها ما يلي:',
  '',
  '(أ) اعتماد الخطة؛',
  '',
  '(ب) إنشاء الصندوق،',
  '',
  'واقتناعاً منها بضرورة العمل المنسق،',
  '',
  '۱ - **تحث** الدول على التصديق على البروتوكول؛',
  '',
  'مكافحة الاتجار',
  '',
  '٢ - تطلب إلى الدول ما يلي:',
  '',
  '(أ) أن تعزز تشريعاتها في مجال',
  '',
  '(1) الوثائق الرسمية للجمعية العامة، الدورة التاسعة والستون.',
  '',
  '16-45678 (A)',
  '',
  'مكافحة الاتجار، بما في ذلك:',
  '',
  '‘1‘ حماية الضحايا؛',
  '',
  '’2‘ الملاحقة القضائية؛',
  '',
  '(ب) أن تقدم تقارير؛',
  '',
  '٣ - تقرر أن تبقي المسألة قيد نظرها.',
  '',
  'الجلسة العامة ٦٥',
  '',
  '١٩ كانون الأول/ديسمبر ٢٠١٦',
].join('\n');

describe('a General Assembly resolution', () => {
  const doc = parse(RESOLUTION);

  it('has the outline a reader sees', () => {
    expect(outline(doc)).toEqual([
      'title:71/167', 'formula:', 'preambular:', 'preambular:', 'subparagraph:a', 'subparagraph:b', 'preambular:',
      'operative:1', 'heading:', 'operative:2', 'subparagraph:a', 'point:i', 'point:ii', 'subparagraph:b',
      'operative:3', 'closing:', 'closing:',
    ]);
  });

  it('reads the header', () => {
    expect(doc.metadata).toMatchObject({
      distribution: 'general', date: '2017-01-23', body: 'الجمعية العامة', bodyKey: 'ga', kind: 'resolution',
      sessionNumber: 71, agendaItem: '27(a)', number: '71/167', adopted: '2016-12-19',
      meeting: '65th plenary meeting', title: 'الاتجار بالنساء والفتيات', layout: 'resolution',
    });
    expect(doc.metadata.symbols).toEqual(['A/RES/71/167', 'A/71/482']);
  });

  it('joins hard-wrapped lines, strips bold and bidi marks, folds every digit script', () => {
    expect(doc.blocks[2].text).toBe('إذ تشير إلى جميع قراراتها المتعلقة بالاتجار بالنساء والفتيات، ولا سيما القرار 69/149 المؤرخ 18 كانون الأول/ديسمبر 2014،');
    expect(byId(doc, 'para_1')).toMatchObject({ text: 'تحث الدول على التصديق على البروتوكول؛', rawLabel: '۱', number: 1 });
  });

  it('nests clauses under the paragraph that introduces them and points under their clause', () => {
    expect(byId(doc, 'preamble__recital_2__subpara_a').parent).toBe('preamble__recital_2');
    expect(byId(doc, 'para_2__subpara_a__point_ii').parent).toBe('para_2__subpara_a');
    expect(byId(doc, 'para_2__subpara_b').parent).toBe('para_2');
    expect(byId(doc, 'para_2').parent).toBe('hdg_1');
  });

  it('rejoins a clause cut by a page break, past the note and the job number', () => {
    expect(byId(doc, 'para_2__subpara_a')).toMatchObject({
      text: 'أن تعزز تشريعاتها في مجال مكافحة الاتجار، بما في ذلك:',
      lines: [[33, 33], [39, 39]],
    });
    expect(doc.artifacts.map((a) => a.kind)).toEqual(['job-number']);
    expect(doc.metadata.jobNumber).toBe('16-45678');
  });

  it('links the footnote to its citation', () => {
    expect(doc.footnotes).toMatchObject([{ id: 'fn_1', marker: '1', citedBy: ['preamble__recital_1'] }]);
    expect(doc.blocks[2].footnoteRefs).toEqual(['fn_1']);
  });
});

describe('rules', () => {
  it('the half of a recital that a page break cut after a comma continues it; a recital opener starts the next', () => {
    const doc = parse('إن الجمعية العامة،\n\nإذ تشير إلى قرارها 70/1،\n\n17-12889 (A)\n\nالمؤرخ 25 أيلول/سبتمبر 2015،\n\nوإيماناً منها بأهمية التعاون،\n\n١ - تقرر.');
    expect(outline(doc)).toEqual(['formula:', 'preambular:', 'preambular:', 'operative:1']);
    expect(doc.blocks[1]).toMatchObject({ text: 'إذ تشير إلى قرارها 70/1، المؤرخ 25 أيلول/سبتمبر 2015،', lines: [[3, 3], [7, 7]] });
  });

  it.each([
    ['with blank lines', '\n\n'],
    ['without', '\n'],
  ])('bullets with no final punctuation are items of their own, %s, and lose their dash', (_, gap) => {
    const doc = parse(['إن مجلس الأمن،', 'إذ يشير إلى قراراته،', '١ - يقرر أن تشمل الولاية ما يلي:', '- حماية المدنيين(1)', '- دعم تنفيذ اتفاق', 'السلام', '- رصد حقوق الإنسان؛', '٢ - يقرر أن يبقي المسألة قيد نظره.', '', '(1) ملاحظة.'].join(gap));
    expect(doc.blocks.filter((b) => b.type === 'item').map((b) => [b.id, b.text])).toEqual([
      ['para_1__item_1', 'حماية المدنيين'],
      ['para_1__item_2', 'دعم تنفيذ اتفاق السلام'],
      ['para_1__item_3', 'رصد حقوق الإنسان؛'],
    ]);
    expect(byId(doc, 'para_1__item_1')).toMatchObject({ footnoteRefs: ['fn_1'], footnoteOffsets: ['حماية المدنيين'.length] });
  });

  it('a dash that begins a wrapped line after an unfinished paragraph is still that paragraph\'s text', () => {
    const doc = parse('أولاً - مقدمة\n١ - عقدت اللجنة دورتها في الفترة 2019\n- 2020 في فيينا.\n٢ - نص آخر.');
    expect(byId(doc, 'para_1').text).toBe('عقدت اللجنة دورتها في الفترة 2019 - 2020 في فيينا.');
  });

  it('a number or a symbol that a converter wrapped onto a row of its own is text; page numbers in their run and the own symbol are furniture', () => {
    const doc = parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'made-ga-resolution-pages.txt'), 'utf8'));
    expect(byId(doc, 'preamble__recital_2').text).toContain('الوثيقة A/74/300 وبالتوصيات');
    expect(byId(doc, 'para_1').text).toContain('في المجالات 12 التي');
    expect(doc.artifacts.map((a) => `${a.kind}:${a.text}`)).toEqual(['job-number:19-21583 (A)', 'running-header:A/RES/74/10', 'page-number:2/3', 'running-header:A/RES/74/10', 'page-number:3/3']);
  });

  it.each([
    ['pages 2, 3, 4 with a wrapped 12 between', ['2', '12', '3', '4'], ['2', '3', '4']],
    ['an excerpt from page 7', ['7', '8', '9'], ['7', '8', '9']],
    ['a lone number far from any run', ['40'], []],
    ['n/total, and a decision number 2/5 wrapped alone', ['1/4', '2/5', '2/4', '3/4'], ['1/4', '2/4', '3/4']],
  ])('page numbers run in order: %s', (_, rows, pages) => {
    const paragraphs = rows.map((row, i) => `${i + 1} - نص الفقرة التي يقطعها السطر\n\n${row}\n\nثم تكملة الفقرة ${i + 1}.`);
    const doc = parse(`أولاً - مقدمة\n\n${paragraphs.join('\n\n')}`);
    expect(doc.artifacts.filter((a) => a.kind === 'page-number').map((a) => a.text)).toEqual(pages);
  });

  it.each([
    ['قرار اتخذته الجمعية العامة في 23 كانون الأول/ديسمبر 2019', 'resolution', 'operative'],
    ['مقرر اتخذته الجمعية العامة في 23 كانون الأول/ديسمبر 2019', 'decision', 'operative'],
    ['تقرير الأمين العام', 'report', 'paragraph'],
  ])('without a formula, the kind line decides: %s', (kindLine, layout, type) => {
    const doc = parse(`الجمعية العامة Distr.: General\n\n${kindLine}\n\n74/250 - خطة المؤتمرات\n\n١ - تقرر أن تعقد الدورة المقبلة في نيويورك؛\n\n٢ - تطلب إلى الأمين العام أن يقدم تقريرا.\n\nالجلسة العامة 52\n23 كانون الأول/ديسمبر 2019`);
    expect(doc.metadata.layout).toBe(layout);
    expect(doc.blocks.filter((b) => b.label === '1' || b.label === '2').map((b) => b.type)).toEqual([type, type]);
    if (layout !== 'report') expect(doc.blocks.slice(-2).map((b) => b.type)).toEqual(['closing', 'closing']);
  });

  it('bold cut by a page break leaves no asterisks and raises no note warning', () => {
    const doc = parse('إن المجلس،\n\nإذ يشير إلى قراره،\n\n١ - **يحث الدول\n\n17-12889 (A)\n\nالأعضاء** على التعاون؛\n\n٢ - يقرر.');
    expect(byId(doc, 'para_1').text).toBe('يحث الدول الأعضاء على التعاون؛');
    expect(codes(doc)).toEqual([]);
  });

  it('notes cited as (1) glued to a word and as ([1]) link to their definitions', () => {
    const doc = parse('أولاً - مقدمة\n\n١ - اتفاقية الجريمة المنظمة(1) والبروتوكول([2]) والفقرتان (3) و(4) من المادة.\n\n(1) الأولى.\n\n(2) الثانية.');
    expect(byId(doc, 'para_1')).toMatchObject({ footnoteRefs: ['fn_1', 'fn_2'], text: 'اتفاقية الجريمة المنظمة والبروتوكول والفقرتان (3) و(4) من المادة.' });
  });

  it('points and lettered clauses nest in the order the document uses', () => {
    const lettersOutside = parse('إن المجلس،\n\nإذ يشير،\n\n١ - يقرر ما يلي:\n\n(أ) أولاً:\n\n‘1‘ بند؛\n\n‘2‘ بند؛\n\n(ب) ثانياً.');
    expect(byId(lettersOutside, 'para_1__subpara_a__point_ii').parent).toBe('para_1__subpara_a');
    expect(byId(lettersOutside, 'para_1__subpara_b').parent).toBe('para_1');
    const pointsOutside = parse('إن المجلس،\n\nإذ يشير،\n\n١ - يقرر ما يلي:\n\n‘1‘ أولاً:\n\n(أ) بند؛\n\n(ب) بند؛\n\n‘2‘ ثانياً.\n\n٢ - يقرر أيضاً:\n\n(أ) بند.');
    expect(byId(pointsOutside, 'para_1__point_i__subpara_b').parent).toBe('para_1__point_i');
    expect(byId(pointsOutside, 'para_1__point_ii').parent).toBe('para_1');
    expect(byId(pointsOutside, 'para_2__subpara_a').parent).toBe('para_2');
    expect(codes(pointsOutside)).toEqual([]);
  });

  it('a formula that lost its comma is still the formula', () => {
    expect(outline(parse('إن الجمعية العامة\n\nإذ تشير إلى قراراتها،\n\n١ - تقرر.'))).toEqual(['formula:', 'preambular:', 'operative:1']);
  });

  it('text after the formula is a recital, whatever its first word', () => {
    expect(outline(parse('إن الجمعية العامة،\n\nتؤكد من جديد التزامها،\n\n١ - تقرر.'))).toEqual(['formula:', 'preambular:', 'operative:1']);
  });

  it('a half that starts with a number is a continuation (the paragraph number needs a dash)', () => {
    const doc = parse('١ - قرر في اجتماعه المعقود في\n\n19 كانون الأول/ديسمبر 2006 أن يواصل عمله.\n\n٢ - وطلب.');
    expect(outline(doc)).toEqual(['paragraph:1', 'paragraph:2']);
    expect(doc.blocks[0].lines).toEqual([[1, 1], [3, 3]]);
  });

  it('a list restarting at 1 inside a paragraph is nested; the paragraph numbers run on', () => {
    const doc = parse('٣١ - أقر جدول الأعمال التالي:\n\n- ١- المسائل التنظيمية:\n- (أ) افتتاح الاجتماع؛\n- ٢- مسائل أخرى.\n\n- ٣٢- كانت الأطراف ممثلة.');
    expect(outline(doc)).toEqual(['paragraph:31', 'item:1', 'subparagraph:a', 'item:2', 'paragraph:32']);
    expect(byId(doc, 'para_31__item_1__subpara_a').parent).toBe('para_31__item_1');
    expect(byId(doc, 'para_32').parent).toBeNull();
  });

  it('recommendations take the paragraph after them as their text', () => {
    const doc = parse('أولاً - التوصيات\n\n٤ - أوصى الفريق بما يلي:\n\nالتوصية ١\n\nينبغي للدول أن تعمل.\n\nالتوصية ٢\n\nينبغي للدول أن تتعاون.');
    expect(outline(doc)).toEqual(['heading:I', 'paragraph:4', 'recommendation:1', 'recommendation:2']);
    expect(byId(doc, 'rec_2')).toMatchObject({ parent: 'para_4', text: 'ينبغي للدول أن تتعاون.', lines: [[9, 11]] });
  });

  it('an ordinal alone on its line heads the words on the next line or paragraph', () => {
    for (const gap of ['\n', '\n\n']) {
      const doc = parse(`أولاً${gap}تعزيز التعاون\n\n١ - نص.\n\nباء${gap}المتابعة\n\n٢ - نص.`);
      expect(outline(doc)).toEqual(['heading:I', 'paragraph:1', 'heading:B', 'paragraph:2']);
      expect(doc.blocks.map((b) => b.text)).toEqual(['تعزيز التعاون', 'نص.', 'المتابعة', 'نص.']);
    }
  });

  it('the rule above a page of notes is furniture; closing lines with no blank line between stand apart, under no heading', () => {
    const doc = parse('إن المجلس،\n\nوإذ يشير،\n\nثانياً - المتابعة\n\n١ - يطلب إلى الدول ما يلي:\n\n(أ) أن تنفذ الخطة،\n\n__________\n\nوأن تتعاون.\n\nالجلسة العامة ٧٤\n١٩ كانون الأول/ديسمبر ٢٠١٧');
    expect(doc.artifacts.map((a) => a.kind)).toEqual(['separator']);
    expect(doc.blocks.find((b) => b.id === 'para_1__subpara_a')?.text).toBe('أن تنفذ الخطة، وأن تتعاون.');
    expect(doc.blocks.filter((b) => b.type === 'closing').map((b) => [b.parent, b.lines])).toEqual([[null, [[15, 15]]], [null, [[16, 16]]]]);
    expect(doc.metadata).toMatchObject({ meeting: '74th plenary meeting', adopted: '2017-12-19' });
  });

  it('a report that quotes a draft resolution stays a report, with the quoted formula and recitals typed', () => {
    const doc = parse('أولاً - توصية\n\n١ - يوصي الفريق باعتماد مشروع القرار التالي:\n\nإن مؤتمر الأطراف،\n\nإذ يشير إلى قراره،\n\n١ - يحث الدول؛');
    expect(doc.metadata.layout).toBe('report');
    expect(outline(doc)).toEqual(['heading:I', 'paragraph:1', 'formula:', 'preambular:', 'paragraph:1']);
  });

  it('a report paragraph that happens to open with إن is no formula; a diacritized formula is', () => {
    expect(outline(parse('أولاً - مقدمة\n\nإن المعارف والبحوث شروط لا غنى عنها لوضع الاستراتيجيات.\n\n١ - نص.'))).toEqual(['heading:I', 'paragraph:', 'paragraph:1']);
    expect(outline(parse('إنّ الجمعية العامة،\n\nإذْ تشير إلى قراراتها،\n\n١ - تقرر.'))).toEqual(['formula:', 'preambular:', 'operative:1']);
  });

  it('closing lines before an annex are still closing lines', () => {
    const doc = parse('إن الجمعية العامة،\n\nإذ تشير،\n\n١ - تعتمد الإعلان المرفق بهذا القرار.\n\nالجلسة العامة ٦٢\n\n١٩ كانون الأول/ديسمبر ٢٠١٦\n\nالمرفق\n\nالإعلان\n\n١ - نحن رؤساء الدول.');
    expect(outline(doc)).toEqual(['formula:', 'preambular:', 'operative:1', 'closing:', 'closing:', 'heading:', 'heading:', 'operative:1']);
  });

  it('a meeting and its date on one closing line', () => {
    const doc = parse('إن المجلس،\n\nإذ يشير،\n\n١ - يقرر.\n\nالجلسة العامة ٤٠، ٦ تموز/يوليه ٢٠١٧');
    expect(outline(doc).at(-1)).toBe('closing:');
    expect(doc.metadata).toMatchObject({ meeting: '40th plenary meeting', adopted: '2017-07-06' });
  });

  it('a decision: the lettered clauses after the formula are its operative part', () => {
    const doc = parse('إن مؤتمر الأطراف، إذ يشير إلى قراره:\n\n(أ) يرحب بالتقرير؛\n\n(ب) يقرر ما يلي:\n\n‘1‘ أن يجتمع؛');
    expect(outline(doc)).toEqual(['formula:', 'operative:a', 'operative:b', 'point:i']);
    expect(doc.metadata.layout).toBe('decision');
    expect(byId(doc, 'para_b__point_i').parent).toBe('para_b');
  });

  it('a (1) that nothing cites, under a paragraph ending in a colon, is an item', () => {
    const doc = parse('١ - تشمل الأنشطة ما يلي:\n\n(1) التدريب؛\n\n(2) البحث.');
    expect(outline(doc)).toEqual(['paragraph:1', 'item:1', 'item:2']);
    expect(doc.footnotes).toEqual([]);
  });

  it('a symbol alone on a header line is the document symbol, in the body a running header', () => {
    const doc = parse('E/RES/2017/18\n\nDistr.: General\n\nإن المجلس،\n\n١ - يقرر؛\n\nE/RES/2017/18\n\n٢ - يطلب.');
    expect(doc.metadata.symbols).toEqual(['E/RES/2017/18']);
    expect(doc.artifacts.map((a) => [a.kind, a.lines])).toEqual([['running-header', [[9, 9]]]]);
  });

  it('with no masthead, a symbol on the first line that the pages repeat is a running header there too', () => {
    const doc = parse('E/RES/2017/18\n\nالاتجار بالبشر\n\nإن المجلس،\n\n١ - يقرر؛\n\nE/RES/2017/18\n\n٢ - يطلب.');
    expect(doc.artifacts.map((a) => [a.kind, a.lines])).toEqual([['running-header', [[1, 1]]], ['running-header', [[9, 9]]]]);
  });

  it('asterisk notes: cited from the header, defined in the body', () => {
    const doc = parse('البند ٢ من جدول الأعمال المؤقت*\n\nتقرير من الأمانة\n\nأولاً - مقدمة\n\n١ - نص.\n\n* CTOC/COP/2012/1.');
    expect(doc.footnotes).toMatchObject([{ id: 'fn_star', marker: '*', citedBy: ['metadata'] }]);
    expect(doc.metadata).toMatchObject({ agendaItem: '2', agendaItemProvisional: true, kind: 'report', symbols: ['CTOC/COP/2012/1'] });
  });

  it('a note cited twice lists both citers', () => {
    const doc = parse('إن المجلس،\n\nإذ يشير إلى الاتفاقية^(١)،\n\n١ - يحث على تنفيذ الاتفاقية^(١)؛\n\n(١) الأمم المتحدة، مجموعة المعاهدات.');
    expect(doc.footnotes[0].citedBy).toEqual(['preamble__recital_1', 'para_1']);
  });

  it('the next note opens its own even when the note before ends without punctuation', () => {
    const doc = parse('إن المجلس،\n\nإذ يشير إلى الاتفاقية^(١) والبروتوكول^(٢)،\n\n(١) United Nations, Treaty Series, vol. 2225, No. 39574\n(٢) المرجع نفسه، المجلد ٢٢٣٧.');
    expect(doc.footnotes.map((f) => [f.marker, f.text, f.lines])).toEqual([
      ['1', 'United Nations, Treaty Series, vol. 2225, No. 39574', [[5, 5]]],
      ['2', 'المرجع نفسه، المجلد 2237.', [[6, 6]]],
    ]);
  });

  it('a line that opens with another number than the next stays in its note', () => {
    const doc = parse('إن المجلس،\n\nإذ يشير إلى الاتفاقية^(١)،\n\n(١) انظر الوثيقة، الفقرة\n(٣) منها.');
    expect(doc.footnotes.map((f) => f.marker)).toEqual(['1']);
  });

  it('reports numbering gaps, repeats and numbers out of order', () => {
    const doc = parse('١ - أ.\n\n٢ - ب.\n\n٢ - ج.\n\n٥ - د.\n\n٣ - هـ.\n\n٧ - و.');
    // ٣ after ٥ is read as a typo for ٦, so ٧ follows without a second report.
    expect(codes(doc)).toEqual(['numbering-duplicate@5', 'numbering-gap@7', 'numbering-out-of-order@9']);
  });

  it('reports notes cited but not defined and defined but never cited', () => {
    const doc = parse('١ - نص⁽¹⁾ آخر.\n\n(2) ملاحظة لا يشير إليها أحد.');
    expect(codes(doc)).toEqual(['footnote-undefined@1', 'footnote-unused@3']);
  });

  it('keeps draft brackets and says so', () => {
    const doc = parse('١ - نظر الفريق، في جلسته [الثالثة]، في البند.');
    expect(doc.blocks[0].text).toContain('[الثالثة]');
    expect(codes(doc)).toEqual(['draft-brackets@1']);
  });

  it('sets furniture aside: recycle line, job number, page number, running symbol', () => {
    const doc = parse('١ - نص الفقرة الأولى\n\nالرجاء إعادة الاستعمال\n\n17-12889 (A)\n\n3\n\nE/2017/30\n\nتكملة الفقرة.');
    expect(doc.artifacts.map((a) => a.kind)).toEqual(['recycle', 'job-number', 'page-number', 'running-header']);
    expect(doc.blocks[0].text).toBe('نص الفقرة الأولى تكملة الفقرة.');
  });

  it('a table of contents is set aside, so its headings are not read twice', () => {
    const doc = parse('المحتويات\nالفقرات الصفحة\nأولاً - مقدمة ........ ١-٢ ٣\nثانياً - التوصيات ٣-٤ ٤\n\nأولاً - مقدمة\n\n١ - نص.\n\nثانياً - التوصيات\n\n٢ - نص.');
    expect(outline(doc)).toEqual(['heading:I', 'paragraph:1', 'heading:II', 'paragraph:2']);
    expect(doc.artifacts.map((a) => a.kind)).toEqual(['toc', 'toc', 'toc', 'toc']);
    expect(codes(doc)).toEqual([]);
  });

  it('a file that is not a UN document gives a valid, mostly empty result and says so', () => {
    const doc = parse('# README\n\nThis is a tool.\n\n- one\n- two\n');
    expect(codes(doc)).toContain('layout-unrecognised@null');
    expect(doc.metadata.layout).toBe('unknown');
  });

  it('an empty file and a file of blank lines', () => {
    for (const text of ['', '\n\n  \n\t\n']) {
      const doc = parse(text);
      expect(doc.blocks).toEqual([]);
      expect(doc.metadata.lines).toEqual([]);
    }
  });
});

describe('resolutions in parts', () => {
  const RES = (parts: string) => `الجمعية العامة\n\n78/183 - مسائل حقوق الإنسان\n\n${parts}`;
  const PART = (letter: string, title: string) => `${letter}${title}\n\nإن الجمعية العامة،\n\nإذ تشير إلى قراراتها،\n\n١ - تقرر أمراً؛\n\n٢ - تقرر أمراً آخر.\n\nالجلسة العامة 50\n19 كانون الأول/ديسمبر 2023`;
  it('each part holds its own formula, recitals, operative paragraphs and closing lines, numbered afresh', () => {
    const doc = parse(RES(`${PART('ألف', '\nالحق في الغذاء')}\n\n${PART('باء', '')}`));
    expect(outline(doc)).toEqual([
      'title:78/183', 'part:A', 'formula:', 'preambular:', 'operative:1', 'operative:2', 'closing:', 'closing:',
      'part:B', 'formula:', 'preambular:', 'operative:1', 'operative:2', 'closing:', 'closing:',
    ]);
    expect(byId(doc, 'part_A').text).toBe('الحق في الغذاء');
    expect(byId(doc, 'part_B__para_2').parent).toBe('part_B');
    expect(doc.metadata).toMatchObject({ layout: 'resolution', number: '78/183', parts: ['A', 'B'] });
    expect(codes(doc)).toEqual([]);
  });

  it('a report section with a dash before a quoted formula stays a section', () => {
    const doc = parse('أولاً - مقدمة\n\n١ - أوصت اللجنة بما يلي.\n\nألف - مشروع قرار\n\nإن الجمعية العامة،\n\n١ - تقرر.');
    expect(doc.blocks.map((b) => b.type)).not.toContain('part');
  });
});

describe('a summary record', () => {
  const doc = parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'made-summary-record.txt'), 'utf8'));
  it('reads the meeting, the chair, the contents, and starts its body where the meeting does', () => {
    expect(doc.metadata).toMatchObject({ kind: 'summary-record', title: 'المحضر الموجز للجلسة 2041', chair: 'السيد باغواتي', bodyKey: 'ccpr', sessionNumber: 76 });
    expect(doc.metadata.venue).toMatchObject({ place: 'قصر الأمم، جنيف', start: '2002-10-22' });
    expect(doc.artifacts.map((a) => a.kind)).toEqual(['toc', 'toc']);
    expect(outline(doc)).toEqual(['title:', 'paragraph:', 'heading:', 'paragraph:1', 'paragraph:2', 'paragraph:']);
    expect(doc.blocks[1].text).toBe('افتتحت الجلسة الساعة 10:05.');
    expect(codes(doc)).toEqual([]);
  });
});
