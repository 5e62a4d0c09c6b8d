// What one line of source opens, read from its own text only: page furniture, an
// enumerator (paragraph number, lettered clause, point, heading ordinal, note), a formula,
// a recital, a closing line or a markdown bullet. The paragraph stage uses it to find
// block boundaries in text without blank lines; the structure stage to cut pieces.
import { ABJAD } from '../lexicon/abjad.js';
import { FURNITURE, TOC_ENTRY } from '../lexicon/furniture.js';
import { OPENING_NEEDS, type OpeningKind, type OpeningNeeds } from '../lexicon/openings.js';
import { CLOSING_MEETING, FORMULA_END, FORMULA_INTO_PREAMBLE, FORMULA_MAX, FORMULA_OPENING, PREAMBULAR_OPENINGS } from '../lexicon/preamble.js';
import { normalizeText } from '../normalize/chars.js';
import { isDateLine } from '../normalize/dates.js';
import { readEnumerator, type Enumerator } from '../normalize/enumerators.js';
import type { ArtifactKind } from '../types.js';

export type { OpeningKind } from '../lexicon/openings.js';

/** Furniture is short: a recycling line, a job number, a page number, a symbol. */
const FURNITURE_MAX = 80;

export function furnitureKind(line: string): ArtifactKind | null {
  const text = line.trim();
  // Furniture is short, a footer of two columns included: a longer line is never folded for it.
  if (text.length > 2 * FURNITURE_MAX) return null;
  const folded = normalizeText(text);
  for (const { kind, pattern } of FURNITURE) if (text.length <= FURNITURE_MAX && pattern.test(folded)) return kind;
  // Two items of a page's footer in columns on one line (pdftotext -layout: 2/7      V.19-08626).
  const columns = text.split(COLUMN_GAP);
  if (columns.length > 1 && columns.length <= 3) {
    const kinds = columns.map((c) => FURNITURE.find((f) => f.pattern.test(normalizeText(c)))?.kind);
    if (kinds.every((k) => k !== undefined)) return kinds[0]!;
  }
  return null;
}

/** The space -layout leaves between columns: more than justification ever puts between words. */
const COLUMN_GAP = /\s{3,}/;

/** A contents line: a chapter or section heading followed by its paragraph numbers and page. */
export function isContentsLine(enumerator: Enumerator | null, line: string): boolean {
  return (enumerator?.kind === 'chapter' || enumerator?.kind === 'section') && TOC_ENTRY.test(normalizeText(line));
}

/** A formula that lost its comma in conversion is still a short line naming the organ, with no other punctuation. */
const BARE_FORMULA_MAX = 90;
const ANY_PUNCTUATION = /[.:;؛،,!?؟…]/;

export function isFormula(text: string): boolean {
  if (!FORMULA_OPENING.test(text)) return false;
  if (text.length <= BARE_FORMULA_MAX && !ANY_PUNCTUATION.test(text)) return true;
  return (text.length <= FORMULA_MAX && FORMULA_END.test(text)) || FORMULA_INTO_PREAMBLE.test(text);
}

/** The meeting line or the adoption date (or both) under a resolution's last operative paragraph. */
export function isClosingLine(text: string): boolean {
  const meeting = CLOSING_MEETING.exec(text);
  return meeting ? meeting[3] === undefined || isDateLine(meeting[3]) : isDateLine(text);
}

const LETTERS_OF = new Map(ABJAD.map((row) => [row.n, row.letters]));

/**
 * A lettered clause whose line also holds the next one glued to «و» after a clause's end
 * (`(أ) المساعدة التشريعية؛ و(ب) …`) is a list inside a paragraph, not a block of its own.
 */
export function isInlineList(line: string, enumerator: Enumerator): boolean {
  if (enumerator.kind !== 'lettered') return false;
  const next = LETTERS_OF.get(enumerator.number + 1);
  if (!next) return false;
  const rest = line.slice(enumerator.length);
  return next.some((letter) => rest.includes(`و(${letter})`) || rest.includes(`و (${letter})`));
}

/** Headings and closing lines are short; a long line that starts like one is prose. */
const SHORT_OPENING_MAX = 120;
/** A paragraph number written with a dash (١٣ -), as against 13. or 13) */
const DASHED_NUMBER = /^[\s*]*(?:[-\u2010-\u2015\u2212]\s+)?[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}\s*[-\u2010-\u2015\u2212]/;
/** A markdown bullet, and bold or emphasis marks, in front of a line's words. */
const LEADING_MARKUP = /^(?:[-+]\s+|\*{1,2}(?=\S))+/;
const MARKDOWN_HEADING = /^#{1,6}\s/;

export interface Opening {
  kind: OpeningKind;
  /** What must stand before the line for it to start a block in text without blank lines. */
  needs: OpeningNeeds;
  enumerator: Enumerator | null;
}

function opening(kind: OpeningKind, enumerator: Enumerator | null = null): Opening {
  return { kind, needs: OPENING_NEEDS[kind], enumerator };
}

/** What `line` (one source line, as written) opens, or null for a line that only continues text. */
export function lineOpening(line: string): Opening | null {
  const text = line.trim();
  if (text === '') return null;
  if (furnitureKind(text)) return opening('furniture');
  const e = readEnumerator(text);
  if (isContentsLine(e, text)) return opening('furniture');
  if (e) {
    switch (e.kind) {
      case 'chapter':
      case 'section':
      case 'recommendation':
        return text.length < SHORT_OPENING_MAX ? opening(e.kind, e) : null;
      case 'numbered':
        return opening(DASHED_NUMBER.test(text) ? 'numbered' : 'numbered-other', e);
      case 'lettered':
        return isInlineList(text, e) ? null : opening(e.kind, e);
      default:
        return opening(e.kind, e);
    }
  }
  if (MARKDOWN_HEADING.test(text)) return opening('markdown-heading');
  const words = normalizeText(text.replace(LEADING_MARKUP, ''));
  if (text.length < SHORT_OPENING_MAX && isClosingLine(words)) return opening('closing');
  if (isFormula(words) && FORMULA_END.test(words)) return opening('formula');
  if (FORMULA_OPENING.test(words)) return opening('formula-start');
  if (PREAMBULAR_OPENINGS.some((re) => re.test(words))) return opening('recital');
  if (/^[-+*]\s+\S/.test(text)) return opening('bullet');
  return null;
}
