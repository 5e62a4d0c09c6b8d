// The kinds of line that open a block, and what each needs before it to open one in text
// that has no blank lines between paragraphs (pdftotext's default output, one line per
// paragraph, right-aligned layout):
//   nothing     it opens a block whatever came before it: nothing in running prose
//               starts a line like it (١٣ - , أولاً - , التوصية ١ , a job number, * note);
//   clause-end  only after a line that ends a clause (، ؛ . :) or stops well short of the
//               text's width: prose wraps onto lines that start with a bracket, a quote,
//               a dash or إن as well;
//   comma-end   only after a line that ends in a comma, semicolon or colon, or stops short:
//               a recital follows the formula or the recital before it, never a full stop
//               (after one, وقد … starts a sentence of the same paragraph).

export type OpeningKind =
  | 'furniture'
  | 'numbered' // ١٣ -
  | 'numbered-other' // 13. 13)
  | 'lettered' // (أ)
  | 'point' // ‘1‘
  | 'chapter' // أولاً -
  | 'section' // ألف -
  | 'recommendation' // التوصية ١
  | 'note-number' // (1) a note's definition, or an item
  | 'note-asterisk' // * a note's definition
  | 'markdown-heading' // # …
  | 'formula' // إن الجمعية العامة،  (the whole line)
  | 'formula-start' // إن مؤتمر الأطراف …  (running on to the next line)
  | 'recital' // وإذ تشير …
  | 'closing' // الجلسة العامة ٤٠ / ٦ تموز/يوليه ٢٠١٧
  | 'bullet'; // - …

export type OpeningNeeds = 'nothing' | 'clause-end' | 'comma-end';

export const OPENING_NEEDS: Record<OpeningKind, OpeningNeeds> = {
  furniture: 'nothing',
  numbered: 'nothing',
  chapter: 'nothing',
  section: 'nothing',
  recommendation: 'nothing',
  'note-asterisk': 'nothing',
  'markdown-heading': 'nothing',
  formula: 'nothing',
  'numbered-other': 'clause-end',
  lettered: 'clause-end',
  point: 'clause-end',
  'note-number': 'clause-end',
  'formula-start': 'clause-end',
  recital: 'comma-end',
  closing: 'clause-end',
  bullet: 'clause-end',
};
