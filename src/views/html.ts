// --format html: a review page per document, self-contained (no network, no script), to
// look at a parse before trusting it. The document reads right to left in its own order:
// every block outlined with a badge of its type, label and id and indented by its
// nesting; page furniture greyed where it stood; a block rejoined across a page break
// marked; note markers linked to their notes and back; each diagnostic at its line.
import type { Block, Diagnostic, Footnote, Metadata, ParsedDocument } from '../types.js';
import { depths, linesText } from './common.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STYLE = `
body { font-family: "Noto Naskh Arabic", "Amiri", "Traditional Arabic", serif; line-height: 1.7; margin: 1.5rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; background: #fafafa; }
h1 { font-size: 1.3rem; }
table.meta { border-collapse: collapse; margin-bottom: 1.5rem; font-size: .9rem; }
table.meta th, table.meta td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: start; vertical-align: top; }
table.meta th { background: #eee; font-weight: normal; direction: ltr; }
.block { border: 1px solid #8aa4c8; border-radius: 4px; padding: .4rem .6rem; margin: .4rem 0; background: #fff; }
.block.heading, .block.title, .block.part { border-color: #5b7db1; background: #f1f5fb; font-weight: bold; }
.block.rejoined { border-style: dashed; }
.badge { display: inline-block; direction: ltr; font: .72rem/1.4 ui-monospace, monospace; background: #e3ebf6; color: #274472; border-radius: 3px; padding: 0 .35rem; margin-inline-end: .5rem; font-weight: normal; }
.badge.page-break { background: #fff1c2; color: #6b5200; }
.artifact { color: #999; font-size: .85rem; border-inline-start: 3px solid #ddd; padding-inline-start: .5rem; margin: .2rem 0; }
.diagnostic { border-inline-start: 4px solid #d98e04; background: #fff7e0; padding: .2rem .5rem; margin: .2rem 0; font-size: .85rem; }
.diagnostic.error { border-color: #c62828; background: #fdecea; }
.has-diagnostic { box-shadow: 0 0 0 2px #d98e04; }
sup a { text-decoration: none; }
.notes { border-top: 1px solid #ccc; margin-top: 1.5rem; padding-top: .5rem; font-size: .9rem; }
.note:target, .block:target { background: #fff3b0; }
.back { margin-inline-start: .4rem; }
table.index { border-collapse: collapse; width: 100%; }
table.index td, table.index th { border: 1px solid #ccc; padding: .3rem .5rem; text-align: start; }
`;

/** A metadata value as a table cell's text: what it says as written (a venue's text, sponsors' names), else its JSON. */
function metaValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(metaValue).join('، ');
  const record = value as Record<string, unknown>;
  for (const key of ['text', 'name']) if (typeof record[key] === 'string') return record[key] as string;
  return JSON.stringify(value);
}

function metadataTable(m: Metadata): string {
  const rows = Object.entries(m)
    .filter(([key, value]) => key !== 'lines' && value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(metaValue(value))}</td></tr>`);
  return `<table class="meta">${rows.join('')}</table>`;
}

/** The block's text with its note markers as links to the notes, each with an id to come back to. */
function textWithMarkers(b: Block, notes: Map<string, Footnote>): string {
  let out = '';
  let at = 0;
  b.footnoteRefs.forEach((id, i) => {
    const offset = b.footnoteOffsets[i] ?? b.text.length;
    out += escapeHtml(b.text.slice(at, offset));
    at = offset;
    const marker = notes.get(id)?.marker ?? id;
    out += `<sup><a href="#${escapeHtml(id)}" id="${escapeHtml(refId(b.id, i))}">${escapeHtml(marker)}</a></sup>`;
  });
  return out + escapeHtml(b.text.slice(at));
}
const refId = (blockId: string, i: number) => `ref-${blockId}-${i + 1}`;

/** A message in English, left to right, with what it quotes («…», often Arabic) isolated so neither reorders the other. */
const messageHtml = (message: string) => escapeHtml(message).replace(/«([^»]*)»/g, '«<bdi>$1</bdi>»');

const diagnosticHtml = (d: Diagnostic) =>
  `<div class="diagnostic ${d.severity}" dir="ltr" data-line="${d.line ?? ''}"><strong>${d.severity}</strong> <code>${escapeHtml(d.code)}</code>${d.line === null ? '' : ` (line ${d.line})`}: ${messageHtml(d.message)}</div>`;

type Lined = { lines: Array<[number, number]> };

/**
 * Each diagnostic with the block, artifact or note whose lines hold its line (the first
 * that does, blocks first); the rest (no line, or a header line) apart. Diagnostics are
 * found by binary search in each item's ranges, so an archive-sized document with
 * thousands of warnings stays linear.
 */
function attachDiagnostics(diagnostics: Diagnostic[], owners: Lined[]): { attached: Map<Lined, Diagnostic[]>; loose: Diagnostic[] } {
  const lined = diagnostics.filter((d) => d.line !== null).sort((a, b) => a.line! - b.line!);
  const ownerOf = new Map<Diagnostic, Lined>();
  const firstAtOrAfter = (line: number) => {
    let lo = 0;
    let hi = lined.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lined[mid].line! < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const owner of owners) {
    for (const [a, b] of owner.lines) {
      for (let i = firstAtOrAfter(a); i < lined.length && lined[i].line! <= b; i++) if (!ownerOf.has(lined[i])) ownerOf.set(lined[i], owner);
    }
  }
  const attached = new Map<Lined, Diagnostic[]>();
  const loose: Diagnostic[] = [];
  for (const d of diagnostics) {
    const owner = ownerOf.get(d);
    const list = owner ? attached.get(owner) : undefined;
    if (!owner) loose.push(d);
    else if (list) list.push(d);
    else attached.set(owner, [d]);
  }
  return { attached, loose };
}

type Entry = { line: number; html: string };

export function toHtml(doc: ParsedDocument): string {
  const notes = new Map(doc.footnotes.map((f) => [f.id, f]));
  const depthOf = depths(doc.blocks);
  // Each diagnostic goes with what holds its line; the rest (no line, or a header line) go on top.
  const { attached, loose } = attachDiagnostics(doc.diagnostics, [...doc.blocks, ...doc.artifacts, ...doc.footnotes]);
  const diagnosticsOf = (x: Lined) => (attached.get(x) ?? []).map(diagnosticHtml).join('');

  const entries: Entry[] = [];
  for (const b of doc.blocks) {
    const rejoined = b.lines.length > 1;
    const classes = ['block', b.type, rejoined ? 'rejoined' : '', attached.has(b) ? 'has-diagnostic' : ''].filter(Boolean).join(' ');
    const badge = `<span class="badge">${escapeHtml(b.type)}${b.label === null ? '' : ` ${escapeHtml(b.label)}`} · ${escapeHtml(b.id)}</span>`;
    const pageBreak = rejoined ? `<span class="badge page-break" title="lines ${linesText(b.lines)}">rejoined across a page break</span>` : '';
    const indent = (depthOf.get(b.id)! - 1) * 1.5;
    entries.push({
      line: b.lines[0]?.[0] ?? 0,
      html: `<div class="${classes}" id="${escapeHtml(b.id)}" data-type="${b.type}" data-lines="${linesText(b.lines)}" style="margin-inline-start: ${indent}rem">${badge}${pageBreak}<span class="text">${textWithMarkers(b, notes)}</span>${diagnosticsOf(b)}</div>`,
    });
  }
  for (const a of doc.artifacts) {
    entries.push({ line: a.lines[0]?.[0] ?? 0, html: `<div class="artifact" data-kind="${a.kind}" data-lines="${linesText(a.lines)}"><span class="badge">${a.kind}</span>${escapeHtml(a.text)}${diagnosticsOf(a)}</div>` });
  }
  entries.sort((x, y) => x.line - y.line);

  // Each note's links back to where it is cited, in the document's order.
  const citations = new Map<string, string[]>();
  for (const b of doc.blocks) {
    b.footnoteRefs.forEach((id, i) => {
      const link = `<a class="back" href="#${escapeHtml(refId(b.id, i))}" title="${escapeHtml(b.id)}">↩</a>`;
      const links = citations.get(id);
      if (links) links.push(link);
      else citations.set(id, [link]);
    });
  }
  const backLinks = (f: Footnote) => (citations.get(f.id) ?? []).join('');
  const noteItems = doc.footnotes.map(
    (f) => `<li class="note" id="${escapeHtml(f.id)}" data-lines="${linesText(f.lines)}"><span class="badge">note ${escapeHtml(f.marker)} · ${escapeHtml(f.id)}</span>${escapeHtml(f.text)}${backLinks(f)}${diagnosticsOf(f)}</li>`,
  );
  const m = doc.metadata;
  const heading = [m.kind, m.number ?? m.symbols[0], m.title].filter(Boolean).join(' — ') || doc.source.path;
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(heading)}</h1>
<p><span class="badge">${escapeHtml(doc.source.path)} · ${doc.source.encoding} · ${doc.source.layout} · ${doc.blocks.length} blocks · ${doc.footnotes.length} notes · ${doc.diagnostics.length} diagnostics</span></p>
${metadataTable(m)}
${loose.map(diagnosticHtml).join('\n')}
<main>
${entries.map((e) => e.html).join('\n')}
</main>
${noteItems.length > 0 ? `<ol class="notes">\n${noteItems.join('\n')}\n</ol>` : ''}
</body>
</html>
`;
}

/** One row of the index page that --out-dir writes beside the pages. */
export interface IndexEntry {
  page: string;
  path: string;
  kind: string | null;
  number: string | null;
  title: string | null;
  warnings: number;
  errors: number;
}

export function htmlIndex(entries: IndexEntry[]): string {
  const rows = entries.map(
    (e) =>
      `<tr><td><a href="${escapeHtml(encodeURI(e.page))}">${escapeHtml(e.path)}</a></td><td>${escapeHtml(e.kind ?? '')}</td><td>${escapeHtml(e.number ?? '')}</td><td dir="rtl">${escapeHtml(e.title ?? '')}</td><td>${e.warnings}</td><td>${e.errors}</td></tr>`,
  );
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>ctoc-parse: ${entries.length} documents</title>
<style>${STYLE}</style>
</head>
<body>
<h1 dir="ltr">${entries.length} documents</h1>
<table class="index" dir="ltr">
<tr><th>file</th><th>kind</th><th>number</th><th>title</th><th>warnings</th><th>errors</th></tr>
${rows.join('\n')}
</table>
</body>
</html>
`;
}
