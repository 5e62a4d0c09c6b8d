// Stage 7, metadata: the header pieces and the closing lines → metadata, plus the title
// block. Header citations (an asterisk after a sponsor or the agenda line) are linked to
// their notes here.
import { CLOSING_MEETING } from '../lexicon/preamble.js';
import { englishOrdinal } from '../lexicon/ordinals.js';
import { NAMES_WITH_WAW } from '../lexicon/countries.js';
import { ORGANS } from '../lexicon/organs.js';
import { SYMBOL_NUMBER } from '../lexicon/symbols.js';
import { foldSpan } from '../normalize/chars.js';
import { findArabicDateRange } from '../normalize/dates.js';
import type { LineIndex } from '../read/lines.js';
import { citerOf, linkCitations, type Citer } from '../pieces/citations.js';
import { cutPiece, textWithMap, type Piece } from '../pieces/index.js';
import { rangesOf, rawOf } from '../pieces/ranges.js';
import type { Artifact, Block, Diagnostic, Footnote, Layout, Metadata, Sponsor } from '../types.js';
import { formulaOrgan, LINE_RECOGNISERS, organ, PIECE_RECOGNISERS, sponsorsAndKind, type Reading } from './fields.js';
import { parseOrdinal } from './ordinals.js';
import { findSymbols } from '../normalize/symbols.js';
import { englishNumberOrder } from '../normalize/un-numbers.js';

export interface MetadataInput {
  lines: LineIndex;
  header: Piece[];
  layout: Layout;
  blocks: Block[];
  footnotes: Footnote[];
  artifacts: Artifact[];
}

export interface MetadataResult {
  metadata: Metadata;
  /** The document title as a block (first in reading order), when the header has one. */
  titleBlock: Block | null;
  /** The notes the header and title cite: note id → 'metadata' and/or 'title'. */
  noteCitations: Map<string, string[]>;
  diagnostics: Diagnostic[];
}

/** A run of header text no recogniser claimed: a title, or an agenda item's title. */
interface FreeText {
  text: string;
  pieces: Piece[];
  afterAgendaItem: boolean;
}

/**
 * A title line a converter set apart by a blank line (mutool writes one between every two
 * lines of a masthead): it joins the title before it, single lines both, unless the line
 * before is far shorter than the title's lines, as the last line of a centred title is
 * (the agenda item's title, then the document's: … ⏎ وبخاصة النساء والأطفال ⏎ الأنشطة …).
 */
function continuesTitle(title: FreeText, piece: Piece): boolean {
  const last = title.pieces[title.pieces.length - 1];
  if (piece.firstLine !== piece.lastLine || title.pieces.some((p) => p.firstLine !== p.lastLine)) return false;
  if (piece.firstLine - last.lastLine !== 2 || /[.؛;]$/.test(last.text)) return false;
  const longest = Math.max(piece.text.length, ...title.pieces.map((p) => p.text.length));
  return last.text.length >= TITLE_LAST_LINE * longest;
}

/** The last line of a centred title is shorter than this share of its longest. */
const TITLE_LAST_LINE = 0.5;

/** As long as a country's name gets (جمهورية الكونغو الديمقراطية, جمهورية إيران الإسلامية). */
const SUBJECT_MAX_WORDS = 4;

function emptyMetadata(layout: Layout): Metadata {
  return {
    distribution: null, date: null, language: null, originalLanguage: null, body: null, bodyKey: null,
    subsidiaryBody: null, committee: null, origin: null, session: null, sessionNumber: null, sessionYear: null, venue: null, agendaItem: null, agendaItemProvisional: null,
    agendaItemTitle: null, kind: null, layout, number: null, symbols: [], jobNumber: null, title: null,
    sponsors: [], adopted: null, meeting: null, parts: [], chair: null, lines: [],
  };
}

