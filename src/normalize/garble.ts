// Signs that the PDF conversion garbled the text: Arabic in visual (reversed) order, and
// presentation-form glyphs instead of letters. Reported, never "repaired".
import type { Diagnostic } from '../types.js';

const ARABIC_WORD = /[\u0621-\u064A]{3,}/g;
/** Enough text to tell the order apart without reading a whole archive-sized file. */
const SAMPLE = 8_000;
/** Enough words to tell the order apart. */
const MIN_WORDS = 40;
const PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFE]/g;

/**
 * In logical order many words start with the article ال; reversed, they end in لا. When
 * words ending in لا clearly outnumber those starting with ال, the order is visual.
 */
function looksVisualOrder(text: string): boolean {
  let words = 0;
  let article = 0;
  let reversedArticle = 0;
  for (const [w] of text.slice(0, SAMPLE).matchAll(ARABIC_WORD)) {
    words++;
    if (w.startsWith('ال')) article++;
    if (w.endsWith('لا')) reversedArticle++;
  }
  return words >= MIN_WORDS && reversedArticle > 3 * Math.max(article, 1);
}

/** `lineOf` maps an offset in `text` to its line. */
export function garbleDiagnostics(text: string, lineOf: (offset: number) => number): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (looksVisualOrder(text)) {
    out.push({
      severity: 'warning',
      code: 'visual-order',
      message: 'the Arabic looks reversed (visual order from the PDF): words end in لا far more often than they start with ال',
      line: null,
    });
  }
  const forms = [...text.matchAll(PRESENTATION_FORM)];
  if (forms.length > 0) {
    out.push({
      severity: 'warning',
      code: 'presentation-forms',
      message: `${forms.length} presentation-form glyph(s) folded to base letters in text`,
      line: lineOf(forms[0].index!),
    });
  }
  return out;
}
