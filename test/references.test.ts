// References: tables of what is cited and how it is normalized, and of text that cites nothing.
import { describe, expect, it } from 'vitest';
import { MONTHS } from '../src/lexicon/months.js';
import { referencesIn } from '../src/references/index.js';
import type { Reference } from '../src/types.js';
import { parseDocument } from '../src/index.js';
import { normalizeText } from '../src/normalize/chars.js';

// References are read from a block's `text`, which is normalized (ASCII digits).
const refs = (written: string, bodyKey: string | null = null, year: number | null = null) => {
  const text = normalizeText(written);
  return referencesIn(text, { bodyKey, year }).map(({ start, end, ...r }) => {
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
    const found = referencesIn(text, { bodyKey: body, year: null }, ambiguous).filter((r) => r.type === 'resolution');
    expect(found.map((r) => r.value).join(' ')).toBe(values);
    expect([...ambiguous]).toEqual([]);
  });

  it('says when the order could be either', () => {
    const ambiguous = new Set<Reference>();
    // The Conference of the Parties' 1/7 could be either; 144/61 cannot.
    const [either] = referencesIn('قرار المؤتمر 1/7', { bodyKey: 'ctoc-cop', year: null }, ambiguous);
    const [clear] = referencesIn('قرار الجمعية العامة 144/61', { bodyKey: null, year: null }, ambiguous);
    expect(either).toMatchObject({ value: '7/1' });
    expect(clear).toMatchObject({ value: '61/144' });
    expect([...ambiguous]).toEqual([either]);
    expect(either).not.toHaveProperty('ambiguous');
  });
});

