// Hostile inputs for the robustness tests and the benchmark, each made at a given scale
// (1 = the size the benchmark starts from).
const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const words = (n) => Array.from({ length: n }, (_, i) => ARABIC.slice(i % 20, (i % 20) + 2 + (i % 5))).join(' ');

/** A recital that cites a resolution and a date, as a document run together on one line repeats it. */
const CITING = 'وإذ يشير إلى قراره المؤرخ ١٩ كانون الأول/ديسمبر ٢٠٠٦ بشأن الاتجار بالأشخاص، ';
/** `chars` characters of citing prose on one line. */
export const citingLine = (chars) => CITING.repeat(Math.ceil(chars / CITING.length)).slice(0, chars);

export const PATHOLOGICAL = {
  'one line of citing prose (0.4 M characters)': (scale) => citingLine(Math.round(400_000 * scale)),
  '40,000 operative paragraphs': (scale) => `إن المجلس،\n\n${Array.from({ length: 40_000 * scale }, (_, i) => `${i + 1} - يقرر أن يبقي المسألة قيد نظره؛`).join('\n\n')}`,
  '20,000 definitions of note (1)': (scale) => `أولاً - مقدمة\n\n١ - نص يشير إلى الملاحظة⁽¹⁾.\n\n${'(1) ملاحظة.\n\n'.repeat(20_000 * scale)}`,
  'a 20 MB file with no newline': (scale) => words(Math.round(4_000_000 * scale)),
  '100,000 nested brackets': (scale) => `${'['.repeat(100_000 * scale)} نص ${']'.repeat(100_000 * scale)}`,
  '100,000 emphasis markers': (scale) => `${'*'.repeat(100_000 * scale)}نص${'*'.repeat(100_000 * scale)}`,
  '50,000 list items': (scale) => Array.from({ length: 50_000 * scale }, (_, i) => `- ${i + 1}- بند ${i}؛`).join('\n'),
  'a line of 1 MB of Arabic-Indic digits': (scale) => '١'.repeat(1_000_000 * scale),
  'thousands of footnote markers with no definitions': (scale) =>
    `١ - ${Array.from({ length: 5000 * scale }, (_, i) => `نص⁽${'¹²³'[i % 3]}⁾ كلمة^(${i})`).join(' ')}.`,
  'lists and paragraphs alternating': (scale) => Array.from({ length: 20_000 * scale }, (_, i) => `- بند ${i}\n\nفقرة ${i}`).join('\n\n'),
  'delimiter-heavy paragraphs': (scale) =>
    Array.from({ length: 2000 * scale }, () => ' *نص'.repeat(50) + ' _ن'.repeat(49)).join('\n\n'),
};
