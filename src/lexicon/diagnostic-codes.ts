// Every diagnostic code the parser can report, with what it means. --quiet-code and
// --only-code take only these (a typo would otherwise hide nothing, silently), and a test
// checks that each code written in src/ is a row here.
export const DIAGNOSTIC_CODES = {
  'encoding-fallback': 'the text was not valid UTF-8 and was read as Windows-1256',
  'unmapped-glyphs': 'the converter wrote NUL or U+FFFD for glyphs it could not map to letters',
  'visual-order': 'lines are in visual (reversed) order',
  'reading-order-repaired': 'lines a converter wrote in visual order or with bidi marks were put in logical order',
  'reading-order-broken': 'words a converter interleaved beyond repair',
  'presentation-forms': 'Arabic presentation forms in the text',
  'markdown-skipped': 'a construct the markdown pass could not take',
  'footnote-undefined': 'a note is cited but never defined',
  'footnote-unused': 'a note is defined but never cited',
  'unclassified-text': 'text that is no block the layout knows',
  'layout-unrecognised': 'the body is laid out as no known kind of document',
  'numbering-duplicate': 'a number repeats the one before it',
  'numbering-out-of-order': 'a number out of sequence',
  'numbering-gap': 'numbers missing from a sequence',
  'draft-brackets': 'a draft keeps square brackets',
  'metadata-unparsed': 'a header field that could not be read',
  'number-order-ambiguous': 'the document number reads either way round',
  'header-unclaimed': 'header text that is no field, title or agenda item',
  'reference-ambiguous': 'a cited number reads either way round, with no evidence to decide',
  'select-unknown': '--select names a block the document does not have',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export const isDiagnosticCode = (code: string): code is DiagnosticCode => Object.hasOwn(DIAGNOSTIC_CODES, code);
