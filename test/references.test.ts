// References: tables of what is cited and how it is normalized, and of text that cites nothing.
import { describe, expect, it } from 'vitest';
import { MONTHS } from '../src/lexicon/months.js';
import { findReferences } from '../src/references/index.js';
import type { Reference } from '../src/types.js';
import { parseDocument } from '../src/index.js';
import { normalizeText } from '../src/normalize/chars.js';

// References are read from a block's `text`, which is normalized (ASCII digits).
const refs = (written: string, bodyKey: string | null = null) => {
  const text = normalizeText(written);
  return findReferences(text, bodyKey).map(({ start, end, ...r }) => {
    expect(text.slice(start, end)).toBe(r.text);
    return r;
  });
};

describe('document symbols', () => {
  it.each([
    ['انظر CTOC/COP/2008/8 وCTOC/COP/2008/9.', ['CTOC/COP/2008/8', 'CTOC/COP/2008/9']],
    ['(E/2017/30)', ['E/2017/30']],
    ['انظر A/71/119.', ['A/71/119']],
    ['الوثيقة CTOC/COP/WG.4/2019/INF/1/Rev.1 قائمة', ['CTOC/COP/WG.4/2019/INF/1/Rev.1']],
    ['القرار S/RES/2504 (2020)', ['S/RES/2504 (2020)']],
    ['S/RES/2504(2020)', ['S/RES/2504 (2020)']],
    ['البيان S/PRST/2011/16', ['S/PRST/2011/16']],
  ])('%s', (text, values) => {
    expect(refs(text).filter((r) => r.type === 'document').map((r) => r.value)).toEqual(values);
  });
});

describe('resolutions and decisions, in English order with their organ', () => {
  it.each([
    ['قرار الجمعية العامة 144/61', null, 'resolution', 'ga', ['61/144']],
    ['قرارات الجمعية العامة 144/61 المؤرخ 19 كانون الأول/ديسمبر 2006 و180/61 و194/63', null, 'resolution', 'ga', ['61/144', '61/180', '63/194']],
    ['قرار المجلس الاقتصادي والاجتماعي ١٨/٢٠١٧', null, 'resolution', 'ecosoc', ['2017/18']],
    ['وإذ يشير إلى مقرره 4/4', 'ctoc-cop', 'decision', 'ctoc-cop', ['4/4']],
    ['وفقاً لقرار المؤتمر 1/9', 'ctoc-cop', 'resolution', 'ctoc-cop', ['9/1']],
    ['قرارات مجلس الأمن 2331 (2016) و2368 (2017)', null, 'resolution', 'sc', ['2331 (2016)', '2368 (2017)']],
    ['قرار الجمعية العامة ٦٤/٢٩٣', null, 'resolution', 'ga', ['64/293']],
    ['قرار الجمعية العامة ٢٩٣/٦٤', null, 'resolution', 'ga', ['64/293']],
    ['التي اعتمدتها الجمعية العامة في قرارها ٢٩٣/٦٤', 'ecosoc', 'resolution', 'ga', ['64/293']],
    ['اعتماد الجمعية العامة للقرار 1/70', 'ctoc-cop', 'resolution', 'ga', ['70/1']],
    ['قرار لجنة منع الجريمة والعدالة الجنائية 3/20', null, 'resolution', 'ccpcj', ['20/3']],
    ['إذ تشير إلى قرارها دإط-10/21', 'ga', 'resolution', 'ga', ['ES-10/21']],
  ])('%s', (text, body, type, organ, values) => {
    const found = refs(text, body).filter((r) => r.type === type);
    expect(found.map((r) => r.value)).toEqual(values);
    for (const r of found) expect(r.organ).toBe(organ);
  });

  it.each([
    ['a GA number in English order, dated', 'إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015', 'ga', '70/1'],
    ['the same in Arabic order, dated', 'إذ تشير إلى قرارها 1/70 المؤرخ 25 أيلول/سبتمبر 2015', 'ga', '70/1'],
    ['a GA number in English order, dated, both parts under 80', 'قرار الجمعية العامة 55/25 المؤرخ 15 تشرين الثاني/نوفمبر 2000', null, '55/25'],
    ['an HRC number in English order, dated', 'قرار مجلس حقوق الإنسان 43/1 المؤرخ 19 حزيران/يونيه 2020', null, '43/1'],
    ['a list that shares one date', 'قرارات لجنة منع الجريمة والعدالة الجنائية 2/27 و3/27 و4/27 المؤرخة 18 أيار/مايو 2018', null, '27/2 27/3 27/4'],
    ['a date with its Latin month in brackets', 'قرار الجمعية العامة 55/25 المؤرخ 15 تشرين الثاني (نوفمبر) 2000', null, '55/25'],
    ['an undated member follows the dated ones of its list', 'قراري الجمعية العامة 1/72 المؤرخ 27 أيلول/سبتمبر 2017 و5/72', null, '72/1 72/5'],
  ])('%s', (_, text, body, values) => {
    const ambiguous = new Set<Reference>();
    const found = findReferences(text, body, ambiguous).filter((r) => r.type === 'resolution');
    expect(found.map((r) => r.value).join(' ')).toBe(values);
    expect([...ambiguous]).toEqual([]);
  });

  it('says when the order could be either', () => {
    const ambiguous = new Set<Reference>();
    const [either] = findReferences('قرار الجمعية العامة 1/72', null, ambiguous);
    const [clear] = findReferences('قرار الجمعية العامة 144/61', null, ambiguous);
    expect(either).toMatchObject({ value: '72/1' });
    expect(clear).toMatchObject({ value: '61/144' });
    expect([...ambiguous]).toEqual([either]);
    expect(either).not.toHaveProperty('ambiguous');
  });
});