function lineTexts(piece: Piece, lines: LineIndex): Array<{ line: number; text: string }> {
  const skip = piece.markers.map((m): [number, number] => [m.start, m.end]);
  const out = [];
  for (let line = piece.firstLine; line <= piece.lastLine; line++) {
    const [s, e] = lines.lineSpan(line);
    out.push({ line, text: foldSpan(lines.text, s, e, skip).text });
  }
  return out;
}

/** Lines of more words than this are prose (a title), never several fields run together. */
const FIELDS_LINE_MAX_WORDS = 16;
const GLUED_SCRIPTS = /(?<=[A-Za-z0-9).])(?=[\u0621-\u064A])|(?<=[\u0621-\u064A])(?=[A-Z])/g;
const DIGIT_OR_LATIN = /[0-9A-Za-z]/;

/**
 * Readings of one header line. A line may hold several fields side by side: two columns of
 * the PDF header (`الجمعية العامة Distr.: General`, `الأمم المتحدة A/RES/71/167`), or
 * fields a converter ran together (`Distr.: Limited 9 September 2019 Arabic Original:
 * English`, `دورة عام ٢٠١٧ البند ١٩ (ج) من جدول الأعمال`). Such a line is read as the
 * fewest runs of whole words that a recogniser each claims entirely; null when there are none.
 */
export function recogniseLine(written: string): Reading[] | null {
  const whole = recognise(written, LINE_RECOGNISERS);
  if (whole) return [whole];
  // Columns a converter glued together (الأمم المتحدةA/RES/74/10) are read as if spaced.
  const text = written.replace(GLUED_SCRIPTS, ' ');
  // Of two fields on a line, one has a digit or a Latin letter (a date, a symbol, Distr.,
  // an agenda item's number): only the organ, session and kind lines have neither.
  if (!DIGIT_OR_LATIN.test(text)) return null;
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > FIELDS_LINE_MAX_WORDS) return null;
  // fewest[i]: the fewest readings that cover words[0, i), or null.
  const fewest: Array<Reading[] | null> = [[]];
  for (let i = 1; i <= words.length; i++) {
    fewest.push(null);
    for (let j = 0; j < i; j++) {
      const before = fewest[j];
      if (!before || (fewest[i] && fewest[i]!.length <= before.length + 1)) continue;
      const reading = recognise(words.slice(j, i).join(' '), LINE_RECOGNISERS);
      if (reading) fewest[i] = [...before, reading];
    }
  }
  return fewest[words.length];
}

function recognise(text: string, recognisers: typeof LINE_RECOGNISERS): Reading | null {
  for (const r of recognisers) {
    const reading = r(text);
    if (reading) return reading;
  }
  return null;
}

/**
 * The sponsor list split into names: on commas, and on «و» joining names (أستراليا وكندا),
 * except inside names that contain it (ترينيداد وتوباغو). Each part keeps its separator's
 * width so that offsets still line up with the written text.
 */
function splitSponsors(written: string): string[] {
  const protectedSpans = NAMES_WITH_WAW.flatMap((name) => [...written.matchAll(new RegExp(name, 'g'))].map((m) => [m.index!, m.index! + name.length]));
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= written.length; i++) {
    const comma = i < written.length && (written[i] === '،' || written[i] === ',');
    const waw = written[i] === ' ' && written[i + 1] === 'و' && !protectedSpans.some(([a, b]) => i + 1 >= a && i + 1 < b);
    if (i === written.length || comma) {
      parts.push(written.slice(start, i));
      start = i + 1;
    } else if (waw) {
      parts.push(written.slice(start, i + 1));
      start = i + 2;
    }
  }
  return parts;
}

