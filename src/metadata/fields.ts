// Header line recognisers: each reads one kind of header line into metadata fields, or
// returns null when the line is not of its kind. They are tried in table order.
import { ABJAD_NUMBER_OF_LETTER, ABJAD_NUMBER_OF_NAME, latinLetterLabel } from '../lexicon/abjad.js';
import { foldArabic } from '../lexicon/fold.js';
import { kindOf } from '../lexicon/kinds.js';
import { MONTHS } from '../lexicon/months.js';
import { englishOrdinal } from '../lexicon/ordinals.js';
import { ORGANS, SUBSIDIARY_OPENINGS } from '../lexicon/organs.js';
import { SYMBOL_SOURCE } from '../lexicon/symbols.js';
import { findArabicDateRange, parseEnglishDate, scanDates } from '../normalize/dates.js';
import type { DocumentKind, Metadata } from '../types.js';
import { parseOrdinal } from './ordinals.js';
import { findSymbols } from '../normalize/symbols.js';

/** What a recogniser read: fields to set, and values it could not parse (quoted in a diagnostic). */
export interface Reading {
  fields: Partial<Metadata>;
  unparsed?: string;
  /** The piece is the document's number and title. */
  title?: string;
  /** Sponsors, as written, before the kind. */
  sponsors?: string;
  /** A resolution number as written (`18/2017`): put in English order once the organ is known. */
  numberParts?: [number, number];
  /** The part of a resolution the number names (78/183 ألف → A). */
  part?: string;
}

export type Recogniser = (line: string) => Reading | null;

const LANGUAGES: Record<string, string> = {
  english: 'en', french: 'fr', spanish: 'es', russian: 'ru', chinese: 'zh', arabic: 'ar',
};

const LETTERS = [...ABJAD_NUMBER_OF_LETTER.keys()].sort((a, b) => b.length - a.length).join('|');

/** A symbol the converter broke after its first letter: C ERD/C/URY/CO/21-23. */
const mendSymbols = (line: string) => line.replace(/\b([A-Z]) ([A-Z]{2,7})(?=\/)/g, '$1$2');

const FOLDED_ORGANS = ORGANS.flatMap((o) => o.names.map((name) => ({ key: o.key, folded: foldArabic(name) })));
const FOLDED_SUBSIDIARY = SUBSIDIARY_OPENINGS.map(foldArabic);

function organOf(line: string): { name: string; key: string } | null {
  const folded = foldArabic(line);
  // The name, perhaps with an Arabic qualifier, but not another column of the header.
  const organ = FOLDED_ORGANS.find((o) => folded.startsWith(o.folded) && folded.length <= o.folded.length + 40 && !/[A-Za-z]/.test(folded));
  return organ ? { name: line, key: organ.key } : null;
}

/** The organ a formula names (إن الجمعية العامة، …): its name and key, or null. */
export function formulaOrgan(formula: string): { name: string; key: string } | null {
  const folded = foldArabic(formula.replace(/^إن[\u064B-\u0652]*\s+/, ''));
  const organ = FOLDED_ORGANS.find((o) => folded.startsWith(o.folded));
  return organ ? { name: ORGANS.find((o) => o.key === organ.key)!.names[0], key: organ.key } : null;
}

const distribution: Recogniser = (line) => {
  // Older mastheads print the word alone, in capitals: GENERAL.
  const m = /^(?:Distr\.?\s*:?\s*)?(General|Limited|Restricted)\.?$/i.exec(line);
  return m ? { fields: { distribution: m[1].toLowerCase() as Metadata['distribution'] } } : null;
};

const englishDate: Recogniser = (line) => {
  if (!/^\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}$/.test(line)) return null;
  const date = parseEnglishDate(line);
  return date ? { fields: { date } } : { fields: { date: null }, unparsed: line };
};

const language: Recogniser = (line) => (/^Arabic$/i.test(line) ? { fields: { language: 'ar' } } : null);

const original: Recogniser = (line) => {
  const m = /^Original\s*:\s*([A-Za-z]+)/i.exec(line);
  if (!m) return null;
  const code = LANGUAGES[m[1].toLowerCase()];
  return code ? { fields: { originalLanguage: code } } : { fields: {}, unparsed: line };
};

/** `الأمم المتحدة A/RES/71/167`: the masthead with the symbol. */
const masthead: Recogniser = (line) => {
  const m = /^الأمم المتحدة\s*(.*)$/.exec(line);
  if (!m) return null;
  const symbols = findSymbols(mendSymbols(m[1]));
  return m[1] === '' || symbols.length > 0 ? { fields: { symbols } } : null;
};

const ENGLISH_MONTHS = MONTHS.map((m) => m.english).join('|');
/**
 * A symbol glued to the issue date: E/C.12/BIH/CO/124 January 2006 is …/CO/1 and 24
 * January 2006. The day takes two digits when they make a day, else one.
 */
