// Month names. Arabic UN texts pair the Syriac name with the Latin one
// (تشرين الأول/أكتوبر); either half alone is also recognised. English names are for the
// header's issue date.

export const MONTHS: Array<{ n: number; syriac: string; latin: string[]; english: string }> = [
  { n: 1, syriac: 'كانون الثاني', latin: ['يناير'], english: 'January' },
  { n: 2, syriac: 'شباط', latin: ['فبراير'], english: 'February' },
  { n: 3, syriac: 'آذار', latin: ['مارس'], english: 'March' },
  { n: 4, syriac: 'نيسان', latin: ['أبريل', 'ابريل', 'إبريل'], english: 'April' },
  { n: 5, syriac: 'أيار', latin: ['مايو'], english: 'May' },
  { n: 6, syriac: 'حزيران', latin: ['يونيه', 'يونيو'], english: 'June' },
  { n: 7, syriac: 'تموز', latin: ['يوليه', 'يوليو'], english: 'July' },
  { n: 8, syriac: 'آب', latin: ['أغسطس', 'اغسطس'], english: 'August' },
  { n: 9, syriac: 'أيلول', latin: ['سبتمبر'], english: 'September' },
  { n: 10, syriac: 'تشرين الأول', latin: ['أكتوبر', 'اكتوبر'], english: 'October' },
  { n: 11, syriac: 'تشرين الثاني', latin: ['نوفمبر'], english: 'November' },
  { n: 12, syriac: 'كانون الأول', latin: ['ديسمبر'], english: 'December' },
];
