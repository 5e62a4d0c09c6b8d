// The header line that says what kind of document this is. Checked in order: the first
// row whose pattern matches the line (after folding) wins, so longer phrases come first.
import type { DocumentKind } from '../types.js';

export const KIND_LINES: Array<{ kind: DocumentKind; pattern: RegExp }> = [
  { kind: 'revised-draft-resolution', pattern: /^مشروع قرار منقح/ },
  { kind: 'draft-resolution', pattern: /^مشروع قرار/ },
  { kind: 'draft-decision', pattern: /^مشروع مقرر/ },
  { kind: 'draft-report', pattern: /^مشروع (ال)?تقرير/ },
  { kind: 'resolution', pattern: /^(ال)?قرار (اتخذ|اتخذه|اتخذته|اعتمد|اعتمده|اعتمدته)/ },
  { kind: 'decision', pattern: /^(ال)?مقرر (اتخذ|اتخذه|اتخذته|اعتمد|اعتمده|اعتمدته)/ },
  { kind: 'resolution', pattern: /^الذي اتخذه مجلس الامن/ },
  { kind: 'report', pattern: /^تقرير/ },
  { kind: 'note', pattern: /^مذكره/ },
  { kind: 'agenda', pattern: /^جدول الاعمال المؤقت( وشروحه)?$/ },
];
