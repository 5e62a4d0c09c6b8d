// How a resolution's parts open. The formula names the organ (إن المجلس …،); preambular
// paragraphs open with إذ / وإذ or a participle phrase; closing lines name the meeting.

/** `إن` + the organ: إن الجمعية العامة، / إن مؤتمر الأطراف … / إن لجنة … */
export const FORMULA_OPENING = /^إن[\u064B-\u0652]*\s+(?:ال|مؤتمر|مجلس|لجنة|هيئة|فريق)/;
/** A formula is a short line ending in a comma, or (in a decision) runs on into its recitals. */
export const FORMULA_MAX = 250;
export const FORMULA_END = /[،,:]$/;
export const FORMULA_INTO_PREAMBLE = /،\s*و?إذ\s/;

/** Openings of a preambular paragraph ("Recalling", "Having considered", "Convinced"…). */
export const PREAMBULAR_OPENINGS: RegExp[] = [
  // و + إذ + a verb; the و may stand apart, or in bold of its own (و إذ, **و** **إذ**).
  /^[\s*]*(?:و[\s*]*)?إذ[\u064B-\u0652]*[\s*]/,
  /^و[\s*]*قد\s/,
  /^و?إدراكا?ً?\s+منه/,
  /^و?اقتناعا?ً?\s+منه/,
  /^و?اعترافا?ً?\s/,
  /^و?تسليما?ً?\s/,
  /^و?اقتناعاً?\s/,
  // A verbal noun and «منه / منها / منهم» (وإيماناً منها، وحرصاً منه، وتصميماً منها, ورغبة منه،
  // واستجابة منه): the noun ends in its accusative alif or its ta marbuta.
  /^و?[\u0621-\u064A]{3,}(?:اً?|ةً?)\s+منه(?:ا|م)?(?:\s|[،,]|$)/,
];

/**
 * The meeting line under the last operative paragraph: الجلسة العامة ٤٠, or spelled out,
 * الجلسة العامة الثانية والستون. Group 1: «العامة» (plenary); group 2: the number.
 */
export const CLOSING_MEETING = /^الجلسة(\s+العامة)?\s+(\d+|ال[\u0621-\u064A]+(?:\s+و?ال[\u0621-\u064A]+|\s+عشرة?)?)\.?(?:\s*[،,]?\s*(\d{1,2}\s+\S.*\d{4})\.?)?$/;
