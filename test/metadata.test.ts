// Header and closing lines → metadata, on made-up headers of the kinds the seeds do not show.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';

const meta = (text: string) => parseDocument(text).metadata;

describe('a commission draft under the Council', () => {
  const m = meta(
    [
      'E/CN.15/2019/L.3/Rev.1', '', 'المجلس الاقتصادي والاجتماعي', 'Distr.: Limited', '22 May 2019', 'Arabic', 'Original: English', '',
      'لجنة منع الجريمة والعدالة الجنائية', 'الدورة الثامنة والعشرون', 'فيينا، 20-24 أيار/مايو 2019', 'البند 6 من جدول الأعمال المؤقت',
      'إدماج واستخدام معايير الأمم المتحدة', '', 'أستراليا وكندا والمكسيك: مشروع قرار منقح', '',
      'تعزيز التدابير الرامية إلى منع الاتجار بالأشخاص', '', 'إن لجنة منع الجريمة والعدالة الجنائية،', '', '1 - تحث الدول الأعضاء.',
    ].join('\n'),
  );
  it('reads every field', () => {
    expect(m).toMatchObject({
      body: 'لجنة منع الجريمة والعدالة الجنائية', bodyKey: 'ccpcj', sessionNumber: 28, distribution: 'limited',
      date: '2019-05-22', originalLanguage: 'en', agendaItem: '6', agendaItemProvisional: true, kind: 'revised-draft-resolution',
      venue: { place: 'فيينا', start: '2019-05-20', end: '2019-05-24' }, title: 'تعزيز التدابير الرامية إلى منع الاتجار بالأشخاص',
      agendaItemTitle: 'إدماج واستخدام معايير الأمم المتحدة', symbols: ['E/CN.15/2019/L.3/Rev.1'], lines: [[1, 17]],
    });
    expect(m.sponsors.map((s) => s.name)).toEqual(['أستراليا', 'كندا', 'المكسيك']);
  });
});

describe('header columns on one line', () => {
  it('distribution and symbol; organ and distribution', () => {
    expect(meta('Distr.: General E/RES/2017/18\n\nإن المجلس،\n\n١ - يقرر.')).toMatchObject({ distribution: 'general', symbols: ['E/RES/2017/18'] });
    expect(meta('الجمعية العامة Distr.: General\n\nإن الجمعية العامة،\n\n١ - تقرر.')).toMatchObject({ distribution: 'general', bodyKey: 'ga' });
  });
});

describe('sponsors', () => {
  it('names that contain «و» stay whole', () => {
    const m = meta('ترينيداد وتوباغو والمملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية وولايات ميكرونيزيا الموحدة: مشروع قرار\n\nإن المجلس،\n\n١ - يقرر.');
    expect(m.sponsors.map((s) => s.name)).toEqual(['ترينيداد وتوباغو', 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية', 'ولايات ميكرونيزيا الموحدة']);
  });
});

describe('Security Council', () => {
  it('number and adoption from the header lines', () => {
    const m = meta('القرار ٢٥٠٤ (٢٠٢٠)\n\nالذي اتخذه مجلس الأمن في جلسته ٨٧١٠ المعقودة في ١٠ كانون الثاني/يناير ٢٠٢٠\n\nإن مجلس الأمن،\n\nإذ يشير إلى قراراته،\n\n١ - يقرر.');
    expect(m).toMatchObject({ number: '2504 (2020)', kind: 'resolution', adopted: '2020-01-10' });
  });
});

describe('what cannot be read is null, with a diagnostic that quotes it', () => {
  it('an English date with an unknown month', () => {
    const doc = parseDocument('Distr.: General\n31 Smarch 2019\n\nأولاً - مقدمة\n\n١ - نص.');
    expect(doc.metadata.date).toBeNull();
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: 'metadata-unparsed', line: 2, message: expect.stringContaining('31 Smarch 2019') }));
  });
  it('no header at all', () => {
    expect(meta('إن المجلس،\n\n١ - يقرر.')).toMatchObject({ distribution: null, date: null, kind: null, title: null, sponsors: [] });
  });
});

