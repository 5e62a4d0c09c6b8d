// The markdown stage: chunking, and the proof that chunks which skip remark-parse get
// exactly the units remark would have given them (on generated chunks too, in
// property.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkLines } from '../src/paragraphs/blank-lines.js';
import { EMPHASIS_CLASSES } from '../src/markdown/units.js';
import { LineIndex } from '../src/read/lines.js';
import { expectSameUnits } from './helpers/units.js';

const dir = join(import.meta.dirname, '..', 'fixtures');

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
