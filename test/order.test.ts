// The reading-order stage: a line as a converter printed it → the logical line, with the
// reason. Lines from ../shared/seeds-pdf/ (real pdftotext, -layout, mutool output).
import { describe, expect, it } from 'vitest';
import { displayToLogical, embeddingsToLogical } from '../src/order/bidi.js';
import { logicalOrder } from '../src/order/index.js';
import { furnitureKind } from '../src/paragraphs/openings.js';
import { findMarkers } from '../src/normalize/markers.js';

/** Poppler's marks written readably: < for RLE, > for LRE, | for PDF. */
const marked = (s: string) => s.replace(/</g, '\u202B').replace(/>/g, '\u202A').replace(/\|/g, '\u202C');
const lineOf = () => 1;

describe("poppler's embedding marks, read back", () => {
  it.each([
    ['a paragraph number before its first word', '<> - ٦|يطلب إلى مكتب|', '٦ - يطلب إلى مكتب'],
    ['a comma poppler put with the Latin', '<أن يواصل> ،|في حدود ولايته|', 'أن يواصل، في حدود ولايته'],
    ['an agenda item with its letter', '<البند >( ١٩|ج) من جدول الأعمال|', 'البند ١٩ (ج) من جدول الأعمال'],
    ['a symbol in brackets', '<[بناء على توصية اللجنة (>])E/2017/30||', '[بناء على توصية اللجنة (E/2017/30)]'],
    ['a year, its comma and a note call', '<> )3(،2017|وإذ نظر في تقارير|', '2017،(3) وإذ نظر في تقارير'],
    ['a Council number and year', '<القرار> )1999( 1251 |ويشير|', 'القرار 1251 (1999) ويشير'],
  ])('%s', (_, line, want) => {
    expect(logicalOrder(marked(line), lineOf).text).toBe(want);
  });

  it.each([
    ['a line with no Arabic, shown left to right', '<)>17-12889 (A||', '17-12889 (A)'],
    ['a barcode', '<*>*1712889||', '*1712889*'],
    ['an English date', '<>18 August 2017||', '18 August 2017'],
    ["a note's number poppler grouped with its Latin", '<(>United Nations, Treaty Series, vol. 2225, No. 39574 (1) )1||', '(1) United Nations, Treaty Series, vol. 2225, No. 39574 (1)'],
    ['a note of symbols', '<(> CTOC/COP/2008/8 )2|و> CTOC/COP/2008/9|و>.CTOC/COP/2008/11||', '(2) CTOC/COP/2008/8 وCTOC/COP/2008/9 وCTOC/COP/2008/11.'],
    // Columns come right to left: as poppler orders this row, the job number is the right one.
    ["-layout's footer in two columns", '<)>17-12889 (A|                    الرجاء إعادة الاستعمال|', '17-12889 (A)                    الرجاء إعادة الاستعمال'],
  ])('%s', (_, line, want) => {
    const doc = `<إن المجلس،|\n${line}`;
    expect(logicalOrder(marked(doc), lineOf).text.split('\n')[1]).toBe(want);
  });

  it('embeddings read back run by run; a number after Arabic does not join the Latin reading', () => {
    expect(embeddingsToLogical(marked('<يحث> - 1|يؤكد|'))).toBe('يحث1 - يؤكد');
    expect(embeddingsToLogical(marked('<>18 August 2017||'), 'L')).toBe('18 August 2017');
  });
});

