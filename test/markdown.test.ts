// The markdown stage: chunking, and the proof that chunks which skip remark-parse get
// exactly the units remark would have given them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkLines } from '../src/paragraphs/blank-lines.js';
import { EMPHASIS_CLASSES, plainUnits, remarkUnits } from '../src/markdown/units.js';
import { LineIndex } from '../src/read/lines.js';

const dir = join(import.meta.dirname, '..', 'fixtures');

function expectSameUnits(text: string): number {
  const lines = new LineIndex(text);
  let skipped = 0;
  for (const chunk of chunkLines(lines)) {
    const chunkText = text.slice(chunk.start, chunk.end);
    const fast = plainUnits(chunkText, chunk);
    if (fast === null) continue;
    skipped++;
    expect(fast, chunkText).toEqual(remarkUnits(chunkText, chunk));
  }
  return skipped;
}

describe('chunks', () => {
  it('are runs of non-blank lines with their offsets', () => {
    const text = '\n\nأ\nب\n \u200F\nج\n';
    const chunks = chunkLines(new LineIndex(text));
    expect(chunks.map((c) => [c.firstLine, c.lastLine, text.slice(c.start, c.end)])).toEqual([[3, 4, 'أ\nب'], [6, 6, 'ج']]);
  });
});

describe('skipping remark-parse changes nothing', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.txt')))('on every chunk of %s', (name) => {
    expectSameUnits(readFileSync(join(dir, name), 'utf8'));
  });

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
      { numRuns: 3000, seed: 20261122 },
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
      { numRuns: 5000, seed: 7 },
    );
  });

  it('the classes written out for ASCII and the Arabic block agree with the Unicode classes there', () => {
    const { near, unicode } = EMPHASIS_CLASSES;
    const disagreements: string[] = [];
    for (const key of ['word', 'letter', 'spaceOrPunctuation'] as const) {
      const written = new RegExp(`^[${near[key]}]$`);
      const rule = new RegExp(`^[${unicode[key]}]$`, 'u');
      for (const [from, to] of [[0, 0x7f], [0x600, 0x6ff]]) {
        for (let code = from; code <= to; code++) {
          const ch = String.fromCharCode(code);
          if (written.test(ch) !== rule.test(ch)) disagreements.push(`${key} U+${code.toString(16)}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('the shortcut is taken for plain text, simple bullets and plain emphasis', () => {
    expect(expectSameUnits('نص\nتكملة\n- ١- بند\n- (أ) بند\nتكملة كسولة')).toBe(1);
    expect(expectSameUnits('١ - **يحثُّ** الدول على *التنفيذ*؛')).toBe(1);
  });
});
