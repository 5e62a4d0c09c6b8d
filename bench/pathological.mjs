// Hostile inputs for the robustness tests and the benchmark, each made at a given scale
// (1 = the size the benchmark starts from).
const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const words = (n) => Array.from({ length: n }, (_, i) => ARABIC.slice(i % 20, (i % 20) + 2 + (i % 5))).join(' ');

export const PATHOLOGICAL = {
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
