// The header line that says what kind of document this is. Checked in order: the first
// row whose pattern matches the line (after folding) wins, so longer phrases come first.
import type { DocumentKind } from '../types.js';
import { foldArabic } from './fold.js';

export const KIND_LINES: Array<{ kind: DocumentKind; pattern: RegExp }> = [
  { kind: 'revised-draft-resolution', pattern: /^مشروع قرار منقح/ },
  { kind: 'draft-resolution', pattern: /^مشروع قرار/ },
  { kind: 'draft-decision', pattern: /^مشروع مقرر/ },
  { kind: 'draft-report', pattern: /^مشروع (ال)?تقرير/ },
  // One resolution, two (قراران اتخذتهما) or several (قرارات اتخذتها), with or without
  // the relative pronoun (القرار الذي اتخذته، القراران اللذان اتخذتهما، القرارات التي اتخذتها).
  { kind: 'resolution', pattern: /^(ال)?قرار(ان|ات)? (?:(?:الذي|اللذان|التي) )?(اتخذ|اتخذه|اتخذته|اتخذهما|اتخذتهما|اتخذتها|اعتمد|اعتمده|اعتمدته|اعتمدهما|اعتمدتهما|اعتمدتها)/ },
  { kind: 'decision', pattern: /^(ال)?مقرر(ان|ات)? (?:(?:الذي|اللذان|التي) )?(اتخذ|اتخذه|اتخذته|اتخذهما|اتخذتهما|اتخذتها|اعتمد|اعتمده|اعتمدته|اعتمدهما|اعتمدتهما|اعتمدتها)/ },
  { kind: 'resolution', pattern: /^الذي اتخذه مجلس الامن/ },
  // Treaty bodies: concluding observations, lists of issues, summary records.
  { kind: 'concluding-observations', pattern: /^(ال)?ملاحظات الختاميه/ },
  { kind: 'list-of-issues', pattern: /^قائمه (ال)?(مسائل|قضايا)/ },
  { kind: 'summary-record', pattern: /^(ال)?محضر (ال)?موجز/ },
  { kind: 'report', pattern: /^تقرير/ },
  { kind: 'note', pattern: /^مذكره/ },
  { kind: 'agenda', pattern: /^جدول الاعمال المؤقت( وشروحه)?$/ },
];

/** The kind a header line names, or null. */
export function kindOf(text: string): DocumentKind | null {
  const folded = foldArabic(text);
  return KIND_LINES.find(({ pattern }) => pattern.test(folded))?.kind ?? null;
}

/** Kinds whose body is a resolution's or a decision's, formula or not. */
export const RESOLUTION_KINDS: ReadonlyMap<DocumentKind, 'resolution' | 'decision'> = new Map([
  ['resolution', 'resolution'],
  ['draft-resolution', 'resolution'],
  ['revised-draft-resolution', 'resolution'],
  ['decision', 'decision'],
  ['draft-decision', 'decision'],
]);