describe('dates', () => {
  it.each(MONTHS.map((m) => [`${m.syriac}/${m.latin[0]}`, m.n] as const))('19 %s 2006', (month, n) => {
    const mm = String(n).padStart(2, '0');
    expect(refs(`المؤرخ 19 ${month} 2006`)).toMatchObject([{ type: 'date', value: `2006-${mm}-19`, precision: 'day' }]);
    expect(refs(`في ${month} 2008،`)).toMatchObject([{ type: 'date', value: `2008-${mm}`, precision: 'month' }]);
  });
  it.each([
    ['فيينا، ٩-١١ أيلول/سبتمبر ٢٠١٩', '2019-09-09/2019-09-11'],
    ['من ٢٧ إلى ٢٩ كانون الثاني/يناير ٢٠١٠', '2010-01-27/2010-01-29'],
    ['يومي ١٤ و ١٥ نيسان/أبريل ٢٠٠٩', '2009-04-14/2009-04-15'],
    ['30 تشرين الثاني/نوفمبر - 2 كانون الأول/ديسمبر 2019', '2019-11-30/2019-12-02'],
    ['في عام ٢٠١٢', '2012'],
  ])('%s → %s', (text, value) => {
    expect(refs(text).map((r) => r.value)).toEqual([value]);
  });
  it('two years after عامي', () => {
    expect(refs('في عامي 2013 و2017').map((r) => r.value)).toEqual(['2013', '2017']);
  });
});

describe('articles and treaties', () => {
  it.each([
    ['الفقرة 1 من المادة 6 من البروتوكول', { article: 6, paragraph: '1', instrument: 'protocol', value: '6(1)' }],
    ['في المادة 32 من اتفاقية الأمم المتحدة', { article: 32, paragraph: null, instrument: 'convention', value: '32' }],
    ['الفقرة (أ) من المادة 3 من البروتوكول', { article: 3, paragraph: 'a', instrument: 'protocol', value: '3(a)' }],
    ['والفقرة 2 من المادة 2 من النظام الداخلي', { article: 2, paragraph: '2', instrument: 'rules-of-procedure' }],
  ])('%s', (text, want) => {
    expect(refs(text)).toMatchObject([{ type: 'article', ...want }]);
  });
  it.each([
    ['United Nations, Treaty Series, vol. 2225, No. 39574', 2225, 39574],
    ['المرجع نفسه، المجلد 2237، الرقم 39574.', 2237, 39574],
    ['المرجع نفسه، المجلد 2225، العدد 39574.', 2225, 39574],
  ])('%s', (text, volume, number) => {
    expect(refs(text)).toMatchObject([{ type: 'treaty', volume, number, value: `vol. ${volume}, No. ${number}` }]);
  });
});

describe('text that cites nothing', () => {
  it.each([
    'يشجع الدول الأعضاء على تبادل المعلومات والممارسات.',
    'أكثر من 80 000 تنزيل حتى الآن',
    'أهداف التنمية المستدامة 5-2 و 8-7 و 16-2',
    'خطة عمل وطنية للفترة 2013-2020',
    'يستخدمها حوالي 6000 من أفراد الشرطة',
    'ثلثا الأعضاء 2/3 من الدول',
    'قرّر أن يستعرض فعالية الفريق العامل',
    'المقررة الخاصة المعنية بالاتجار بالأشخاص',
    'و/أو قانونية و/أو تنفيذية',
  ])('%s', (text) => {
    expect(refs(text)).toEqual([]);
  });
});

it('every block and footnote carries its references, and the document an index of them', () => {
  const doc = parseDocument('إن المجلس،\n\nإذ يشير إلى قرار الجمعية العامة 144/61^(١)،\n\n١ - يشير إلى قرار الجمعية العامة 144/61؛\n\n(١) انظر A/71/119.');
  expect(doc.blocks.map((b) => b.references?.length)).toEqual([0, 1, 1]);
  expect(doc.references).toEqual([
    { type: 'resolution', value: '61/144', organ: 'ga', citedBy: ['preamble__recital_1', 'para_1'] },
    { type: 'document', value: 'A/71/119', organ: null, citedBy: ['fn_1'] },
  ]);
});