const SYMBOL_AND_DATE = new RegExp(String.raw`^(${SYMBOL_SOURCE})(?<=\d)\s+((?:${ENGLISH_MONTHS})\s+\d{4})$`);

const symbolAndDate: Recogniser = (line) => {
  const m = SYMBOL_AND_DATE.exec(mendSymbols(line));
  if (!m) return null;
  for (const dayDigits of [2, 1]) {
    const symbol = m[1].slice(0, -dayDigits);
    const date = /\d$|[A-Za-z.]$/.test(symbol) ? parseEnglishDate(`${m[1].slice(-dayDigits)} ${m[2]}`) : null;
    if (date && findSymbols(symbol).length === 1) return { fields: { symbols: findSymbols(symbol), date } };
  }
  return null;
};

const symbolLine: Recogniser = (written) => {
  const line = mendSymbols(written);
  const symbols = findSymbols(line);
  return symbols.length > 0 && symbols.join(' ').length >= line.replace(/\s+/g, ' ').length - 2
    ? { fields: { symbols } }
    : null;
};

export const organ: Recogniser = (line) => {
  const found = organOf(line);
  return found ? { fields: { body: found.name, bodyKey: found.key } } : null;
};

const subsidiary: Recogniser = (line) =>
  line.length < 150 && FOLDED_SUBSIDIARY.some((o) => foldArabic(line).startsWith(o))
    ? { fields: { subsidiaryBody: line } }
    : null;

/** The General Assembly's Main Committees, and its special committees by their opening. */
const COMMITTEE = /^(?:ال)?لجنة\s+(?:الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة|الخاصة\s.{3,80}|المسائل\s.{3,80})$/;
/** A Main Committee named in an origin line: [بناء على تقرير … (اللجنة الرابعة) (A/76/425)]. */
const MAIN_COMMITTEE = /اللجنة\s+(?:الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة)/;

const committee: Recogniser = (line) => (COMMITTEE.test(line) ? { fields: { committee: line } } : null);

/** A job number alone (20-13579, V.19-08626), without the (A) of the first page's footer. */
const JOB_NUMBER = /^(?:[A-Z]{1,2}\.)?\d{2}-\d{5}$/;

const jobNumber: Recogniser = (line) => (JOB_NUMBER.test(line) ? { fields: { jobNumber: line } } : null);

/** `21 تشرين الثاني/نوفمبر - 9 كانون الأول/ديسمبر 2016`: the session's dates alone, a venue without its place. */
const meetingDates: Recogniser = (line) => {
  const text = line.replace(/^\(|\)\.?$|\.$/g, '');
  const dates = scanDates(text);
  if (dates.length !== 1 || dates[0].precision !== 'day' || dates[0].index > 0 || dates[0].length < text.length) return null;
  return { fields: { venue: { text: line, place: null, start: dates[0].from, end: dates[0].to } } };
};

/** `الدورة الاستثنائية الطارئة العاشرة المستأنفة` is as long as a session's name gets. */
const SESSION_MAX_WORDS = 6;

const session: Recogniser = (line) => {
  const m = /^(?:ال)?دورة\s+(.+)$/.exec(line);
  if (!m || m[1].split(' ').length > SESSION_MAX_WORDS) return null;
  const year = /^عام\s+(\d{4})$/.exec(m[1]);
  if (year) return { fields: { session: line, sessionNumber: null, sessionYear: Number(year[1]) } };
  return { fields: { session: line, sessionNumber: parseOrdinal(m[1]), sessionYear: null } };
};

const venue: Recogniser = (line) => {
  const m = /^([^،,\d]{2,40})[،,]\s*(.*\d{4})\.?$/.exec(line);
  if (!m) return null;
  const range = findArabicDateRange(m[2]);
  return {
    fields: { venue: { text: line, place: m[1].trim(), start: range?.start ?? null, end: range?.end ?? null } },
    unparsed: range ? undefined : line,
  };
};

/** A summary record's meeting: المعقودة في قصر الأمم، جنيف، يوم الثلاثاء، 22 تشرين الأول/أكتوبر 2002 … */
const heldAt: Recogniser = (line) => {
  const m = /^المعقودة\s+في\s+(.+?)(?:[،,]\s*(?:يوم|في)\s.*)?$/.exec(line);
  if (!m) return null;
  const range = findArabicDateRange(line);
  return { fields: { venue: { text: line, place: m[1].trim(), start: range?.start ?? null, end: range?.end ?? null } } };
};

/** الرئيس: السيد … — who chaired the meeting. */
const chair: Recogniser = (line) => {
  const m = /^(?:الرئيس|الرئيسة)\s*:\s*(.+)$/.exec(line);
  return m ? { fields: { chair: m[1].trim() } } : null;
};

/** `البند ١٩ (ج) من جدول الأعمال المؤقت`: the number, the letter, «provisional». */
const AGENDA_ITEM = new RegExp(`^البند\\s+(\\d+)(?:\\s*\\(\\s*(${LETTERS})\\s*\\))?\\s+من\\s+جدول\\s+الأعمال(\\s+المؤقت)?`);