/** Sponsor names split on commas and «و»; an asterisk marker after a name points to its note. */
function readSponsors(piece: Piece, written: string, footnotes: Footnote[], source: string): Sponsor[] {
  const { map } = textWithMap(piece, source);
  const sponsors: Sponsor[] = [];
  let at = 0;
  for (const part of splitSponsors(written)) {
    const a = at + (part.length - part.trimStart().length);
    const b = at + part.trimEnd().length;
    at += part.length + 1;
    const name = part.trim();
    if (!name) continue;
    const from = map[a];
    const to = b < map.length ? map[b] : Infinity;
    const marker = piece.markers.find((m) => m.start > from && m.start <= to);
    const note = marker
      ? footnotes.find((f) => f.marker === marker.marker && f.lines[0][0] > piece.lastLine) ??
        footnotes.find((f) => f.marker === marker.marker)
      : undefined;
    sponsors.push({ name, footnote: note?.id ?? null, note: note?.text ?? null });
  }
  return sponsors;
}

/** The free text just before `piece`, a blank line apart, when it is the first lines of a sponsor list. */
function listBefore(free: FreeText[], piece: Piece): FreeText | null {
  const last = free[free.length - 1];
  if (!last) return null;
  const end = last.pieces[last.pieces.length - 1].lastLine;
  return piece.firstLine - end === 2 && isListLine(last.text) ? last : null;
}

/** Two parts of a list; a name the line break cut (الولايات ⏎ المتحدة الأمريكية) made whole again. */
function joinLists(first: Sponsor[], second: Sponsor[], firstText: string): Sponsor[] {
  if (first.length === 0 || second.length === 0 || /[،,]\s*$/.test(firstText)) return [...first, ...second];
  const cut = first[first.length - 1];
  const rest = second[0];
  return [...first.slice(0, -1), { ...rest, name: `${cut.name} ${rest.name}`, footnote: rest.footnote ?? cut.footnote, note: rest.note ?? cut.note }, ...second.slice(1)];
}

/** A line of a sponsor list: names a comma apart (at least one comma every four words). */
const LIST_COMMAS_PER_WORD = 0.25;

function isListLine(text: string): boolean {
  const words = text.split(' ').length;
  const commas = text.split(/[،,]/).length - 1;
  return /[،,]$/.test(text) || commas >= LIST_COMMAS_PER_WORD * words;
}

/**
 * A piece that holds sponsors and the kind (`…، هندوراس، الولايات ⏎ المتحدة الأمريكية:
 * مشروع قرار منقح`) may hold other header text that no blank line set apart: the agenda
 * item's title before, the document's title after. The sponsors are the kind's line and
 * the list lines before it. Returns the piece, or its parts.
 */
function separateSponsors(piece: Piece, lines: LineIndex): Piece[] {
  if (piece.firstLine === piece.lastLine || !sponsorsAndKind(piece.text)) return [piece];
  const texts = lineTexts(piece, lines).filter((t) => t.text !== '');
  let kindAt = texts.findLastIndex((t) => sponsorsAndKind(t.text) !== null);
  if (kindAt < 0) return [piece];
  // The kind may wrap too (مشروع قرار ⏎ منقح): the next line belongs to it if it changes the kind.
  const kindOfLines = (a: number, b: number) => sponsorsAndKind(texts.slice(a, b + 1).map((t) => t.text).join(' '))?.fields.kind;
  while (kindAt + 1 < texts.length && kindOfLines(kindAt, kindAt + 1) !== kindOfLines(kindAt, kindAt)) kindAt++;
  let first = kindAt;
  while (first > 0 && isListLine(texts[first - 1].text)) first--;
  const parts: Array<[number, number]> = [];
  if (first > 0) parts.push([texts[0].line, texts[first - 1].line]);
  parts.push([texts[first].line, texts[kindAt].line]);
  if (kindAt < texts.length - 1) parts.push([texts[kindAt + 1].line, texts[texts.length - 1].line]);
  return parts.length === 1 ? [piece] : parts.map(([a, b]) => linesOfPiece(piece, lines, a, b));
}


function resolutionNumberOf(symbol: string): Array<[number, number]> {
  const m = SYMBOL_NUMBER.exec(symbol);
  return m ? [[Number(m[1]), Number(m[2])]] : [];
}

