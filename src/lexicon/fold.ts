// A folded spelling for matching words against the tables: no diacritics or tatweel,
// one alef, one yeh, final teh marbuta as heh. Used only to compare; never written out.

const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

export function foldArabic(s: string): string {
  return s
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}
