// Property tests: documents generated from the conventions' building blocks (and random
// Unicode) must always parse without an exception into schema-valid output that covers
// every line once, keeps raw text, and parses the same way twice.
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMA } from '../src/emit/schema.js';
import { parseDocument, UnreadableInputError } from '../src/index.js';
import { normalizeText } from '../src/normalize/chars.js';
import { decode } from '../src/read/decode.js';
import { expectInvariants } from './helpers/invariants.js';
import { expectSameUnits } from './helpers/units.js';

const validate = new Ajv().compile(DOCUMENT_SCHEMA);
const digits = (n: number, script: number) =>
  script === 0 ? String(n) : String(n).replace(/\d/g, (d) => String.fromCharCode((script === 1 ? 0x0660 : 0x06f0) + Number(d)));

const word = fc.constantFrom('الدول', 'الأعضاء', 'الاتجار', 'بالأشخاص', 'المؤتمر', 'في', 'على', 'الوطنية', 'CTOC/COP/2020/1', '٢٠١٩', '144/61', 'تشرين الأول/أكتوبر');
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const marker = fc.constantFrom('', '', '⁽¹⁾', '^(٢)', '*', '⁽³⁾');
const ending = fc.constantFrom('؛', '،', '.', ':', '');
const script = fc.integer({ min: 0, max: 2 });
const n = fc.integer({ min: 1, max: 40 });

const line = fc.oneof(
  fc.tuple(sentence, marker, ending).map(([s, m, e]) => `${s}${m}${e}`),
  fc.tuple(n, script, fc.constantFrom(' - ', '- ', ' – ', '-'), sentence, ending).map(([k, sc, d, s, e]) => `${digits(k, sc)}${d}${s}${e}`),
  fc.tuple(fc.constantFrom('- ', ''), n, script, sentence).map(([b, k, sc, s]) => `${b}${digits(k, sc)}- ${s}؛`),
  fc.tuple(fc.constantFrom('أ', 'ب', 'ج', 'هـ', 'ه', 'ي', 'غ'), sentence, ending).map(([l, s, e]) => `(${l}) ${s}${e}`),
  fc.tuple(n, script, fc.constantFrom('‘‘', '’‘', "''", '‹›'), sentence).map(([k, sc, q, s]) => `${q[0]}${digits(k, sc)}${q[1]} ${s}؛`),
  fc.tuple(fc.constantFrom('أولاً', 'ثانياً', 'حادي عشر', 'ألف', 'باء', 'هـ'), sentence).map(([o, s]) => `${o} - ${s}`),
  fc.tuple(n, sentence).map(([k, s]) => `(${k}) ${s}.`),
  sentence.map((s) => `* ${s}`),
  fc.tuple(n, script).map(([k, sc]) => `التوصية ${digits(k, sc)}`),
  fc.constantFrom('إن المجلس الاقتصادي والاجتماعي،', 'وإذ يشير إلى قراره،', 'الرجاء إعادة الاستعمال', '17-12889 (A)', '3', 'Distr.: General', '9 September 2019', 'Original: English', 'الدورة العاشرة', 'البند ٢ (ب) من جدول الأعمال المؤقت*', 'مشروع قرار منقح', 'الجلسة العامة ٤٠', '٦ تموز/يوليه ٢٠١٧', '**يحث** الدول', '- ', '# عنوان', '> اقتباس', '    رمز', '[...]', '\u200F(أ) نص'),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const separator = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\n  \n');
// NUL makes a file binary (refused, tested below), so generated text has none.
const document = fc
  .array(fc.tuple(line, separator), { maxLength: 40 })
  .map((parts) => parts.map(([l, s]) => l + s).join('').replace(/\u0000/g, ' '));

describe('any generated document', () => {
  it('parses into valid output that covers every line once', () => {
    fc.assert(
      fc.property(document, (text) => {
        const bytes = new TextEncoder().encode(text);
        const doc = parseDocument(bytes);
        expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
        expectInvariants(doc, decode(bytes).text);
        expect(parseDocument(bytes)).toEqual(doc);
      }),
      { numRuns: 400, seed: 42 },
    );
  });

  it('any bytes at all: no exception but a clear refusal', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          const doc = parseDocument(bytes);
          expectInvariants(doc, decode(bytes).text);
        } catch (e) {
          expect(e).toBeInstanceOf(UnreadableInputError);
          // NUL bytes, or bytes that decode to no text (controls, no white space).
          expect((e as Error).message).toMatch(/^binary file/);
        }
      }),
      { numRuns: 400, seed: 43 },
    );
  });

  it('normalizing normalized text changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(document, fc.string({ unit: 'binary' })), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 500, seed: 44 },
    );
  });
});