/**
 * `تقرير مجلس حقوق الإنسان` after the agenda item of a resolution is the item's title, not
 * the kind of the document: its body is a resolution's.
 */
function isAgendaItemTitle(readings: Reading[], afterAgendaItem: boolean, layout: Layout): boolean {
  return afterAgendaItem && (layout === 'resolution' || layout === 'decision') && readings.length === 1 && readings[0].fields.kind === 'report' && Object.keys(readings[0].fields).length === 1;
}

/** Header lines read as one, or free text (readings null). */
interface HeaderRun {
  piece: Piece;
  readings: Reading[] | null;
}

/** A field wraps over at most this many lines (an organ's name, a kind line and its date). */
const FIELD_MAX_LINES = 3;

/** What the recognisers read in a run of header text: a whole piece's fields, or a line's. */
function readHeaderText(text: string): Reading[] | null {
  const whole = recognise(text, PIECE_RECOGNISERS);
  return whole ? [whole] : recogniseLine(text);
}

/** Everything a reading says: its fields, and the sponsors, number or title it found. */
function saysOf(readings: Reading[]): Set<string> {
  const says = new Set<string>();
  for (const r of readings) {
    for (const key of Object.keys(r.fields)) says.add(key);
    if (r.sponsors !== undefined) says.add('sponsors');
    if (r.numberParts) says.add('number');
    if (r.title !== undefined) says.add('title');
  }
  return says;
}

function saysMore(longer: Reading[], shorter: Reading[]): boolean {
  const before = saysOf(shorter);
  return [...saysOf(longer)].some((key) => !before.has(key));
}

/**
 * The piece's lines grouped into header runs. A converter that leaves no blank lines puts
 * several fields in one piece, and wraps long ones: a line runs on into the next ones when
 * the joined text is read and says more than the line alone (an organ's name cut in two,
 * a kind line whose date wrapped). A run holding a number and title takes the free lines
 * after it (the rest of the title); other free lines run together.
 */
function headerRuns(piece: Piece, lines: LineIndex): HeaderRun[] {
  if (piece.firstLine === piece.lastLine) return [{ piece, readings: readHeaderText(piece.text) }];
  // A piece read whole: sponsors over several lines (… الولايات المتحدة ⏎ الأمريكية: مشروع قرار).
  const whole = recognise(piece.text, PIECE_RECOGNISERS);
  if (whole?.sponsors !== undefined) return [{ piece, readings: [whole] }];
  const texts = lineTexts(piece, lines).filter((t) => t.text !== '');
  const alone = texts.map((t) => readHeaderText(t.text));
  const spans: Array<{ first: number; last: number; readings: Reading[] | null }> = [];
  for (let i = 0; i < texts.length; ) {
    let last = i;
    let readings = alone[i];
    for (let j = i + 1; j < texts.length && j < i + FIELD_MAX_LINES; j++) {
      if (readings !== null && alone[j] !== null) break; // two fields, each on its line
      const joined = readHeaderText(texts.slice(i, j + 1).map((t) => t.text).join(' '));
      if (joined && (readings === null || saysMore(joined, readings))) {
        last = j;
        readings = joined;
      } else if (readings !== null || alone[j] !== null) break;
    }
    const before = spans[spans.length - 1];
    const runsOn = before && readings === null && (before.readings === null || saysOf(before.readings).has('title'));
    if (runsOn) before.last = last;
    else spans.push({ first: i, last, readings });
    i = last + 1;
  }
  return spans.map((span) => {
    const part = spans.length === 1 ? piece : linesOfPiece(piece, lines, texts[span.first].line, texts[span.last].line);
    // A title that took lines after it is read again whole.
    const title = span.readings !== null && saysOf(span.readings).has('title');
    return { piece: part, readings: title ? readHeaderText(part.text) : span.readings };
  });
}

