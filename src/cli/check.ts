// `--check <dir>`: parse every .txt under a folder and compare with the .json snapshot
// beside it; report each difference by document, block and field; `--update` rewrites
// what differs. Snapshots are pretty JSON with paths relative to the folder, so the same
// fixtures give byte-identical snapshots wherever they are checked.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { toJson } from '../emit/json.js';
import { parseDocument, UnreadableInputError } from '../index.js';
import type { ParsedDocument } from '../types.js';
import { diffDocuments, type Difference } from './diff.js';
import type { Reporter } from './report.js';

export interface CheckOptions {
  update: boolean;
  report: Reporter;
}

export function snapshotText(doc: ParsedDocument): string {
  return `${toJson(doc, true)}\n`;
}

export function snapshotPath(txt: string): string {
  return txt.replace(/\.txt$/i, '.json');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function checkSnapshots(dir: string, { update, report }: CheckOptions): number {
  if (!existsSync(dir)) {
    report.error(dir, 'no such folder');
    return 2;
  }
  if (!statSync(dir).isDirectory()) {
    report.error(dir, 'not a folder: --check and --update take the folder that holds the .txt files and their snapshots');
    return 2;
  }
  const c = report.colours;
  const files = fg.sync('**/*.txt', { cwd: dir, onlyFiles: true }).sort();
  let changed = 0;
  let missing = 0;
  let unreadable = 0;
  let corrupt = 0;
  const written: string[] = [];
  for (const rel of files) {
    const snapRel = snapshotPath(rel);
    let doc: ParsedDocument;
    try {
      doc = parseDocument(readFileSync(join(dir, rel)), { path: rel });
    } catch (e) {
      report.error(join(dir, rel), e instanceof UnreadableInputError ? e.message : `internal error: ${(e as Error).message}`);
      unreadable++;
      continue;
    }
    const actual = snapshotText(doc);
    const snapFile = join(dir, snapRel);
    const expected = existsSync(snapFile) ? readFileSync(snapFile, 'utf8') : null;
    if (expected === actual) continue;
    if (expected === null) {
      missing++;
      report.plain(`${c.yellow('missing')} ${c.bold(snapRel)}: no snapshot for ${rel}\n`);
    } else {
      const before = parseSnapshot(expected);
      if (before === null) {
        // Reported and counted, and the other documents still checked; --update rewrites it.
        corrupt++;
        report.error(snapFile, 'corrupt snapshot (not JSON)');
      } else {
        changed++;
        const diffs = diffDocuments(before, doc);
        report.plain(`${c.red('changed')} ${c.bold(rel)}: ${plural(diffs.length, 'difference')}\n`);
        for (const d of diffs) report.plain(formatDifference(d, report));
      }
    }
    if (update) {
      writeFileSync(snapFile, actual);
      written.push(snapRel);
    }
  }
  const parts = [`${changed} of ${plural(files.length, 'document')} changed`];
  if (missing > 0) parts.push(plural(missing, 'missing snapshot'));
  if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  if (corrupt > 0) parts.push(plural(corrupt, 'corrupt snapshot'));
  report.plain(`${parts.join(', ')}\n`);
  if (update && written.length > 0) report.plain(`updated ${written.join(', ')}\n`);
  if (unreadable > 0 || (corrupt > 0 && !update)) return 2;
  return !update && changed + missing > 0 ? 1 : 0;
}

function parseSnapshot(text: string): ParsedDocument | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'blocks' in value ? (value as ParsedDocument) : null;
  } catch {
    return null;
  }
}

function formatDifference(d: Difference, report: Reporter): string {
  const c = report.colours;
  const where = d.line === null ? '' : c.dim(` (line ${d.line})`);
  if (d.old === '') return `  ${d.path}: ${d.new}\n`; // a count: what an insertion above moved
  return `  ${d.path}${where}\n    ${c.red(`- ${d.old}`)}\n    ${c.green(`+ ${d.new}`)}\n`;
}