describe('markdown: skipping remark-parse changes nothing', () => {
  // Lines of every shape markdown treats specially, mixed at random into chunks.
  const LINES = [
    'وإذ يشير إلى قراره', '- ١- المسائل التنظيمية:', '- (أ) افتتاح الاجتماع؛', '-  نص', '-     كود', '- - متداخلة', '-', '- ',
    '---', '===', 'نص ===', '# عنوان', '> اقتباس', '1. بند', '1) بند', '١. بند', '    كود', '\tنص', '<div>', ' - بند مزاح',
    '   - بند', 'نص [بين قوسين] و<http://x.org>', 'أ & ب | ج ~ د', '* نجمة', '+ زائد', '(أ) فقرة', '  تكملة', '١ - فقرة',
    'نص*', '**غامق**', '_مائل_', '`رمز`', 'a \\* b', '[أ]: http://x', '- [أ](http://x)', '-\tنص', '- 12. x', '- #', '- >',
    '١ - **يحثُّ** الدول', 'نص **غامق** ونص', '*مائل* نص', 'الاتحاد*، فرنسا', '**أ** و**ب**', '***ثلاث***', '** ليس غامقاً**',
    '**غامق **', 'كلمة**غامق**كلمة', '(**أ**)', '"**أ**"', '**١ -** يحث', '- **غامق** بند', 'United Nations, *Treaty Series*, vol. 2',
    '**أ*', '*أ**', '**أ** **', '*أ* *ب*', '**أ\nب**', 'x*y*z', '*(أ)*', '**1**', '**-**', '**أ،**', '**أ**،', '- *', '* *أ*',
    'الاتحاد الأوروبي*، فرنسا*، كندا', '* أيضاً باسم الدول', '+ زائد بند', '* (أ) نجمة', '*أ ب*، ج*، د', '*أ ب*ج*', 'أ* ب', 'أ *ب', '*** ***',
    '* * *', '*', 'أ*.', 'أ** ب', '- أ*', '1*', '(أ)*', 'نص* **غامق**', '**غامق** نص*', '*مائل\nسطر*', 'ب*\n*أ', '[بناء على توصية (E/2017/30)]', '[أ] [ب]', '[أ]:', ' [أ]: x', '[أ\nب]: x', '[أ]', '- [أ]: x',
  ];
  it('on generated chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 7 }), (lines) => {
        expectSameUnits(lines.join('\n'));
      }),
      { numRuns: 1500, seed: 20261122 },
    );
  });

  it('on generated strings of letters, spaces, asterisks and punctuation', () => {
    // Beyond ASCII and the Arabic block too (é, «, no-break space, an emoji), where emphasis
    // is read with the Unicode classes.
    const alphabet = ['أ', 'ب', 'x', '1', ' ', ' ', '*', '*', '**', '،', '.', '(', ')', '"', '-', '\n', '- ', '\n- ', '\n* ', '+ ', 'ُ', '؛', '[', ']', 'é', '«', '\u00a0', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
        const text = parts.join('').replace(/^\s+|\s+$/g, '').replace(/\n\s*\n/g, '\n');
        if (text) expectSameUnits(text);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