describe('language, when the header does not give it', () => {
  it.each([
    ['Arabic text', 'إن المجلس،\n\n١ - يقرر أن يواصل النظر في المسألة.', 'ar'],
    ['English text', 'The Council,\n\n1. Decides to remain seized of the matter.', null],
    ['mostly English with an Arabic word', 'The Council notes the term الاتجار in the report of the meeting.', null],
    ['mostly Arabic with symbols', 'تقرير A/RES/71/167 و E/CN.15/2019/L.3 عن أعمال الدورة', 'ar'],
    ['no letters at all', '1 - 2 - 3', null],
  ])('%s', (_, text, language) => {
    expect(meta(text).language).toBe(language);
  });
});

describe('fields a converter ran together on one line', () => {
  it.each([
    ['Distr.: General 18 August 2017', { distribution: 'general', date: '2017-08-18' }],
    ['الأمم المتحدةA/RES/74/10', { symbols: ['A/RES/74/10'] }],
    ['A/RES/74/10الجمعية العامة', { symbols: ['A/RES/74/10'], bodyKey: 'ga' }],
    ['Distr.: Limited 9 September 2019 Arabic Original: English', { distribution: 'limited', date: '2019-09-09', language: 'ar', originalLanguage: 'en' }],
    ['دورة عام ٢٠١٧ البند ١٩ (ج) من جدول الأعمال', { session: 'دورة عام 2017', sessionYear: 2017, agendaItem: '19(c)' }],
    ['الدورة العاشرة البند 2 (ب) من جدول الأعمال المؤقت', { session: 'الدورة العاشرة', sessionNumber: 10, agendaItem: '2(b)', agendaItemProvisional: true }],
  ])('%s', (line, fields) => {
    expect(meta(`${line}\nإن المجلس،\nإذ يشير إلى قراره،\n١ - يقرر.`)).toMatchObject(fields);
  });

  it('a title line is not cut into fields', () => {
    const m = meta('Distr.: General\n\nتعزيز التعاون الدولي في الدورة العاشرة البند 2 من جدول الأعمال\n\nإن المجلس،\n\n١ - يقرر.');
    expect(m).toMatchObject({ session: null, agendaItem: null });
    expect(m.title).toBe('تعزيز التعاون الدولي في الدورة العاشرة البند 2 من جدول الأعمال');
  });
});

describe('sponsors with no blank line after the agenda item title', () => {
  const m = meta(
    [
      'البند 2 (ب) من جدول الأعمال',
      'استعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات',
      'الملحقة بها: بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال',
      'أستراليا، البرازيل، بيلاروس، كندا، فرنسا، قيرغيزستان، هندوراس، الولايات',
      'المتحدة الأمريكية: مشروع قرار منقح',
      'التنفيذ الفعال لبروتوكول منع الاتجار بالأشخاص',
      'إن مؤتمر الأطراف،',
      'إذ يشير إلى قراره،',
      '1 - يقرر.',
    ].join('\n'),
  );
  it('takes the list lines before the kind as sponsors, and the rest as the agenda title', () => {
    expect(m.sponsors.map((s) => s.name)).toEqual(['أستراليا', 'البرازيل', 'بيلاروس', 'كندا', 'فرنسا', 'قيرغيزستان', 'هندوراس', 'الولايات المتحدة الأمريكية']);
    expect(m.kind).toBe('revised-draft-resolution');
    expect(m.agendaItemTitle).toMatch(/^استعراض تنفيذ .* والأطفال$/);
    expect(m.title).toBe('التنفيذ الفعال لبروتوكول منع الاتجار بالأشخاص');
  });
});

describe('the document number in English order, from the evidence in the header', () => {
  it.each([
    ['its symbol', 'الأمم المتحدة A/RES/74/10\n\nالجمعية العامة\n\nالدورة الرابعة والسبعون\n\nقرار اتخذته الجمعية العامة في 10 كانون الأول/ديسمبر 2019\n\n٧٤/١٠ - عنوان القرار', '74/10'],
    ['its session', 'الجمعية العامة\n\nالدورة الرابعة والسبعون\n\n١٠/٧٤ - عنوان القرار', '74/10'],
    ['the adoption date', 'الجمعية العامة\n\nقرار اتخذته الجمعية العامة في 10 كانون الأول/ديسمبر 2019\n\n١٠/٧٤ - عنوان القرار', '74/10'],
    ['an HRC symbol', 'الأمم المتحدة A/HRC/RES/51/13\n\nمجلس حقوق الإنسان\n\n51/13 - عنوان القرار', '51/13'],
  ])('%s', (_, header, number) => {
    const doc = parseDocument(`${header}\n\nإن الجمعية العامة،\n\nإذ تشير إلى قراراتها،\n\n١ - تقرر.`);
    expect(doc.metadata.number).toBe(number);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('number-order-ambiguous');
  });

  it('the organ from the formula when the header names none', () => {
    expect(meta('عنوان\n\nإن مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية،\n\nإذ يشير،\n\n١ - يقرر.')).toMatchObject({ bodyKey: 'ctoc-cop' });
  });
});

