// The shape of a UN document symbol (CTOC/COP/2012/1, E/CN.15/2019/L.3/Rev.1, A/71/119,
// A/RES/ES-11/1, A/HRC/RES/S-27/1, S/RES/2504 (2020)), written once for every stage that
// looks for one: the header, the references and the page furniture.

/** A series (A, E, CTOC, S, up to eight capitals, perhaps with `.n`), then its `/` parts. */
export const SYMBOL_SOURCE = String.raw`[A-Z]{1,8}(?:\.\d+)?(?:\/(?:ES-\d+|[A-Z0-9][A-Za-z0-9.]*(?:-\d+)?))+`;
/** The year a Security Council resolution's symbol carries: ` (2020)`. */
export const SYMBOL_YEAR_SOURCE = String.raw`\s?\(\d{4}\)`;
/** A resolution or decision symbol's number in English order: A/RES/74/10 → 74, 10; A/HRC/RES/51/13 → 51, 13. */
export const SYMBOL_NUMBER = /\/(?:RES|DEC)\/(?:ES-)?(\d{1,5})\/(\d{1,5})\b/;
