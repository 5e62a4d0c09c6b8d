// Stage 1, read: bytes → text. Detects the encoding (BOM, UTF-16, UTF-8, and the
// Windows-1256 that older Arabic files use), folds CRLF and lone CR into \n so that line
// numbers match what an editor shows, and refuses binary input with a reason.
import type { Diagnostic } from '../types.js';
import { sha256Hex } from './sha256.js';

export interface SourceText {
  /** The decoded text with every line ending written as \n and no BOM. */
  text: string;
  encoding: string;
  bytes: number;
  sha256: string;
  diagnostics: Diagnostic[];
}

/** Thrown for input that is not text at all; the message names the reason. */
export class UnreadableInputError extends Error {}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Fewer code units than this are too few to tell UTF-16 from a binary file with a NUL. */
const UTF16_MIN_UNITS = 8;
/** Characters a document's text is made of: controls for lines, Latin, Arabic, punctuation. */
const TEXT_CHAR = /[\t\n\r\x20-\x7E\u00A0-\u024F\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\u2000-\u206F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const TEXT_SHARE = 0.9;

/** Decoded UTF-16 that is mostly Arabic, Latin, digits and punctuation, as a document is. */
function readsAsText(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): boolean {
  const sample = new TextDecoder(encoding).decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  return sample.length > 0 && (sample.match(TEXT_CHAR)?.length ?? 0) >= TEXT_SHARE * sample.length;
}

/**
 * UTF-16 without a BOM shows up as a NUL in every other byte of ASCII-range text, or a
 * 0x06 high byte in every other byte of Arabic. Taken only on strong evidence: an even
 * length, that pattern across the sample, and a decoding that reads as text; a few
 * scattered NULs are a binary file.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0 || bytes.length < 2 * UTF16_MIN_UNITS) return null;
  const guess = guessUtf16Parity(bytes);
  return guess && readsAsText(bytes, guess) ? guess : null;
}

function guessUtf16Parity(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096);
  // Both tests below need NUL or 0x06 bytes, which UTF-8 Arabic text has none of: most
  // files are settled by two native searches instead of two loops over 4 kB.
  const head = bytes.subarray(0, n);
  if (head.indexOf(0) < 0 && head.indexOf(0x06) < 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  // Arabic in UTF-16 has no NULs but a high byte of 0x06 in every code unit.
  let le06 = 0;
  let be06 = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i + 1] === 0x06) le06++;
    if (bytes[i] === 0x06) be06++;
  }
  if (le06 > pairs * 0.5) return 'utf-16le';
  if (be06 > pairs * 0.5) return 'utf-16be';
  return null;
}

/**
 * A few NULs in text are glyphs a PDF converter could not map (pdfminer and pdf.js write
 * NUL for them): the reading-order stage leaves them out and says so. More than one in a
 * thousand characters, with at least a handful, is a binary file.
 */
const UNMAPPED_MAX = (length: number) => length / 1000;

function tooManyNuls(bytes: Uint8Array): boolean {
  let n = 0;
  for (let i = bytes.indexOf(0); i >= 0; i = bytes.indexOf(0, i + 1)) if (++n > UNMAPPED_MAX(bytes.length)) return true;
  return false;
}

function tooManyNulCharacters(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('\u0000'); i >= 0; i = text.indexOf('\u0000', i + 1)) if (++n > UNMAPPED_MAX(text.length)) return true;
  return false;
}

/** Files that are not text, by their first bytes, and what to do with them. */
const KNOWN_BINARY: Array<{ magic: number[]; reason: string }> = [
  { magic: [...Buffer.from('%PDF-')], reason: 'a PDF: read it with parsePdf() (the command line reads PDFs itself)' },
  { magic: [0x50, 0x4b, 0x03, 0x04], reason: 'a ZIP archive (a .docx or .odt?): save it as plain text (UTF-8) first' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], reason: 'an old Word or Excel file (.doc, .xls): save it as plain text (UTF-8) first' },
  { magic: [...Buffer.from('{\\rtf')], reason: 'an RTF file: save it as plain text (UTF-8) first' },
];

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return. */
const CONTROL = /[\x00-\x08\x0E-\x1F\x7F]/g;
const WHITE = /\s/g;

/**
 * Whether bytes read as Windows-1256 make text: almost no control characters, and white
 * space between words. Any byte decodes in Windows-1256, so random bytes would otherwise
 * be "recognised" (a fifth of random files had no NUL and were).
 */
function readsAsWindows1256Text(text: string): boolean {
  const n = text.length;
  if ((text.match(CONTROL)?.length ?? 0) > n * 0.01) return false;
  return n < 16 || (text.match(WHITE)?.length ?? 0) >= n * 0.05;
}

/** CRLF and lone CR become \n; U+2028/2029 are left alone (they are not line ends in files). */
export function foldLineEndings(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

export function decode(bytes: Uint8Array): SourceText {
  const known = KNOWN_BINARY.find((k) => startsWith(bytes, k.magic));
  if (known) throw new UnreadableInputError(known.reason);
  const sha256 = sha256Hex(bytes);
  const diagnostics: Diagnostic[] = [];
  let encoding: string;
  let text: string;

  if (startsWith(bytes, UTF8_BOM)) {
    encoding = 'utf-8-bom';
    text = decodeStrict('utf-8', bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const utf16 = guessBomlessUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(bytes);
    } else {
      if (tooManyNuls(bytes)) throw new UnreadableInputError('binary file (contains NUL bytes)');
      try {
        encoding = 'utf-8';
        text = decodeStrict('utf-8', bytes);
      } catch {
        encoding = 'windows-1256';
        text = new TextDecoder('windows-1256').decode(bytes);
        if (!readsAsWindows1256Text(text)) throw new UnreadableInputError('binary file (not text in UTF-8, UTF-16 or Windows-1256)');
        diagnostics.push({
          severity: 'warning',
          code: 'encoding-fallback',
          message: 'not valid UTF-8; decoded as Windows-1256 (Arabic)',
          line: null,
        });
      }
    }
  }
  if (tooManyNulCharacters(text)) throw new UnreadableInputError('binary file (contains NUL characters)');
  return { text: foldLineEndings(text), encoding, bytes: bytes.length, sha256, diagnostics };
}

function decodeStrict(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { fatal: true }).decode(bytes);
}