describe('the kind of document, from what says it', () => {
  const body = '\n\nإن الجمعية العامة،\n\nإذ تشير إلى قراراتها،\n\n١ - تقرر.';
  it('an agenda item titled «تقرير …» in a resolution is the item, not the kind', () => {
    const m = meta(`الجمعية العامة\n\nالبند 68 من جدول الأعمال\n\nتقرير مجلس حقوق الإنسان\n\nقرار اتخذته الجمعية العامة في 16 كانون الأول/ديسمبر 2019\n\n74/134 - عنوان القرار${body}`);
    expect(m).toMatchObject({ kind: 'resolution', agendaItemTitle: 'تقرير مجلس حقوق الإنسان', number: '74/134', title: 'عنوان القرار' });
  });
  it('two resolutions adopted together', () => {
    expect(meta(`قراران اتخذتهما الجمعية العامة في 16 كانون الأول/ديسمبر 2019\n\nعنوان${body}`).kind).toBe('resolution');
  });
  it('a title that holds a colon and a kind word keeps its number and title', () => {
    const m = meta(`الجمعية العامة\n\nالدورة الخامسة والسبعون\n\n75/251 - نزع السلاح: تقرير مؤتمر نزع السلاح${body}`);
    expect(m).toMatchObject({ number: '75/251', title: 'نزع السلاح: تقرير مؤتمر نزع السلاح', sponsors: [] });
  });
});

describe('the number of a part of a resolution', () => {
  const body = '\n\nإن الجمعية العامة،\n\nإذ تشير إلى قراراتها،\n\n١ - تقرر.';
  it('a part named in the number line', () => {
    expect(meta(`الجمعية العامة\n\n78/183 ألف - الحق في الغذاء${body}`)).toMatchObject({ number: '78/183 A', parts: ['A'], title: 'الحق في الغذاء' });
  });
  it('a number whose title is on the next lines, and the part after them', () => {
    expect(meta(`الأمم المتحدة A/RES/75/251 C\n\nالجمعية العامة\n\n75/251 -\n\nتمويل عمليات حفظ السلام\n\nجيم${body}`)).toMatchObject({
      number: '75/251 C', parts: ['C'], title: 'تمويل عمليات حفظ السلام', symbols: ['A/RES/75/251 C'],
    });
  });
});

it('an emergency special session resolution: its number and symbol as the UN writes them', () => {
  const m = meta('الأمم المتحدة A/RES/ES-11/1\n\nالجمعية العامة\n\nدإط-11/1 - العدوان على أوكرانيا\n\nإن الجمعية العامة،\n\nإذ تشير،\n\n١ - تقرر.');
  expect(m).toMatchObject({ number: 'ES-11/1', symbols: ['A/RES/ES-11/1'], title: 'العدوان على أوكرانيا' });
});

