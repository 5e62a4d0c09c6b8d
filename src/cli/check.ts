// `--check <dir>`: parse every .txt and .pdf under a folder and compare with the .json snapshot
// beside it; report each difference by document, block and field; `--update` rewrites
// what differs. Snapshots are pretty JSON with paths relative to the folder, so the same
// fixtures give byte-identical snapshots wherever they are checked. Messages name files
// as the user reaches them (the folder as given, then the file under it).
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { toJson } from '../emit/json.js';
import { isPdf, parseDocument, parsePdf, UnreadableInputError } from '../index.js';
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

export function snapshotPath(document: string): string {
  return document.replace(/\.(txt|pdf)$/i, '.json');
}

/** A document as the snapshot holds it: text at once, a PDF through pdf.js. */
async function parseFile(bytes: Buffer, path: string): Promise<ParsedDocument> {
  return isPdf(bytes) ? parsePdf(bytes, { path }) : parseDocument(bytes, { path });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Folders no snapshot lives in: installed packages (hidden folders such as .git are never walked). */
const NOT_WALKED = ['**/node_modules/**'];

/** A Windows checkout (git's autocrlf) writes CRLF: line ends are not content. */
const lf = (s: string) => s.replace(/\r\n/g, '\n');
const CRLF = Buffer.from('\r\n');

/** What is in the snapshot's place: its text, nothing, or why it cannot be read. */
function readSnapshot(file: string): { text: string | null; problem: string | null } {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return { text: null, problem: null };
  if (!stat.isFile()) return { text: null, problem: 'is a folder, not a snapshot file: move it away' };
  try {
    return { text: lf(readFileSync(file, 'utf8')), problem: null };
  } catch (e) {
    return { text: null, problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

/** Whether a .json file is one of ours: a snapshot whose .txt was deleted, not some other JSON. */
function isSnapshot(file: string): boolean {
  const text = readSnapshot(file).text;
  return text !== null && parseSnapshot(text) !== null;
}

export async function checkSnapshots(dir: string, { update, report }: CheckOptions): Promise<number> {
  if (!existsSync(dir)) {
    report.error(dir, 'no such folder');
    return 2;
  }
  if (!statSync(dir).isDirectory()) {
    report.error(dir, 'not a folder: --check and --update take the folder that holds the .txt files and their snapshots');
    return 2;
  }
  const c = report.colours;
  const shown = (rel: string) => join(dir, rel);
  const files = fg.sync('**/*.{txt,pdf}', { cwd: dir, onlyFiles: true, ignore: NOT_WALKED, caseSensitiveMatch: false }).sort();
  const documents = new Set(files.map(snapshotPath));
  const orphans = fg
    .sync('**/*.json', { cwd: dir, onlyFiles: true, ignore: NOT_WALKED })
    .filter((rel) => !documents.has(rel) && isSnapshot(join(dir, rel)))
    .sort();
  let changed = 0;
  let missing = 0;
  let unreadable = 0;
  let corrupt = 0;
  let crlf = 0;
  const written: string[] = [];
  for (const rel of files) {
    const snapRel = snapshotPath(rel);
    const snapFile = join(dir, snapRel);
    const snapshot = readSnapshot(snapFile);
    if (snapshot.problem) {
      report.error(shown(snapRel), snapshot.problem);
      unreadable++;
      continue;
    }
    let bytes: Buffer;
    let doc: ParsedDocument;
    try {
      bytes = readFileSync(join(dir, rel));
      doc = await parseFile(bytes, rel);
    } catch (e) {
      report.error(shown(rel), e instanceof UnreadableInputError ? e.message : `cannot be read: ${(e as Error).message}`);
      unreadable++;
      continue;
    }
    let actual = snapshotText(doc);
    const expected = snapshot.text;
    if (expected !== null && expected !== actual && !isPdf(bytes) && bytes.includes(CRLF)) {
      // The document as a Windows checkout writes it: the same when read with LF.
      const asLf = snapshotText(parseDocument(Buffer.from(lf(bytes.toString('latin1')), 'latin1'), { path: rel }));
      if (asLf === expected) {
        crlf++;
        actual = asLf;
      }
    }
    if (expected === actual) continue;
    if (expected === null) {
      missing++;
      report.plain(`${c.yellow('missing')} ${c.bold(shown(snapRel))}: no snapshot for ${shown(rel)}\n`);
    } else {
      const before = parseSnapshot(expected);
      if (before === null) {
        // Reported and counted, and the other documents still checked; --update rewrites it.
        corrupt++;
        report.error(shown(snapRel), 'corrupt snapshot (not JSON)');
      } else {
        changed++;
        const diffs = diffDocuments(before, doc);
        const what = diffs.length > 0 ? plural(diffs.length, 'difference') : 'the same parse, written differently (hand-edited formatting?)';
        report.plain(`${c.red('changed')} ${c.bold(shown(rel))}: ${what}\n`);
        for (const d of diffs) report.plain(formatDifference(d, report));
      }
    }
    if (update) {
      writeFileSync(snapFile, actual);
      written.push(snapRel);
    }
  }
  for (const rel of orphans) {
    report.plain(`${c.yellow('stale')} ${c.bold(shown(rel))}: a snapshot whose document (${shown(rel.replace(/\.json$/, ''))}.txt or .pdf) is gone${update ? ' (removed)' : ''}\n`);
    if (update) rmSync(join(dir, rel));
  }
  const parts = [`${changed} of ${plural(files.length, 'document')} changed`];
  if (missing > 0) parts.push(plural(missing, 'missing snapshot'));
  if (orphans.length > 0) parts.push(plural(orphans.length, 'stale snapshot'));
  if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  if (corrupt > 0) parts.push(plural(corrupt, 'corrupt snapshot'));
  report.plain(`${parts.join(', ')}\n`);
  if (crlf > 0) {
    report.plain(
      `note: ${plural(crlf, 'document')} checked out with CRLF line ends matched as LF; to keep them byte for byte, add \`*.txt -text\` to .gitattributes\n`,
    );
  }
  if (update && written.length > 0) report.plain(`updated ${plural(written.length, 'snapshot')}:\n${written.map((f) => `  ${shown(f)}\n`).join('')}`);
  if (unreadable > 0 || (corrupt > 0 && !update)) return 2;
  return !update && changed + missing + orphans.length > 0 ? 1 : 0;
}

function parseSnapshot(text: string): ParsedDocument | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'blocks' in value && 'source' in value ? (value as ParsedDocument) : null;
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