/** The part of a piece on lines first to last, read again from those lines. */
function linesOfPiece(piece: Piece, lines: LineIndex, first: number, last: number): Piece {
  let part = piece;
  if (first > part.firstLine) part = cutPiece(lines, part, first)[1];
  if (last < part.lastLine) part = cutPiece(lines, part, last + 1)[0];
  return part;
}

/** An organ named under its parent organ (a commission under the Council) is the one issuing. */
function issuesUnder(fields: Partial<Metadata>, meta: Metadata): boolean {
  const organ = ORGANS.find((o) => o.key === fields.bodyKey);
  return organ?.parent !== undefined && organ.parent === meta.bodyKey;
}

/** Sets the fields a reading found, keeping the first value of each (the header reads top down). */
function apply(meta: Metadata, fields: Partial<Metadata>): void {
  const replaceBody = issuesUnder(fields, meta);
  for (const [key, value] of Object.entries(fields) as Array<[keyof Metadata, never]>) {
    if (key === 'symbols') meta.symbols.push(...(value as string[]));
    else if (meta[key] === null || meta[key] === undefined || (replaceBody && (key === 'body' || key === 'bodyKey'))) meta[key] = value;
  }
}


/** Enough text to tell the script apart, without reading a whole archive-sized document. */
const LANGUAGE_SAMPLE = 20_000;
const ARABIC_LETTERS = /[\u0621-\u064A]+/g;
const NOT_LATIN_LETTERS = /[^A-Za-z]+/g;

/**
 * Whether the blocks' text has more Arabic letters than Latin ones. Counted by regular
 * expressions rather than a loop over characters: in a one-file run that loop ran cold,
 * in the interpreter, and took a tenth of the parse.
 */
function mostlyArabic(blocks: Block[]): boolean {
  let sample = '';
  for (const b of blocks) {
    if (sample.length >= LANGUAGE_SAMPLE) break;
    sample += b.text.slice(0, LANGUAGE_SAMPLE - sample.length);
  }
  const arabic = sample.length - sample.replace(ARABIC_LETTERS, '').length;
  const latin = sample.replace(NOT_LATIN_LETTERS, '').length;
  return arabic > 0 && arabic > latin;
}

/** The document's title: its words, where they stand, and the number before them if any. */
interface Title {
  text: string;
  pieces: Piece[];
  number: string | null;
  rawNumber: string | null;
}

function titleBlockOf(title: Title, lines: LineIndex): Block {
  const ranges = rangesOf(title.pieces, lines);
  return {
    id: 'title', type: 'title', level: null, label: title.number, number: null,
    rawLabel: title.rawNumber, parent: null,
    text: title.text, raw: rawOf(ranges, lines), footnoteRefs: [], footnoteOffsets: [], lines: ranges,
  };
}