describe('treaty bodies: committees, older mastheads, broken and glued symbols', () => {
  const body = '\n\nألف - مقدمة\n\n١ - نظرت اللجنة في التقرير.';
  it.each([
    ['a committee named in Arabic', 'اللجنة المعنية بحقوق الإنسان', { body: 'اللجنة المعنية بحقوق الإنسان', bodyKey: 'ccpr' }],
    ['a child rights committee', 'لجنة حقوق الطفل', { bodyKey: 'crc' }],
    ['upper-case masthead words', 'GENERAL\n\nARABIC\nOriginal: ENGLISH', { distribution: 'general', language: 'ar', originalLanguage: 'en' }],
    ['a symbol broken by a space', 'الأمم المتحدة C ERD/C/URY/CO/21-23', { symbols: ['CERD/C/URY/CO/21-23'] }],
    ['a symbol glued to the date', 'E/C.12/BIH/CO/124 January 2006', { symbols: ['E/C.12/BIH/CO/1'], date: '2006-01-24' }],
    ['a one-digit day glued', 'CRC/C/15/Add.1075 April 1999', { symbols: ['CRC/C/15/Add.107'], date: '1999-04-05' }],
    ['the convention in the masthead is not the title', 'الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري Distr.: General', { distribution: 'general', title: null }],
    ['concluding observations: the kind line is the title, its star kept', 'الملاحظات الختامية بشأن التقرير الدوري الرابع للبلد *', { kind: 'concluding-observations', title: 'الملاحظات الختامية بشأن التقرير الدوري الرابع للبلد *' }],
    ['a summary record', 'المحضر الموجز للجلسة 2041', { kind: 'summary-record', title: 'المحضر الموجز للجلسة 2041' }],
  ])('%s', (_, header, fields) => {
    const doc = parseDocument(`${header}${body}`);
    expect(doc.metadata).toMatchObject(fields);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('footnote-undefined');
  });

  it('header text that nothing claims is never silent', () => {
    const doc = parseDocument('اللجنة المعنية بحقوق الإنسان\n\nنص لا يعرفه أي حقل في الترويسة.\n\nعنوان الوثيقة\n\nألف - مقدمة\n\n١ - نص.');
    expect(doc.metadata.title).toBe('عنوان الوثيقة');
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ code: 'header-unclaimed', line: 3 }));
  });
});

describe('a masthead a converter set apart line by line (mutool: a blank line between every two)', () => {
  it("the organ over two lines is the organ; the agenda item's title and the document's title are told apart by the short last line", () => {
    const doc = parseDocument(
      [
        'الأمم المتحدة', '', 'مؤتمر الأطراف في اتفاقية الأمم', '', 'المتحدة لمكافحة الجريمة', '', 'المنظمة عبر الوطنية', 'CTOC/COP/2012/6', '',
        'Distr.: General', '29 June 2012', '', 'الدورة السادسة', '', 'البند ٢ (ب) من جدول الأعمال المؤقت', '',
        'استعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة', '', 'الجريمة المنظمة عبر الوطنية والبروتوكولات الملحق بها:', '', 'بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص،', '', 'وبخاصة النساء والأطفال', '',
        'الأنشطة التي يضطلع بها مكتب الأمم المتحدة المعني بالمخدرات والجريمة', '', 'من أجل ترويج ودعم تنفيذ بروتوكول منع وقمع ومعاقبة الاتجار', '', 'لمكافحة الجريمة المنظمة عبر الوطنية', '',
        'تقرير من الأمانة', '', 'أولاً - مقدمة', '', '١ - أُعد هذا التقرير.',
      ].join('\n'),
    );
    expect(doc.metadata).toMatchObject({
      bodyKey: 'ctoc-cop',
      agendaItemTitle: 'استعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الملحق بها: بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال',
      title: 'الأنشطة التي يضطلع بها مكتب الأمم المتحدة المعني بالمخدرات والجريمة من أجل ترويج ودعم تنفيذ بروتوكول منع وقمع ومعاقبة الاتجار لمكافحة الجريمة المنظمة عبر الوطنية',
    });
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('header-unclaimed');
  });
});

it('a sponsor list a blank line cut in two, a name across the cut made whole', () => {
  const doc = parseDocument(
    ['الأمم المتحدة CTOC/COP/2020/L.4/Rev.1', '', 'Distr.: Limited', '', 'أستراليا، البرازيل، كندا، الاتحاد الأوروبي*، فرنسا، الولايات', '', 'المتحدة الأمريكية: مشروع قرار منقح', '', 'التنفيذ الفعال للبروتوكول', '', 'إن مؤتمر الأطراف،', '', '١ - يحث الدول.', '', '* أيضاً باسم الدول الأعضاء في الاتحاد الأوروبي.'].join('\n'),
  );
  expect(doc.metadata.sponsors.map((s) => s.name)).toEqual(['أستراليا', 'البرازيل', 'كندا', 'الاتحاد الأوروبي', 'فرنسا', 'الولايات المتحدة الأمريكية']);
  expect(doc.metadata.sponsors[3].footnote).toBe('fn_star');
  expect(doc.metadata.kind).toBe('revised-draft-resolution');
});
