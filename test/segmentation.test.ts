// Segmentation and nesting (issue 27): lines → blocks, with the reason, in text with blank
// lines between paragraphs and hard-wrapped without them.
import { describe, expect, it } from 'vitest';
import { boundaryBefore, lineShape, type LineFacts } from '../src/paragraphs/index.js';
import { lineOpening } from '../src/paragraphs/openings.js';
import { PREAMBULAR_OPENINGS } from '../src/lexicon/preamble.js';
import { readEnumerator } from '../src/normalize/enumerators.js';
import { parseDocument } from '../src/index.js';

/** Each block as id, type and parent, from a document written one paragraph a chunk. */
const outline = (paragraphs: string[]) => parseDocument(paragraphs.join('\n\n')).blocks.map((b) => `${b.id} ${b.type} ${b.parent ?? '-'}`);
const wrapped = (lines: string[]) => parseDocument(lines.join('\n')).blocks.map((b) => `${b.id} ${b.type} ${b.parent ?? '-'}`);

describe('recital openers, as a grammar', () => {
  it.each([
    ['إذ يشير', 'إذ + a verb'],
    ['وإذ يشير', 'و + إذ'],
    ['و إذ يلاحظ', 'the و apart'],
    ['**و** **إذ** يرحب', 'the و and إذ in bold of their own'],
    ['وقد نظر', 'وقد + a verb'],
    ['ورغبة منه في', 'a verbal noun in ة + منه'],
    ['واستجابة منه لطلب', 'the same'],
    ['وإدراكا منه لأهمية', 'a verbal noun in ا + منه'],
    ['واقتناعا منها بأن', '+ منها'],
    ['وإقرارا منه بأن', 'the same'],
    ['واعترافا منها بأن', 'the same'],
  ])('%s opens a recital (%s)', (text) => {
    expect(PREAMBULAR_OPENINGS.some((re) => re.test(text))).toBe(true);
  });
  it.each(['وإذا كان', 'ورغبة الدول في', 'والمنظمات منها'])('%s does not', (text) => {
    expect(PREAMBULAR_OPENINGS.some((re) => re.test(text))).toBe(false);
  });
});

describe('a blank line joins two pieces only when the result reads as one block', () => {
  it('the heading after the last recital stands alone, and the paragraphs under it are its own', () => {
    expect(outline(['إن مجلس الأمن،', 'وإذ يتصرف بموجب الفصل السابع من ميثاق الأمم المتحدة،', 'منع صادرات النفط غير المشروعة', '١ - يدين محاولات تصدير النفط؛', '٢ - يقرر أن يبقي المسألة قيد نظره.'])).toEqual([
      'preamble__formula formula -',
      'preamble__recital_1 preambular -',
      'hdg_1 heading -',
      'para_1 operative hdg_1',
      'para_2 operative hdg_1',
    ]);
  });

  it('a recital a page break cut runs on, after its comma too when the rest ends as a recital ends', () => {
    expect(outline(['إن مجلس الأمن،', 'وإذ يشير إلى قراراته السابقة', 'بشأن ليبيا،', 'وإذ يشير أيضا إلى بياناته،', 'ولا سيما بيانه المؤرخ 5 آذار/مارس 2020،', '١ - يقرر.'])).toEqual([
      'preamble__formula formula -',
      'preamble__recital_1 preambular -',
      'preamble__recital_2 preambular -',
      'para_1 operative -',
    ]);
  });

  it("the rest of a note a converter's blank line cut off stays with the note", () => {
    const doc = parseDocument(['إن المجلس،', 'إذ يشير إلى قراراته(3)،', '(3) القرارات 2331 (2016) و2368 (2017)', 'و2482 (2019).', '١ - يقرر.'].join('\n\n'));
    expect(doc.footnotes.map((f) => f.text)).toEqual(['القرارات 2331 (2016) و2368 (2017) و2482 (2019).']);
    expect(doc.blocks.map((b) => b.id)).toEqual(['preamble__formula', 'preamble__recital_1', 'para_1']);
  });
});