describe('visual order (mutool, pdfminer), read back', () => {
  it.each([
    ['a resolution number and year, brackets as drawn', 'ﺮﻴﺸﻳو ،(1999) 1251 راﺮﻘﻟا', 'القرار 1251 (1999)، ويشير'],
    ['a paragraph number', 'ﺪﻛﺆﻳ - 1', '1 - يؤكد'],
    ['a symbol in brackets', '[(E/2017/30) ﺔﻴﺋﺎﻨﺠﻟا ﺔﻟاﺪﻌﻟاو]', '[والعدالة الجنائية (E/2017/30)]'],
    ['a range of days after Arabic stays in its drawn order', 'ﺎﻨﻴﻴﻓ، 16-12 ﻦﻳﺮﺸﺗ', 'تشرين 12-16 ،فيينا'],
    ["a note's number at the right end, after Latin", 'United Nations, Treaty Series, vol. 2225, No. 39574 (1) (1)', '(1) United Nations, Treaty Series, vol. 2225, No. 39574 (1)'],
    ['lam-alef, one glyph either way round', 'ﻢﻣألا', 'الأمم'],
  ])('%s', (_, line, want) => {
    expect(displayToLogical(line, true).normalize('NFKC')).toBe(want.normalize('NFKC'));
  });

  it('a document in visual order is told by its words and read back, presentation forms folded', () => {
    const visual = Array.from({ length: 20 }, () => 'ﺔﻤﻈﻨﻤﻟا ﺔﻤﻳﺮﺠﻟا ﺔﺤﻓﺎﻜﻤﻟ ةﺪﺤﺘﻤﻟا ﻢﻣألا ﺔﻴﻗﺎﻔﺗا').join('\n');
    const out = logicalOrder(visual, lineOf);
    expect(out.order).toBe('visual');
    expect(out.text.split('\n')[0]).toBe('اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة');
    expect(out.diagnostics.map((d) => d.code)).toEqual(['presentation-forms', 'reading-order-repaired']);
  });

  it("a right-to-left line drawn ending with a space is the rest of a line pdfminer cut: it is noted", () => {
    const visual = Array.from({ length: 20 }, () => 'ﺔﻤﻈﻨﻤﻟا ﺔﻤﻳﺮﺠﻟا ﺔﺤﻓﺎﻜﻤﻟ ةﺪﺤﺘﻤﻟا ﻢﻣألا ﺔﻴﻗﺎﻔﺗا');
    const out = logicalOrder([...visual, '،2017', 'ﺮﻈﻧ ذإو ', 'United Nations '].join('\n'), lineOf);
    expect(out.text.split('\n')[21]).toBe(' وإذ نظر');
    expect(out.cutMidLine).toEqual(new Set([22]));
  });

  it('a line of a year and an Arabic comma alone is right to left too (pdfminer: ،2017 is 2017،)', () => {
    const visual = Array.from({ length: 20 }, () => 'ﺔﻤﻈﻨﻤﻟا ﺔﻤﻳﺮﺠﻟا ﺔﺤﻓﺎﻜﻤﻟ ةﺪﺤﺘﻤﻟا ﻢﻣألا ﺔﻴﻗﺎﻔﺗا');
    const out = logicalOrder([...visual, '،2017', '؛2019'].join('\n'), lineOf);
    expect(out.text.split('\n').slice(20)).toEqual(['2017،', '2019؛']);
  });

  it('text in logical order is left alone', () => {
    const text = 'إن المجلس الاقتصادي والاجتماعي،\n\nإذ يشير إلى قراره 2017/18،';
    expect(logicalOrder(text, lineOf)).toEqual({ text, order: 'logical', diagnostics: [], cutMidLine: new Set() });
  });
});

describe('what converters lose', () => {
  it('NUL and U+FFFD are left out and reported with their line', () => {
    const out = logicalOrder('إن المجلس،\nإذ يح\u0000ث الدول\uFFFD،', (offset) => (offset > 10 ? 2 : 1));
    expect(out.text).toBe('إن المجلس،\nإذ يحث الدول،');
    expect(out.diagnostics).toMatchObject([{ code: 'unmapped-glyphs', line: 2 }]);
  });

  it("pdf.js's mixed words get a clear error, never a silent parse", () => {
    const mixed = Array.from({ length: 20 }, () => 'لﺎﻤﻌﺘﺳادة الﺎﻋء إﺎﺟﺮﻟا').join('\n');
    const out = logicalOrder(mixed, lineOf);
    expect(out.order).toBe('mixed');
    expect(out.diagnostics.find((d) => d.code === 'reading-order-broken')).toMatchObject({ severity: 'error' });
  });

  it('a note call lifted onto a line of its own is written as a call', () => {
    const text = '<إذ استذكر|\n<(>)1||\n<المهام|\n<(>)1|المرجع نفسه.|';
    expect(logicalOrder(marked(text), lineOf).text.split('\n')[1]).toBe('⁽¹⁾');
  });
});

describe("real pages' furniture", () => {
  it.each([
    ['17-12889', 'job-number'],
    ['V.19-08626', 'job-number'],
    ['21-33088 3/5', 'job-number'],
    ['3/5 21-33088', 'job-number'],
    ['2/7      V.19-08626', 'job-number'],
    ['الرجاء إعادة الاستعمال                    17-12889 (A)', 'recycle'],
  ])('%s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
  it.each(['2020-2021', '12-16 تشرين الأول', '19-08626 يدعو'])('%s is text', (line) => {
    expect(furnitureKind(line)).toBe(null);
  });
});

describe('note calls as PDF text prints them', () => {
  it.each([
    ['after a word', 'الوطنية(1) وبروتوكول', ['1']],
    ["after a word's comma", 'الوطنية،(1) وبروتوكول', ['1']],
    ['after a year', 'لعام ٢٠٣٠(٤)، وإذ', ['4']],
    ["after a year's comma", '6 تموز/يوليه 2017،(3) وإذ', ['3']],
  ])('%s', (_, text, markers) => {
    expect(findMarkers(text, 0, text.length).map((m) => m.marker)).toEqual(markers);
  });
  it.each(['المادة 6(1) من البروتوكول', 'الفقرتان (1) و(2)'])('%s has none', (text) => {
    expect(findMarkers(text, 0, text.length)).toEqual([]);
  });
});
