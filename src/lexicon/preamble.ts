// How a resolution's parts open. The formula names the organ (إن المجلس …،); preambular
// paragraphs open with إذ / وإذ or a participle phrase; closing lines name the meeting.

/** `إن` + the organ, ending in a comma (or, in a decision, running on into the preamble). */
export const FORMULA = /^إن\s+\S/;

/** Openings of a preambular paragraph ("Recalling", "Having considered", "Convinced"…). */
export const PREAMBULAR_OPENINGS: RegExp[] = [
  /^و?إذ\s/,
  /^وقد\s/,
  /^و?إدراكا?ً?\s+منه/,
  /^و?اقتناعا?ً?\s+منه/,
  /^و?اعترافا?ً?\s/,
  /^و?تسليما?ً?\s/,
  /^و?اقتناعاً?\s/,
];

/**
 * The meeting line under the last operative paragraph: الجلسة العامة ٤٠, or spelled out,
 * الجلسة العامة الثانية والستون. Group 1: «العامة» (plenary); group 2: the number.
 */
export const CLOSING_MEETING = /^الجلسة(\s+العامة)?\s+(\d+|ال[\u0621-\u064A]+(?:\s+و?ال[\u0621-\u064A]+|\s+عشرة?)?)\.?$/;
