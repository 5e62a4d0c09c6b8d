// Ordinal words. Chapter headings use adverbs (أولاً = I); sessions and meetings use
// adjectives (الدورة العاشرة = 10th session), built from units and tens.

/** Chapter ordinals 1–20, each with the spellings seen (tanwin and hamza are folded away). */
export const CHAPTER_ORDINALS: Array<{ n: number; forms: string[] }> = [
  { n: 1, forms: ['أولاً'] },
  { n: 2, forms: ['ثانياً'] },
  { n: 3, forms: ['ثالثاً'] },
  { n: 4, forms: ['رابعاً'] },
  { n: 5, forms: ['خامساً'] },
  { n: 6, forms: ['سادساً'] },
  { n: 7, forms: ['سابعاً'] },
  { n: 8, forms: ['ثامناً'] },
  { n: 9, forms: ['تاسعاً'] },
  { n: 10, forms: ['عاشراً'] },
  { n: 11, forms: ['حادي عشر', 'الحادي عشر'] },
  { n: 12, forms: ['ثاني عشر', 'الثاني عشر'] },
  { n: 13, forms: ['ثالث عشر', 'الثالث عشر'] },
  { n: 14, forms: ['رابع عشر', 'الرابع عشر'] },
  { n: 15, forms: ['خامس عشر', 'الخامس عشر'] },
  { n: 16, forms: ['سادس عشر', 'السادس عشر'] },
  { n: 17, forms: ['سابع عشر', 'السابع عشر'] },
  { n: 18, forms: ['ثامن عشر', 'الثامن عشر'] },
  { n: 19, forms: ['تاسع عشر', 'التاسع عشر'] },
  { n: 20, forms: ['عشرون', 'عشرين', 'العشرون'] },
];

/**
 * Chapter ordinals past twenty, as headings write them: a unit and a ten (الحادي والعشرون,
 * حادي وعشرون = XXI), or a ten alone (الثلاثون = XXX), built from the adjectives below.
 */
export function compoundChapterOrdinals(): Array<{ n: number; forms: string[] }> {
  const masculine = (forms: string[]) => forms.filter((f) => !f.endsWith('ة'));
  const bare = (form: string) => form.replace(/^ال/, '');
  const out: Array<{ n: number; forms: string[] }> = [];
  for (const ten of ORDINAL_TENS) {
    if (ten.n > 20) out.push({ n: ten.n, forms: ten.forms.flatMap((t) => [t, bare(t)]) });
    for (const unit of ORDINAL_UNITS) {
      const units = masculine(unit.forms).filter((u) => u !== 'الأول');
      const forms = units.flatMap((u) => ten.forms.map((t) => (u.startsWith('ال') ? `${u} و${t}` : `${u} و${bare(t)}`)));
      out.push({ n: ten.n + unit.n, forms });
    }
  }
  return out;
}

/** Units of ordinal adjectives, feminine and masculine, with the compound forms (21st …). */
export const ORDINAL_UNITS: Array<{ n: number; forms: string[] }> = [
  { n: 1, forms: ['الأولى', 'الأول', 'الحادية', 'الحادي', 'حادية', 'حادي'] },
  { n: 2, forms: ['الثانية', 'الثاني', 'ثانية', 'ثاني'] },
  { n: 3, forms: ['الثالثة', 'الثالث', 'ثالثة', 'ثالث'] },
  { n: 4, forms: ['الرابعة', 'الرابع', 'رابعة', 'رابع'] },
  { n: 5, forms: ['الخامسة', 'الخامس', 'خامسة', 'خامس'] },
  { n: 6, forms: ['السادسة', 'السادس', 'سادسة', 'سادس'] },
  { n: 7, forms: ['السابعة', 'السابع', 'سابعة', 'سابع'] },
  { n: 8, forms: ['الثامنة', 'الثامن', 'ثامنة', 'ثامن'] },
  { n: 9, forms: ['التاسعة', 'التاسع', 'تاسعة', 'تاسع'] },
];

export const ORDINAL_TEN = { n: 10, forms: ['العاشرة', 'العاشر'], teen: ['عشرة', 'عشر'] };

export const ORDINAL_TENS: Array<{ n: number; forms: string[] }> = [
  { n: 20, forms: ['العشرون', 'العشرين'] },
  { n: 30, forms: ['الثلاثون', 'الثلاثين'] },
  { n: 40, forms: ['الأربعون', 'الأربعين'] },
  { n: 50, forms: ['الخمسون', 'الخمسين'] },
  { n: 60, forms: ['الستون', 'الستين'] },
  { n: 70, forms: ['السبعون', 'السبعين'] },
  { n: 80, forms: ['الثمانون', 'الثمانين'] },
  { n: 90, forms: ['التسعون', 'التسعين'] },
];

/** Upper-case roman numeral (chapters: I, II … XX). */
export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, numeral] of table) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

/** English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st … */
export function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