export function readMetadata(input: MetadataInput): MetadataResult {
  const { lines, header, footnotes } = input;
  const meta = emptyMetadata(input.layout);
  const diagnostics: Diagnostic[] = [];
  const free: FreeText[] = [];
  let numbered: Title | null = null;
  /** Parts of a resolution named in the header (78/183 ألف - …) and by the body's part blocks. */
  const parts: string[] = [];
  let seenAgendaItem = false;
  let numberParts: { parts: [number, number]; line: number } | null = null;

  const unparsed = (value: string, line: number) =>
    diagnostics.push({ severity: 'warning', code: 'metadata-unparsed', message: `could not read «${value}»`, line });

  const runs = header.flatMap((p) => separateSponsors(p, lines)).flatMap((p) => headerRuns(p, lines));
  /** The free text that follows a number with no title (75/251 - ⏎ title). */
  let titleAfterNumber = -1;
  /** The free text just read, while nothing else has come since: what a title's next line joins. */
  let freeBefore: FreeText | null = null;
  for (const run of runs) {
    const { piece } = run;
    const readings = run.readings && isAgendaItemTitle(run.readings, seenAgendaItem, input.layout) ? null : run.readings;
    if (!readings) {
      if (freeBefore && continuesTitle(freeBefore, piece)) {
        freeBefore.pieces.push(piece);
        freeBefore.text = `${freeBefore.text} ${piece.text}`;
        continue;
      }
      freeBefore = { text: piece.text, pieces: [piece], afterAgendaItem: seenAgendaItem };
      free.push(freeBefore);
      continue;
    }
    freeBefore = null;
    for (const reading of readings) {
      apply(meta, reading.fields);
      if (reading.unparsed) unparsed(reading.unparsed, piece.firstLine);
      if (reading.fields.agendaItem) seenAgendaItem = true;
      if (reading.sponsors !== undefined) {
        meta.sponsors = readSponsors(piece, reading.sponsors, footnotes, lines.text);
        // The list's first lines a converter's blank line set apart (… هندوراس، الولايات ⏎⏎ المتحدة الأمريكية: مشروع قرار).
        const before = listBefore(free, piece);
        if (before) {
          free.splice(free.indexOf(before), 1);
          meta.sponsors = joinLists(before.pieces.flatMap((p) => readSponsors(p, p.text, footnotes, lines.text)), meta.sponsors, before.text);
        }
      }
      if (reading.numberParts) numberParts = { parts: reading.numberParts, line: piece.firstLine };
      if (reading.title !== undefined) {
        const raw = lines.lineText(piece.firstLine).trim();
        const rawNumber = reading.numberParts || reading.fields.number ? raw.split(/\s*[-\u2013\u2014]/)[0] : null;
        numbered = { text: reading.title, pieces: [piece], number: null, rawNumber };
        if (reading.title === '') titleAfterNumber = free.length;
      }
      if (reading.part) parts.push(reading.part);
    }
  }

  // A header that names no organ: the formula does (إن مؤتمر الأطراف …،).
  const formula = input.blocks.find((b) => b.type === 'formula');
  const named = meta.bodyKey === null && formula ? formulaOrgan(formula.text) : null;
  if (named) {
    meta.body = named.name;
    meta.bodyKey = named.key;
  }

  if (numberParts) {
    const english = englishNumberOrder(...numberParts.parts, meta.bodyKey, {
      english: meta.symbols.flatMap(resolutionNumberOf),
      session: meta.sessionNumber,
      year: meta.adopted ? Number(meta.adopted.slice(0, 4)) : null,
    });
    for (const b of input.blocks) if (b.type === 'part' && b.label && !parts.includes(b.label)) parts.push(b.label);
    // One part is numbered as the UN writes it: 75/251 C.
    meta.number = parts.length === 1 ? `${english.value} ${parts[0]}` : english.value;
    if (numbered) numbered.number = meta.number;
    if (english.ambiguous) {
      diagnostics.push({
        severity: 'warning',
        code: 'number-order-ambiguous',
        message: `cannot tell the English order of ${numberParts.parts.join('/')}; read as ${english.value}`,
        line: numberParts.line,
      });
    }
  }

  // The title: the number-and-title line, else the last header text nothing else claimed.
  meta.parts = parts;
  // The organ's name over two lines, a converter's blank line between them (المجلس الاقتصادي
  // ⏎⏎ والاجتماعي): the organ, not free text.
  for (const f of free.filter((x) => x.pieces.length > 1)) {
    const named = organ(f.text);
    if (!named) continue;
    apply(meta, named.fields);
    free.splice(free.indexOf(f), 1);
  }
  const lastFree = free[free.length - 1];
  // A number whose title is on the lines after it takes them.
  const after = titleAfterNumber >= 0 ? free[titleAfterNumber] : undefined;
  if (numbered && after) numbered = { ...numbered, text: after.text, pieces: [...numbered.pieces, ...after.pieces] };
  const title: Title | null = numbered ?? (lastFree ? { text: lastFree.text, pieces: lastFree.pieces, number: null, rawNumber: null } : null);
  const titleBlock = title ? titleBlockOf(title, lines) : null;
  meta.title = title?.text || null;
  const agendaTitle = free.filter((f) => f.afterAgendaItem && f !== after && (numbered !== null || f !== lastFree));
  meta.agendaItemTitle = agendaTitle.length > 0 ? agendaTitle.map((f) => f.text).join(' ') : null;
  // Header text that is no field, title or agenda item's title may be a paragraph of the
  // body that an unusual masthead swallowed: never silently.
  // A short line the title repeats is the masthead's name of its subject (the state party
  // of concluding observations: أوروغواي above «… لأوروغواي»).
  const repeated = free.filter((f) => meta.title !== null && f.text.split(' ').length <= SUBJECT_MAX_WORDS && f.pieces.length === 1 && meta.title.includes(f.text) && f.text !== meta.title);
  const claimed = new Set<FreeText>([...agendaTitle, ...repeated, ...(after ? [after] : []), ...(numbered === null && lastFree ? [lastFree] : [])]);
  for (const f of free.filter((x) => !claimed.has(x))) {
    diagnostics.push({ severity: 'warning', code: 'header-unclaimed', message: `header text that is no field, title or agenda item: «${f.text.slice(0, 60)}»`, line: f.pieces[0].firstLine });
  }

  // Header citations: those on the title lines belong to the title block.
  const titlePieces = new Set(title?.pieces ?? []);
  const runPieces = runs.map((r) => r.piece);
  const titleSource = runPieces.filter((p) => titlePieces.has(p));
  const titleShift = titleSource.length > 0 && title ? Math.max(0, titleSource[0].text.length - title.text.length) : 0;
  const citers: Citer[] = [
    citerOf('metadata', runPieces.filter((p) => !titlePieces.has(p)), lines),
    citerOf('title', titleSource, lines, numbered ? titleShift : 0),
  ];
  const { refs, citedBy, unresolved } = linkCitations(citers, footnotes);
  if (titleBlock) {
    titleBlock.footnoteRefs = refs.get('title')?.ids ?? [];
    titleBlock.footnoteOffsets = refs.get('title')?.offsets ?? [];
  }
  for (const u of unresolved) {
    diagnostics.push({ severity: 'warning', code: 'footnote-undefined', message: `the header cites note ${u.marker}, which is not defined`, line: u.line });
  }
  for (const f of footnotes) if (citedBy.get(f.id)?.includes('metadata')) meta.symbols.push(...findSymbols(f.text));

  // Closing lines: the plenary meeting and the adoption date.
  const closing = input.blocks.filter((b) => b.type === 'closing');
  for (const b of closing) {
    const meeting = CLOSING_MEETING.exec(b.text);
    const n = meeting ? (/^\d+$/.test(meeting[2]) ? Number(meeting[2]) : parseOrdinal(meeting[2])) : null;
    if (n !== null) meta.meeting ??= `${englishOrdinal(n)} ${meeting![1] ? 'plenary ' : ''}meeting`;
    const date = findArabicDateRange(b.text);
    if (date) meta.adopted ??= date.start;
  }

  if (meta.language === null && mostlyArabic(input.blocks)) meta.language = 'ar';
  meta.jobNumber = input.artifacts.find((a) => a.kind === 'job-number')?.text.split(/\s/)[0] ?? meta.jobNumber;
  meta.symbols = [...new Set(meta.symbols)];
  meta.lines = rangesOf(
    [...header, ...closing.map((b) => ({ firstLine: b.lines[0][0], lastLine: b.lines[b.lines.length - 1][1] }))].sort(
      (a, b) => a.firstLine - b.firstLine,
    ),
    lines,
  );
  return { metadata: meta, titleBlock, noteCitations: citedBy, diagnostics };
}
