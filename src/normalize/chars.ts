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

/** What each UTF-16 code unit does in `text`: kept, dropped, a space, a digit, or NFKC-folded. */
const enum Fold {
  Keep = 0,
  Drop = 1,
  Space = 2,
  Digit = 3,
  Compat = 4,
}

const FOLD = new Uint8Array(0x10000);
for (let cp = 0; cp < 0x10000; cp++) {
  const ch = String.fromCharCode(cp);
  if ((cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06f0 && cp <= 0x06f9)) FOLD[cp] = Fold.Digit;
  else if (INVISIBLE.test(ch)) FOLD[cp] = Fold.Drop;
  else if (SPACE.test(ch)) FOLD[cp] = Fold.Space;
  else if (isPresentationForm(cp)) FOLD[cp] = Fold.Compat;
}

/** What one source character becomes in `text`: '' to drop it, ' ' for any space. */
export function foldChar(ch: string): string {
  const cp = ch.charCodeAt(0);
  switch (FOLD[cp]) {
    case Fold.Digit:
      return String((cp >= EXTENDED_ARABIC_INDIC_ZERO ? cp - EXTENDED_ARABIC_INDIC_ZERO : cp - ARABIC_INDIC_ZERO));
    case Fold.Drop:
      return '';
    case Fold.Space:
      return ' ';
    case Fold.Compat:
      return ch.normalize('NFKC');
    default:
      return ch;
  }
}

export interface Folded {
  text: string;
  /** map[i] = source offset of text[i]; empty unless asked for. */
  map: number[];
}

/**
 * Folds source[start, end) into one line of text: characters folded, spans in `skip`
 * (sorted, absolute offsets: footnote markers, markdown syntax) left out, runs of
 * white space collapsed to one space and the ends trimmed. With `withMap`, also the
 * offset map back to the source (for positions in diagnostics and references).
 */
export function foldSpan(source: string, start: number, end: number, skip: Array<[number, number]> = [], withMap = false): Folded {
  let text = '';
  const map: number[] = [];
  let k = 0;
  let pendingSpace = -1;
  let runStart = -1; // a run of characters kept as they are, copied in one slice
  const flushRun = (i: number) => {
    if (runStart < 0) return;
    text += source.slice(runStart, i);
    if (withMap) for (let j = runStart; j < i; j++) map.push(j);
    runStart = -1;
  };
  for (let i = start; i < end; i++) {
    while (k < skip.length && skip[k][1] <= i) k++;
    if (k < skip.length && skip[k][0] <= i) {
      flushRun(i);
      i = skip[k][1] - 1;
      continue;
    }
    const cp = source.charCodeAt(i);
    const fold = FOLD[cp];
    if (fold === Fold.Keep) {
      if (pendingSpace >= 0) {
        text += ' ';
        if (withMap) map.push(pendingSpace);
        pendingSpace = -1;
      }
      if (runStart < 0) runStart = i;
      continue;
    }
    flushRun(i);
    if (fold === Fold.Drop) continue;
    if (fold === Fold.Space) {
      if (text.length > 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    const out = foldChar(source[i]);
    if (pendingSpace >= 0) {
      text += ' ';
      if (withMap) map.push(pendingSpace);
      pendingSpace = -1;
    }
    text += out;
    if (withMap) for (let j = 0; j < out.length; j++) map.push(i);
  }
  flushRun(end);
  return { text, map };
}

/** Whole-string convenience: the folded text alone. */
export function normalizeText(s: string): string {
  return foldSpan(s, 0, s.length).text;
}
