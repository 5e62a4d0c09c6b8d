// The orders of the tables of facts, written out here rather than read from the tables:
// the other tests walk each table and so would pass with two rows swapped. Each order is
// as a reference grammar or the UN's own documents give it.
import { describe, expect, it } from 'vitest';
import { findArabicDateRange, parseEnglishDate } from '../src/normalize/dates.js';
import { readEnumerator } from '../src/normalize/enumerators.js';

/** The abjad order (أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ), letter by letter. */
const ABJAD_LETTERS = 'أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ'.split(' ');
const ABJAD_NAMES = 'ألف باء جيم دال هاء واو زاي حاء طاء ياء كاف لام ميم نون سين عين فاء صاد قاف راء شين تاء ثاء خاء ذال ضاد ظاء غين'.split(' ');
const LATIN = 'a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb'.split(' ');

describe('abjad order', () => {
  it.each(ABJAD_LETTERS.map((letter, i) => [letter, LATIN[i]] as const))('(%s) is (%s)', (letter, label) => {
    expect(readEnumerator(`(${letter}) نص`)).toMatchObject({ kind: 'lettered', label });
  });
  it.each(ABJAD_NAMES.map((name, i) => [name, LATIN[i].toUpperCase()] as const))('%s is section %s', (name, label) => {
    expect(readEnumerator(`${name} - عنوان`)).toMatchObject({ kind: 'section', label });
  });
});

describe('chapter ordinals', () => {
  const ORDINALS = [
    'أولاً', 'ثانياً', 'ثالثاً', 'رابعاً', 'خامساً', 'سادساً', 'سابعاً', 'ثامناً', 'تاسعاً', 'عاشراً',
    'حادي عشر', 'ثاني عشر', 'ثالث عشر', 'رابع عشر', 'خامس عشر', 'سادس عشر', 'سابع عشر', 'ثامن عشر', 'تاسع عشر', 'عشرون',
  ];
  const ROMAN = 'I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX'.split(' ');
  it.each(ORDINALS.map((word, i) => [word, ROMAN[i]] as const))('%s is chapter %s', (word, label) => {
    expect(readEnumerator(`${word} - مقدمة`)).toMatchObject({ kind: 'chapter', label });
  });
});

describe('month order', () => {
  const SYRIAC = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
  const LATIN_NAMES = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيه', 'يوليه', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
  const ENGLISH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const mm = (i: number) => String(i + 1).padStart(2, '0');
  it.each(SYRIAC.map((s, i) => [`${s}/${LATIN_NAMES[i]}`, mm(i)] as const))('%s is month %s', (name, month) => {
    expect(findArabicDateRange(`في 9 ${name} 2019`)?.start).toBe(`2019-${month}-09`);
  });
  it.each(SYRIAC.map((s, i) => [s, mm(i)] as const))('%s alone is month %s', (name, month) => {
    expect(findArabicDateRange(`في 9 ${name} 2019`)?.start).toBe(`2019-${month}-09`);
  });
  it.each(LATIN_NAMES.map((s, i) => [s, mm(i)] as const))('%s alone is month %s', (name, month) => {
    expect(findArabicDateRange(`في 9 ${name} 2019`)?.start).toBe(`2019-${month}-09`);
  });
  it.each(ENGLISH.map((s, i) => [s, mm(i)] as const))('%s is month %s', (name, month) => {
    expect(parseEnglishDate(`9 ${name} 2019`)).toBe(`2019-${month}-09`);
  });
});
