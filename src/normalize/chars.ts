// Character folding for `text`: digits to ASCII, presentation forms to base letters,
// invisible controls and tatweel inside a word (the stretch of justified lines: الأمــم)
// removed, every kind of space to one plain space. A tatweel that ends a letter (لـ 11,
// the enumerator هـ) is kept. Letters, hamza forms, diacritics and punctuation pass
// through unchanged.

const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/** Arabic-Indic and Extended Arabic-Indic digits → ASCII; anything else unchanged. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const cp = d.charCodeAt(0);
    return String(cp >= EXTENDED_ARABIC_INDIC_ZERO ? cp - EXTENDED_ARABIC_INDIC_ZERO : cp - ARABIC_INDIC_ZERO);
  });
}

/** What each UTF-16 code unit does in `text`: kept, dropped, a space, a digit, or NFKC-folded. */
const enum Fold {
  Keep = 0,
  Drop = 1,
  Space = 2,
  Digit = 3,
  Compat = 4,
  /** Tatweel: dropped inside a word, kept where it ends one. */
  Stretch = 5,
}

/** Ranges of code units and what they fold to; everything else is kept. */
const FOLD_RANGES: Array<[number, number, Fold]> = [
  // C0 and C1 control characters (a PDF's form feed and line ends are spaces, below).
  [0x0000, 0x001f, Fold.Drop],
  [0x007f, 0x009f, Fold.Drop],
  [0x0660, 0x0669, Fold.Digit],
  [0x06f0, 0x06f9, Fold.Digit],
  [0x200b, 0x200f, Fold.Drop],
  [0x202a, 0x202e, Fold.Drop],
  [0x2060, 0x2060, Fold.Drop],
  [0x2066, 0x2069, Fold.Drop],
  [0x061c, 0x061c, Fold.Drop],
  [0x0640, 0x0640, Fold.Stretch],
  [0x00ad, 0x00ad, Fold.Drop],
  [0x0009, 0x000d, Fold.Space],
  [0x0020, 0x0020, Fold.Space],
  [0x0085, 0x0085, Fold.Space],
  [0x00a0, 0x00a0, Fold.Space],
  [0x1680, 0x1680, Fold.Space],
  [0x2000, 0x200a, Fold.Space],
  [0x2028, 0x2029, Fold.Space],
  [0x202f, 0x202f, Fold.Space],
  [0x205f, 0x205f, Fold.Space],
  [0x3000, 0x3000, Fold.Space],
  [0xfb50, 0xfdff, Fold.Compat],
  [0xfe70, 0xfefe, Fold.Compat],
  [0xfeff, 0xfeff, Fold.Drop],
];

const SPACE = 0x20;
const FOLD = new Uint8Array(0x10000);
for (const [from, to, fold] of FOLD_RANGES) FOLD.fill(fold, from, to + 1);

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
  // One loop with no helper closure: a closure over text and runStart kept them out of
  // registers, and this loop runs over every character of every line, often twice.
  let text = '';
  const map: number[] = [];
  // The next span to leave out: skip[k] starts at skipFrom (Infinity when there is none).
  let k = 0;
  while (k < skip.length && skip[k][1] <= start) k++;
  let skipFrom = k < skip.length ? skip[k][0] : Infinity;
  let pendingSpace = -1;
  let runStart = -1; // a run of characters kept as they are, copied in one slice
  for (let i = start; i < end; i++) {
    if (i >= skipFrom) {
      if (runStart >= 0) {
        text += source.slice(runStart, i);
        if (withMap) for (let j = runStart; j < i; j++) map.push(j);
        runStart = -1;
      }
      i = skip[k][1] - 1;
      while (k < skip.length && skip[k][1] <= i + 1) k++;
      skipFrom = k < skip.length ? skip[k][0] : Infinity;
      continue;
    }
    const cp = source.charCodeAt(i);
    let fold = FOLD[cp];
    if (fold === Fold.Stretch) fold = stretchesWord(source, i, end) ? Fold.Drop : Fold.Keep;
    if (fold === Fold.Keep) {
      if (pendingSpace >= 0) {
        text += ' ';
        if (withMap) map.push(pendingSpace);
        pendingSpace = -1;
      }
      if (runStart < 0) runStart = i;
      continue;
    }
    // A lone plain space between kept characters stays in the run: text is then copied a
    // line at a time rather than a word at a time.
    if (cp === SPACE && runStart >= 0 && i + 1 < end && i + 1 < skipFrom && FOLD[source.charCodeAt(i + 1)] === Fold.Keep) continue;
    if (runStart >= 0) {
      text += source.slice(runStart, i);
      if (withMap) for (let j = runStart; j < i; j++) map.push(j);
      runStart = -1;
    }
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
  if (runStart >= 0) {
    text += source.slice(runStart, end);
    if (withMap) for (let j = runStart; j < end; j++) map.push(j);
  }
  return { text, map };
}

const TATWEEL = 0x0640;

/** Whether the tatweel at `i` (and any after it) stands between letters of one word. */
function stretchesWord(source: string, i: number, end: number): boolean {
  let j = i + 1;
  while (j < end && source.charCodeAt(j) === TATWEEL) j++;
  const next = j < end ? source.charCodeAt(j) : 0;
  return next >= 0x0621 && next <= 0x064a;
}

/** Whole-string convenience: the folded text alone. */
export function normalizeText(s: string): string {
  return foldSpan(s, 0, s.length).text;
}