describe('nesting from the sequences, not from fixed ranks', () => {
  const mandate = [
    'إن مجلس الأمن،',
    'إذ يشير إلى قراراته السابقة،',
    '٣٠ - يطلب إلى البعثة أن تضطلع بما يلي:',
    '(أ) حماية المدنيين، بوسائل منها:',
    '’١‘ تعزيز الحماية؛',
    '’٢‘ دعم الدولة، بما في ذلك:',
    '- دعم الشرطة؛',
    '- دعم القضاء؛',
    '’٣‘ رصد الانتهاكات؛',
    '(ب) دعم العملية السياسية؛',
    '٣١ - يقرر أن يبقي المسألة قيد نظره.',
  ];
  const want = [
    'preamble__formula formula -',
    'preamble__recital_1 preambular -',
    'para_30 operative -',
    'para_30__subpara_a subparagraph para_30',
    'para_30__subpara_a__point_i point para_30__subpara_a',
    'para_30__subpara_a__point_ii point para_30__subpara_a',
    'para_30__subpara_a__point_ii__item_1 item para_30__subpara_a__point_ii',
    'para_30__subpara_a__point_ii__item_2 item para_30__subpara_a__point_ii',
    'para_30__subpara_a__point_iii point para_30__subpara_a',
    'para_30__subpara_b subparagraph para_30',
    'para_31 operative -',
  ];
  it('a list opened after a point ending in a colon nests under that point; ’٣‘ and (ب) return to their lists', () => {
    expect(outline(mandate)).toEqual(want);
  });
  it('the same in text with no blank lines', () => {
    expect(wrapped(mandate)).toEqual(want);
  });
  it('without false numbering warnings (only the gap before paragraph 30, which this extract has)', () => {
    expect(parseDocument(mandate.join('\n\n')).diagnostics.filter((d) => d.code.startsWith('numbering')).map((d) => d.code)).toEqual(['numbering-gap']);
  });
});

describe('headings', () => {
  it.each([
    ['حادي وعشرون', 21, 'XXI'],
    ['الحادي والعشرون', 21, 'XXI'],
    ['الثاني والثلاثون', 32, 'XXXII'],
    ['الثلاثون', 30, 'XXX'],
  ])('%s - … is chapter %d', (ordinal, n, label) => {
    expect(readEnumerator(`${ordinal} - الميزانية البرنامجية`)).toMatchObject({ kind: 'chapter', number: n, label });
  });

  it('over two lines before a numbered paragraph, or ending in a colon before one', () => {
    expect(outline(['إن الجمعية العامة،', 'إذ تشير إلى قرارها 74/262،', '١ - تحيط علما بالتقرير؛', 'الجزء الأول - الاعتمادات المخصصة للفترة المالية\nلعام 2022', '٢ - تقرر الاعتمادات؛', 'تقديرات الميزانية:', '٣ - تطلب تقريرا.'])).toEqual([
      'preamble__formula formula -',
      'preamble__recital_1 preambular -',
      'para_1 operative -',
      'hdg_1 heading -',
      'para_2 operative hdg_1',
      'hdg_2 heading -',
      'para_3 operative hdg_2',
    ]);
  });

  it('in wrapped text, a short line ending in a colon before a numbered paragraph is a heading (with the reason)', () => {
    const facts = (text: string): LineFacts => ({ text, shape: lineShape(text), opening: lineOpening(text) });
    const prev = facts('٢ - تقرر الاعتمادات المخصصة للفترة المالية لعام 2022 وفقا للجدول المرفق؛');
    expect(boundaryBefore(prev, facts('تقديرات الميزانية:'), 80, new Set(), undefined, facts('٣ - تطلب إلى الأمين العام أن يقدم تقريرا.'))).toBe('heading');
  });
});

describe('wrapped text from real converters', () => {
  it("a decision's formula that runs on into its recitals takes them, to its colon", () => {
    // As pdftotext printed the seed 000's PDF: wrapped mid-sentence, the recitals at line starts.
    const blocks = wrapped([
      'إن مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، إذ استذكر',
      'المهام التي أسندت إليه في المادة 32 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية،',
      'وإذ استذكر أيضًا مقرره 3/3 وقراري الجمعية العامة 144/61 المؤرخ 19 كانون الأول/ديسمبر 2006',
      'و180/61 المؤرخ 20 كانون الأول/ديسمبر 2006، وقد نظر في تقرير الأمانة ومذكرتيها بشأن مكافحة',
      'الاتجار بالبشر، وإذ وضع في اعتباره المناقشة المواضيعية التي دارت في حزيران/يونيه 2008:',
      '(أ) رحب بنتائج مشاورات الخبراء الحكوميين التي عقدت أثناء دورته الرابعة في فيينا في',
      'تشرين الأول/أكتوبر 2008؛',
      '(ب) طلب إلى الأمانة أن تساعد الفريق العامل في أداء مهامه وأن تقدم إليه تقريرا عن',
      'أنشطتها في دورته المقبلة.',
    ]);
    expect(blocks).toEqual(['preamble__formula formula -', 'para_a operative -', 'para_b operative -']);
  });

  it('a note call lifted onto a line of its own stays inside its paragraph', () => {
    const doc = parseDocument(['إن المجلس،', 'إذ يشير إلى الاتفاقية', '⁽¹⁾', 'المكملة لها،', '١ - يقرر.', '(1) المرجع نفسه.'].join('\n'));
    expect(doc.blocks.map((b) => [b.id, b.footnoteRefs])).toEqual([['preamble__formula', []], ['preamble__recital_1', ['fn_1']], ['para_1', []]]);
  });
});