const agendaItem: Recogniser = (line) => {
  const m = AGENDA_ITEM.exec(line);
  if (!m) return null;
  const letter = m[2] ? `(${latinLetterLabel(ABJAD_NUMBER_OF_LETTER.get(m[2])!)})` : '';
  return { fields: { agendaItem: `${m[1]}${letter}`, agendaItemProvisional: Boolean(m[3]) } };
};

/** Kinds whose line is the document's title too (الملاحظات الختامية بشأن التقرير الدوري …). */
const TITLED_KINDS = new Set<DocumentKind>(['concluding-observations', 'list-of-issues', 'summary-record']);

/** `قرار اتخذه المجلس … في ٦ تموز/يوليه ٢٠١٧`, `مشروع التقرير`, `تقرير من الأمانة` … */
const kindLine: Recogniser = (line) => {
  const kind = kindOf(line);
  if (!kind || line.length > 200) return null;
  if (TITLED_KINDS.has(kind)) return { fields: { kind }, title: line };
  const fields: Partial<Metadata> = { kind };
  if (kind === 'resolution' || kind === 'decision') {
    const range = findArabicDateRange(line);
    if (range) fields.adopted = range.start;
    // The Security Council's adoption line names its meeting: في جلسته 8706 المعقودة في …
    const meeting = /في\s+جلست(?:ه|ها)\s+(\d+)/.exec(line);
    if (meeting) fields.meeting = `${englishOrdinal(Number(meeting[1]))} meeting`;
  }
  return { fields };
};

/** `أستراليا، البرازيل، …: مشروع قرار منقح` — sponsors, then the kind after the colon. */
export const sponsorsAndKind: Recogniser = (line) => {
  const colon = line.lastIndexOf(':');
  if (colon < 0) return null;
  const kind = kindOf(line.slice(colon + 1).trim());
  if (!kind) return null;
  return { fields: { kind }, sponsors: line.slice(0, colon) };
};

const NUMBER_AND_TITLE = new RegExp(`^(?:(دإط|ES)\\s*-\\s*)?(\\d+)\\s*/\\s*(\\d+)(?:\\s+(${[...ABJAD_NUMBER_OF_NAME.keys()].join('|')}))?\\s*[-\\u2013\\u2014]\\s*(.*)$`);

/** `١٨/٢٠١٧ - تنفيذ …`: the number in Arabic order, a part (78/183 ألف), then the title (perhaps on the next lines). */
const numberAndTitle: Recogniser = (line) => {
  const m = NUMBER_AND_TITLE.exec(line);
  if (!m) return null;
  const [, emergency, first, second, partName, title] = m;
  const part = partName ? latinLetterLabel(ABJAD_NUMBER_OF_NAME.get(partName)!).toUpperCase() : undefined;
  // An emergency special session's number (دإط-11/1) is written in English order.
  if (emergency) return { fields: { number: `ES-${first}/${second}` }, title, part };
  return { fields: {}, numberParts: [Number(first), Number(second)], title, part };
};

/** The treaty a treaty body's masthead names (الاتفاقية الدولية للقضاء على …, العهد الدولي …): part of the masthead, not a title. */
const treatyName: Recogniser = (line) =>
  line.length < 150 && (line.includes('اتفاقي') || line.includes('عهد')) && /^(?:ال)?(?:اتفاقيه|عهد الدولي|عهد)\s/.test(foldArabic(line)) && !/[.:؛،]$/.test(line) && !/[A-Za-z]/.test(line)
    ? { fields: {} }
    : null;

/** Security Council: `القرار ٢٥٠٤ (٢٠٢٠)`. */
const councilNumber: Recogniser = (line) => {
  const m = /^(?:ال)?قرار\s+(\d{3,5})\s*\((\d{4})\)$/.exec(line);
  return m ? { fields: { number: `${m[1]} (${m[2]})`, kind: 'resolution' } } : null;
};

/** `[بناء على توصية اللجنة (E/2017/30)]`: the body that recommended the text (its brackets mirrored, `]…[`, by some converters). */
const bracketNote: Recogniser = (line) => {
  if (!/^[[\]].*[[\]]$/.test(line)) return null;
  const committee = MAIN_COMMITTEE.exec(line)?.[0];
  return { fields: { symbols: findSymbols(line), origin: line, ...(committee ? { committee } : {}) } };
};

/** Recognisers for a whole piece (it may run over several lines). */
export const PIECE_RECOGNISERS: Recogniser[] = [numberAndTitle, sponsorsAndKind, councilNumber, bracketNote, kindLine];

/** Recognisers for a single header line. */
export const LINE_RECOGNISERS: Recogniser[] = [
  masthead, distribution, englishDate, language, original, organ, subsidiary, committee, session, agendaItem, heldAt, venue, meetingDates, chair, jobNumber,
  kindLine, numberAndTitle, councilNumber, bracketNote, symbolAndDate, symbolLine, treatyName,
];
