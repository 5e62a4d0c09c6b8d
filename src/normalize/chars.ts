// Character folding for `text`: digits to ASCII, presentation forms to base letters,
// invisible controls removed, every kind of space to one plain space. Letters, hamza
// forms, diacritics and punctuation pass through unchanged.

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** Arabic-Indic and Extended Arabic-Indic digits → ASCII; anything else unchanged. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const cp = d.charCodeAt(0);
    return String(cp >= EXTENDED_ARABIC_INDIC_ZERO ? cp - EXTENDED_ARABIC_INDIC_ZERO : cp - ARABIC_INDIC_ZERO);
  });
}

/** Zero-width and bidirectional controls that PDF conversion leaves in the text. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u061C\u00AD]/;
const SPACE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff);
}

/** What one source character becomes in `text`: '' to drop it, ' ' for any space. */
export function foldChar(ch: string): string {
  const cp = ch.charCodeAt(0);
  if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06f0 && cp <= 0x06f9)) return toAsciiDigits(ch);
  if (INVISIBLE.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (isPresentationForm(cp)) return ch.normalize('NFKC');
  return ch;
}

export interface Folded {
  text: string;
  /** map[i] = source offset of text[i]. */
  map: number[];
}

/**
 * Folds source[start, end) into one line of text: characters folded, spans in `skip`
 * (sorted, absolute offsets: footnote markers, markdown syntax) left out, runs of
 * white space collapsed to one space and the ends trimmed. Keeps the offset map.
 */
export function foldSpan(source: string, start: number, end: number, skip: Array<[number, number]> = []): Folded {
  let text = '';
  const map: number[] = [];
  let k = 0;
  let pendingSpace = -1;
  for (let i = start; i < end; i++) {
    while (k < skip.length && skip[k][1] <= i) k++;
    if (k < skip.length && skip[k][0] <= i) {
      i = skip[k][1] - 1;
      continue;
    }
    const out = foldChar(source[i]);
    if (out === '') continue;
    if (out === ' ') {
      if (text.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    text += out;
    for (let j = 0; j < out.length; j++) map.push(i);
  }
  return { text, map };
}

/** Whole-string convenience: the folded text alone. */
export function normalizeText(s: string): string {
  return foldSpan(s, 0, s.length).text;
}