it('a note call printed apart between blank lines belongs to the text before it', () => {
  const doc = parseDocument(['إن المجلس،', 'إذ يشير إلى المناقشة التي دارت في عام 2008:', '⁽²⁾', '(أ) يقرر؛', '(2) المرجع نفسه.'].join('\n\n'));
  expect(doc.blocks.map((b) => [b.id, b.footnoteRefs])).toEqual([['preamble__formula', []], ['preamble__recital_1', ['fn_2']], ['para_a', []]]);
});

describe("pdfminer's rest of a line, printed as a box of its own", () => {
  /** A line as pdfminer prints it: drawn right to left, printed left to right, brackets mirrored (no digits). */
  const MIRROR: Record<string, string> = { '(': ')', ')': '(' };
  const drawn = (line: string) => [...line].reverse().map((c) => MIRROR[c] ?? c).join('');
  const visualDocument = (lines: string[]) =>
    parseDocument(
      [...lines, 'وتعزيز الالتزامات الدولية والإقليمية الرامية إلى المساعدة التقنية المقدمة إلى الأعضاء.']
        .map(drawn)
        .join('\n\n'),
    );

  it('starts with the space that stood at the cut, and continues the text before it', () => {
    const doc = visualDocument([
      'إن المجلس الاقتصادي والاجتماعي،',
      'إذ يشير إلى الاتفاقية المتعلقة بالاتجار بالأشخاص،',
      ' وإذ يلاحظ التقرير المقدم من الأمانة العامة،',
      'وإذ يرحب بالجهود المبذولة في المنطقة العربية،',
    ]);
    expect(doc.source.order).toBe('visual');
    expect(doc.blocks.slice(0, 3).map((b) => [b.id, b.lines])).toEqual([
      ['preamble__formula', [[1, 1]]],
      ['preamble__recital_1', [[3, 3], [5, 5]]],
      ['preamble__recital_2', [[7, 7]]],
    ]);
    expect(doc.blocks[1].text).toBe('إذ يشير إلى الاتفاقية المتعلقة بالاتجار بالأشخاص، وإذ يلاحظ التقرير المقدم من الأمانة العامة،');
  });

  it("printed before the line's start, after text that ended its clause, it goes after that start", () => {
    const doc = visualDocument([
      'إن المجلس الاقتصادي والاجتماعي،',
      '(أ) أكد أن الهدف الرئيسي للمؤتمر هو تحسين قدرة الدول؛',
      ' الدول التي لم تصدق بعد على الاتفاقية الدولية،',
      '(ب) حث',
      'على أن تفكر في القيام بذلك؛',
    ]);
    expect(doc.blocks.slice(1, 3).map((b) => [b.id, b.lines, b.text])).toEqual([
      ['para_a', [[3, 3]], 'أكد أن الهدف الرئيسي للمؤتمر هو تحسين قدرة الدول؛'],
      ['para_b', [[7, 7], [5, 5], [9, 9]], 'حث الدول التي لم تصدق بعد على الاتفاقية الدولية، على أن تفكر في القيام بذلك؛'],
    ]);
  });

  it('a page footer between the rest and its start changes nothing', () => {
    const lines = ['إن المجلس الاقتصادي والاجتماعي،', '(أ) أكد أن الهدف الرئيسي للمؤتمر هو تحسين قدرة الدول؛', ' الدول التي لم تصدق بعد على الاتفاقية الدولية،'];
    const after = ['(ب) حث', 'على أن تفكر في القيام بذلك؛', 'وتعزيز الالتزامات الدولية والإقليمية الرامية إلى المساعدة التقنية المقدمة إلى الأعضاء.'];
    const doc = parseDocument([...lines.map(drawn), '17-12889', ...after.map(drawn)].join('\n\n'));
    expect(doc.artifacts.map((a) => a.lines)).toEqual([[[7, 7]]]);
    expect(doc.blocks[2].lines).toEqual([[9, 9], [5, 5], [11, 11]]);
  });

  it('after a finished sentence, with no line start after it, it stands alone', () => {
    const doc = visualDocument(['إن المجلس الاقتصادي والاجتماعي،', '(أ) أكد أن الهدف الرئيسي للمؤتمر هو تحسين قدرة الدول.', ' المعارف والبحوث بشأن السياق المحدد للاتجار بالأشخاص.']);
    expect(doc.blocks.slice(1, 3).map((b) => [b.id, b.lines])).toEqual([
      ['para_a', [[3, 3]]],
      ['text_1', [[5, 5]]],
    ]);
  });

  it('the same line without that space opens a recital', () => {
    const doc = visualDocument(['إن المجلس الاقتصادي والاجتماعي،', 'إذ يشير إلى الاتفاقية المتعلقة بالاتجار بالأشخاص،', 'وإذ يلاحظ التقرير المقدم من الأمانة العامة،']);
    expect(doc.blocks.slice(0, 3).map((b) => b.id)).toEqual(['preamble__formula', 'preamble__recital_1', 'preamble__recital_2']);
  });
});
