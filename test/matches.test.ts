// matchesOf: what String.prototype.matchAll gives, without copying the expression.
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../src/normalize/matches.js';

const plain = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));

describe('matchesOf', () => {
  it.each([
    [/\d+/g, 'a 12 b 345 c'],
    [/(?<=قرار)\s*(\d+)/g, 'قرار 12 وقرار13'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}?/gu, '😀é'],
    [/\d/g, ''],
  ])('%s in «%s» matches as matchAll does', (re, text) => {
    expect(plain(matchesOf(re, text))).toEqual(plain([...text.matchAll(re)]));
  });

  it('starts from the beginning whatever lastIndex was, and leaves it at 0', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(matchesOf(re, '1 2 3').map((m) => m[0])).toEqual(['1', '2', '3']);
    expect(re.lastIndex).toBe(0);
  });

  it('drops the matches accept turns down and looks again from the next character', () => {
    // «12 ab» at 1 is turned down; the search goes on from 2 and finds «2 ab».
    const re = /\d+ [a-z]+/g;
    const texts = matchesOf(re, 'x12 ab', (m) => m[0].startsWith('2')).map((m) => [m.index, m[0]]);
    expect(texts).toEqual([[2, '2 ab']]);
  });

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => matchesOf(/\d/, '1')).toThrow(TypeError);
  });
});
