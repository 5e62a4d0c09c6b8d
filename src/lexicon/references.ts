// What citations look like: the words that introduce resolution and decision numbers,
// the short names of organs used after them, and the instruments an article belongs to.

/**
 * قرار / مقرر with their prefixes (و، ب، ل، ال …) and suffixes: group 1 the prefix, group 2
 * the word (قرار = resolution, مقرر = decision), group 3 the suffix. The suffixes are
 * number (plural ات, dual ان/ين/ي before a possessive, accusative ا) then a possessive
 * (ه his/its, ها her/its, هما, هم): قراراته, قراراتها, قراريه, قراريها, القراران, مقرراته.
 */
export const CITATION_TRIGGER = /(?<![\u0621-\u064A])([وف]?[بلك]?(?:ال|لل)?)(مقرر|قرار)((?:ات|ي)?(?:هما|هم|ها|ه)|ات|ان|ين|ي|ا)?(?![\u0621-\u064A])/g;

/** A suffix that means "its/their resolution(s)": the organ is the one just named. */
export const POSSESSIVE = /(?:ه|ها|هما|هم)$/;

/** Short names after قرار: the organ they mean depends on the document's own organ. */
export const GENERIC_ORGANS: Array<{ name: string; keys: string[] }> = [
  { name: 'مؤتمر الأطراف', keys: ['ctoc-cop', 'cosp'] },
  { name: 'المؤتمر', keys: ['ctoc-cop', 'cosp', 'crime-congress'] },
  { name: 'المجلس', keys: ['ecosoc', 'sc', 'hrc'] },
  { name: 'اللجنة', keys: ['ccpcj', 'cnd', 'csw'] },
  { name: 'الجمعية', keys: ['ga'] },
];

/** Instruments an article is "of" (… من المادة ٦ من البروتوكول). */
export const INSTRUMENTS: Array<{ key: string; pattern: RegExp }> = [
  { key: 'protocol', pattern: /^\s*من\s+(?:ال)?بروتوكول/ },
  { key: 'convention', pattern: /^\s*من\s+(?:ال)?اتفاقي/ },
  { key: 'rules-of-procedure', pattern: /^\s*من\s+النظام\s+الداخلي/ },
  { key: 'charter', pattern: /^\s*من\s+(?:ال)?ميثاق/ },
];
