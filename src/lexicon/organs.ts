// Issuing organs as the Arabic header names them, with a stable English key. A header
// line names the organ when it starts with one of these names.

// `sessions` is the range of session numbers the organ has reached (with room to grow): a
// resolution number `session/n` has its session in that range, which tells the English
// order from the Arabic one. Organs that number by year (ECOSOC 2017/18) need none.
// `parent`: the organ a header names first when this one issues the document (the
// Economic and Social Council above its commissions).
// `sessionYears`: for organs that meet on a regular calendar, the year session 1 met
// (as the recent sessions count it) and how many sessions a year: session N meets in
// year first + floor((N - 1) / perYear). A date beside a number then tells its session.
// `numberedFrom`: the first session whose resolutions are numbered session/number (the
// General Assembly numbered them 217 (III) before its 31st session).
// `symbols`: how the UN writes the symbol of the organ's resolutions and decisions, `{n}`
// standing for the number in English order (A/RES/70/1, E/DEC/2019/214).
export interface Organ {
  key: string;
  names: string[];
  sessions: [number, number] | null;
  parent?: string;
  sessionYears?: { first: number; perYear: number };
  numberedFrom?: number;
  symbols?: { resolution: string; decision: string | null };
  /** The organ's name in the UN's Akoma Ntoso FRBR URIs (unga, unsc). */
  akn?: string;
}

export const ORGANS: Organ[] = [
  {
    key: 'ctoc-cop',
    names: ['مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية'],
    sessions: [1, 20],
  },
  { key: 'cosp', names: ['مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد'], sessions: [1, 20] },
  { key: 'ecosoc', names: ['المجلس الاقتصادي والاجتماعي'], sessions: null, symbols: { resolution: 'E/RES/{n}', decision: 'E/DEC/{n}' }, akn: 'unecosoc' },
  // Session 70 opened in September 2015.
  {
    key: 'ga',
    names: ['الجمعية العامة'],
    sessions: [1, 80],
    sessionYears: { first: 1946, perYear: 1 },
    numberedFrom: 31,
    symbols: { resolution: 'A/RES/{n}', decision: 'A/DEC/{n}' },
    akn: 'unga',
  },
  { key: 'sc', names: ['مجلس الأمن'], sessions: null, symbols: { resolution: 'S/RES/{n}', decision: null }, akn: 'unsc' },
  // Three sessions a year since 2006: session 43 met in 2020.
  {
    key: 'hrc',
    names: ['مجلس حقوق الإنسان'],
    sessions: [1, 70],
    parent: 'ga',
    sessionYears: { first: 2006, perYear: 3 },
    symbols: { resolution: 'A/HRC/RES/{n}', decision: 'A/HRC/DEC/{n}' },
    akn: 'unhrc',
  },
  // Session 28 met in 2019.
  { key: 'ccpcj', names: ['لجنة منع الجريمة والعدالة الجنائية'], sessions: [1, 40], parent: 'ecosoc', sessionYears: { first: 1992, perYear: 1 } },
  // Session 62 met in 2019.
  { key: 'cnd', names: ['لجنة المخدرات'], sessions: [1, 75], parent: 'ecosoc', sessionYears: { first: 1958, perYear: 1 } },
  // Session 63 met in 2019.
  { key: 'csw', names: ['لجنة وضع المرأة'], sessions: [1, 75], parent: 'ecosoc', sessionYears: { first: 1957, perYear: 1 } },
  { key: 'crime-congress', names: ['مؤتمر الأمم المتحدة لمنع الجريمة والعدالة الجنائية'], sessions: [1, 20] },
  // The human rights treaty bodies, as their reports' mastheads name them.
  { key: 'ccpr', names: ['اللجنة المعنية بحقوق الإنسان'], sessions: [1, 150] },
  { key: 'cerd', names: ['لجنة القضاء على التمييز العنصري'], sessions: [1, 120] },
  { key: 'cescr', names: ['اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية'], sessions: [1, 80] },
  { key: 'cedaw', names: ['اللجنة المعنية بالقضاء على التمييز ضد المرأة'], sessions: [1, 100] },
  { key: 'crc', names: ['لجنة حقوق الطفل'], sessions: [1, 100] },
  { key: 'cat', names: ['لجنة مناهضة التعذيب'], sessions: [1, 90] },
  { key: 'cmw', names: ['اللجنة المعنية بحماية حقوق جميع العمال المهاجرين وأفراد أسرهم'], sessions: [1, 40] },
  { key: 'crpd', names: ['اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة'], sessions: [1, 40] },
  { key: 'ced', names: ['اللجنة المعنية بحالات الاختفاء القسري'], sessions: [1, 40] },
];

/** When the organ is unknown: the widest range (the General Assembly's). */
export const DEFAULT_SESSIONS: [number, number] = [1, 80];

/** Subsidiary bodies (working groups, expert groups) open with one of these words. */
export const SUBSIDIARY_OPENINGS = ['الفريق العامل', 'فريق الخبراء', 'الفريق الحكومي الدولي', 'اللجنة الفرعية'];
