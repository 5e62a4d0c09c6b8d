// Page furniture: what the PDF printed on every page and no paragraph contains. A body
// line that matches one of these patterns whole (after digit folding) is an artifact.
import type { ArtifactKind } from '../types.js';
import { SYMBOL_SOURCE, SYMBOL_YEAR_SOURCE } from './symbols.js';

export const FURNITURE: Array<{ kind: ArtifactKind; pattern: RegExp }> = [
  { kind: 'recycle', pattern: /^الرجاء إعادة الاستعمال\.?$/ },
  { kind: 'recycle', pattern: /^Please recycle\.?$/i },
  // Job numbers: 17-12889 (A), V.19-05432 (A), GE.17-12345(A), often with a barcode.
  { kind: 'job-number', pattern: /^(?:[A-Z]{1,2}\.)?\d{2}-\d{4,6}\s*\([A-Z]\)(?:\s+\*\d+\*)?\s*$/ },
  // Later pages' footer: the job number without (A), alone or beside the page's n/N, in either order.
  { kind: 'job-number', pattern: /^(?:\d{1,3}\s*\/\s*\d{1,3}\s+)?(?:[A-Z]{1,2}\.)?\d{2}-\d{5}(?:\s+\d{1,3}\s*\/\s*\d{1,3})?$/ },
  { kind: 'barcode', pattern: /^\*\d{6,}\*$/ },
  // The rule the PDF draws above a page's footnotes.
  { kind: 'separator', pattern: /^[_\-\u2013\u2014=.*\s]{5,}$/ },
  // A page number: 12, or - 12 - (one dash alone, ١ -, is a paragraph number without its text).
  { kind: 'page-number', pattern: /^(?:\d{1,3}|-\s*\d{1,3}\s*-)$/ },
  { kind: 'page-number', pattern: /^\d{1,3}\s*\/\s*\d{1,3}$/ },
  // A table of contents' caption and column heads.
  { kind: 'toc', pattern: /^(?:المحتويات|الفقرات\s+الصفحة|الصفحة|الفقرات)$/ },
  // A running header: the document symbol alone on its line (A/RES/71/167, E/2017/30).
  { kind: 'running-header', pattern: new RegExp(`^${SYMBOL_SOURCE}(?:${SYMBOL_YEAR_SOURCE})?$`) },
];

/** A heading followed by its paragraphs and page (أولاً - مقدمة .... ١-٥ ٣): a contents line. */
export const TOC_ENTRY = /(?:\.{4,}|…{2,}|\s)\s*\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?\s+\d{1,4}$/;
