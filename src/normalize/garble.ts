// A sign that the PDF conversion garbled the text beyond what the reading-order stage
// repairs: Arabic still in visual (reversed) order. Reported, never "repaired".
import type { Diagnostic } from '../types.js';

/** Arabic letters (hamza to yeh), the characters a word is counted from. */
const isArabicLetter = (c: number) => c >= 0x0621 && c <= 0x064a;
const ALEF = 0x0627;
const LAM = 0x0644;
/** Enough text to tell the order apart without reading a whole archive-sized file. */
const SAMPLE = 8_000;
/** Enough words to tell the order apart. */
const MIN_WORDS = 40;

/**
 * In logical order many words start with the article ال; reversed, they end in لا. When
 * words (runs of three or more Arabic letters) ending in لا clearly outnumber those
 * starting with ال, the order is visual. A scan by character code: it runs on every
 * document, and matching words with a regular expression allocated more than the rest
 * of the parse's normalization.
 */
function looksVisualOrder(text: string): boolean {
  let words = 0;
  let article = 0;
  let reversedArticle = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; ) {
    if (!isArabicLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isArabicLetter(text.charCodeAt(j))) j++;
    if (j - i >= 3) {
      words++;
      if (text.charCodeAt(i) === ALEF && text.charCodeAt(i + 1) === LAM) article++;
      if (text.charCodeAt(j - 2) === LAM && text.charCodeAt(j - 1) === ALEF) reversedArticle++;
    }
    i = j;
  }
  return words >= MIN_WORDS && reversedArticle > 3 * Math.max(article, 1);
}

/** Arabic still in visual order after the reading-order stage: reported, never guessed at further. */
export function garbleDiagnostics(text: string): Diagnostic[] {
  if (!looksVisualOrder(text)) return [];
  return [
    {
      severity: 'warning',
      code: 'visual-order',
      message: 'the Arabic looks reversed (visual order from the PDF): words end in لا far more often than they start with ال',
      line: null,
    },
  ];
}
