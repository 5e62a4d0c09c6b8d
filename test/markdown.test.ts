// The markdown stage: chunking, and the proof that chunks which skip remark-parse get
// exactly the units remark would have given them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkLines } from '../src/markdown/chunks.js';
import { plainUnits, remarkUnits } from '../src/markdown/units.js';
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
  ];
  it('on generated chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 7 }), (lines) => {
        expectSameUnits(lines.join('\n'));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });

  it('the shortcut is taken for plain text and simple bullets', () => {
    expect(expectSameUnits('نص\nتكملة\n- ١- بند\n- (أ) بند\nتكملة كسولة')).toBe(1);
  });
});
