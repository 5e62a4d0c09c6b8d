// Issuing organs as the Arabic header names them, with a stable English key. A header
// line names the organ when it starts with one of these names.

export const ORGANS: Array<{ key: string; names: string[] }> = [
  {
    key: 'ctoc-cop',
    names: ['مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية'],
  },
  { key: 'cosp', names: ['مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد'] },
  { key: 'ecosoc', names: ['المجلس الاقتصادي والاجتماعي'] },
  { key: 'ga', names: ['الجمعية العامة'] },
  { key: 'sc', names: ['مجلس الأمن'] },
  { key: 'hrc', names: ['مجلس حقوق الإنسان'] },
  { key: 'ccpcj', names: ['لجنة منع الجريمة والعدالة الجنائية'] },
  { key: 'cnd', names: ['لجنة المخدرات'] },
  { key: 'csw', names: ['لجنة وضع المرأة'] },
  { key: 'crime-congress', names: ['مؤتمر الأمم المتحدة لمنع الجريمة والعدالة الجنائية'] },
];

/** Subsidiary bodies (working groups, expert groups) open with one of these words. */
export const SUBSIDIARY_OPENINGS = ['الفريق العامل', 'فريق الخبراء', 'الفريق الحكومي الدولي', 'اللجنة الفرعية'];