// Citation sentences as real recitals write them → what an analyst joins on: the value in
// English order, the organ and the cited document's symbol. Citing document: a General
// Assembly or Security Council text of 2021 unless the row says.
describe('every form the UN cites with, each number the right way round', () => {
  const cited = (text: string, body: string | null, year: number | null) =>
    refs(text, body, year)
      .filter((r) => r.type === 'resolution' || r.type === 'decision')
      .map((r) => `${r.type === 'decision' ? 'dec ' : ''}${r.value} ${r.organ} ${r.symbol}`);
  it.each([
    ['a possessive plural list of Council numbers', 'إذ يشير إلى قراراته 2014 (2011) و 2051 (2012) و 2140 (2014)', 'sc',
      ['2014 (2011) sc S/RES/2014 (2011)', '2051 (2012) sc S/RES/2051 (2012)', '2140 (2014) sc S/RES/2140 (2014)']],
    ['a dual in the nominative', 'بما في ذلك القراران ٢٦٢٤ (٢٠٢٢) و ٢٦٧٥ (٢٠٢٣)،', 'sc', ['2624 (2022) sc S/RES/2624 (2022)', '2675 (2023) sc S/RES/2675 (2023)']],
    ['a dual with a possessive', 'وإذ تشير إلى قراريها 70/1 و 1/72', 'ga', ['70/1 ga A/RES/70/1', '72/1 ga A/RES/72/1']],
    ['her resolutions', 'وإذ تشير إلى قراراتها 60/1 و 55/2 و 69/15', 'ga', ['60/1 ga A/RES/60/1', '55/2 ga A/RES/55/2', '69/15 ga A/RES/69/15']],
    ['the 2030 Agenda, in English order', 'وإذ تشير إلى قرارها 70/1 المعنون "تحويل عالمنا"', 'ga', ['70/1 ga A/RES/70/1']],
    ['the 2030 Agenda, in Arabic order', 'وإذ تشير إلى قرارها 1/70', 'ga', ['70/1 ga A/RES/70/1']],
    ['its decisions', 'وإذ يشير إلى مقرراته 2019/214 و 2020/205', 'ecosoc', ['dec 2019/214 ecosoc E/DEC/2019/214', 'dec 2020/205 ecosoc E/DEC/2020/205']],
    ['a list whose titles run long', 'إلى قراراتها 74/270 المؤرخ 2 نيسان/أبريل 2020، المعنون ”التضامن العالمي لمكافحة مرض فيروس كورونا لعام 2019 (كوفيد-19)“، و 74/274 المؤرخ 20 نيسان/أبريل 2020، المعنون ”التعاون الدولي من أجل ضمان الحصول على الصعيد العالمي على الأدوية واللقاحات والمعدات الطبية اللازمة لمكافحة كوفيد-19“، و 75/156', 'ga',
      ['74/270 ga A/RES/74/270', '74/274 ga A/RES/74/274', '75/156 ga A/RES/75/156']],
    ['a list joined by وكذلك', 'قرارها 73/195 وكذلك 74/306', 'ga', ['73/195 ga A/RES/73/195', '74/306 ga A/RES/74/306']],
    ['a paragraph of a resolution', 'الفقرة 4 من القرار 70/1', 'ga', ['70/1 ga A/RES/70/1']],
    ['a part of a resolution', 'قرارها 75/251 باء', 'ga', ['75/251 ga A/RES/75/251 B']],
    ['a special session', 'قرارها دإ-27/2', 'ga', ['S-27/2 ga A/RES/S-27/2']],
    ['an emergency special session', 'قرارها دإط-10/2', 'ga', ['ES-10/2 ga A/RES/ES-10/2']],
    ['the first numbering', 'قراري الجمعية العامة 1514 (د-15) و 2200 ألف (د-21)', 'ga', ['1514 (XV) ga A/RES/1514(XV)', '2200 (XXI) ga A/RES/2200(XXI)']],
    ['the Human Rights Council', 'قرار مجلس حقوق الإنسان 43/1 و 1/34', 'ga', ['43/1 hrc A/HRC/RES/43/1', '34/1 hrc A/HRC/RES/34/1']],
    ['ECOSOC, never the Assembly, for a year number', 'قرارها 2019/14', 'ga', ['2019/14 ecosoc E/RES/2019/14']],
    ['a period is no number', 'قرارها 74/262 بشأن الميزانية للفترة 2020/2021', 'ga', ['74/262 ga A/RES/74/262']],
  ] as const)('%s', (_, text, body, want) => {
    expect(cited(text, body, 2021)).toEqual(want);
  });

  it.each([
    ['a session later than the citing document is no session', 'قرارها 40/76', 'ga', 2020, '40/76 ga A/RES/40/76', false],
    ['… and settles it the other way when the document is older', 'قرارها 45/72', 'ga', 2019, '72/45 ga A/RES/72/45', false],
    ['two sessions both possible: the recent one', 'قرارها 45/72', 'ga', 2021, '72/45 ga A/RES/72/45', false],
    ['no calendar, no evidence: ambiguous', 'مقرره 1/7', 'ctoc-cop', 2021, 'dec 7/1 ctoc-cop null', true],
  ] as const)('%s', (_, text, body, year, want, isAmbiguous) => {
    const ambiguous = new Set<Reference>();
    const found = referencesIn(normalizeText(text), { bodyKey: body, year }, ambiguous);
    expect(cited(text, body, year)).toEqual([want]);
    expect(ambiguous.size > 0).toBe(isAmbiguous);
  });

  it("the document's convention settles what likelihood decided, organ by organ", () => {
    // Three Assembly numbers written number/session settle 72/45 as 45/72, though 72 is the
    // more recent session; a number of another organ is not told by them.
    const text = 'قراراتها 144/61 و 180/61 و 194/63. وقرارها 72/45. ومقرر مؤتمر الأطراف 2/5';
    expect(cited(text, 'ga', 2021)).toEqual(['61/144 ga A/RES/61/144', '61/180 ga A/RES/61/180', '63/194 ga A/RES/63/194', '45/72 ga A/RES/45/72', 'dec 5/2 null null']);
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
    { type: 'resolution', value: '61/144', organ: 'ga', symbol: 'A/RES/61/144', citedBy: ['preamble__recital_1', 'para_1'] },
    { type: 'document', value: 'A/71/119', organ: null, citedBy: ['fn_1'] },
  ]);
});
