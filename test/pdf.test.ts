// Reading the PDF itself: the seeds typeset as UN PDFs by two producers (Chromium and
// LibreOffice, ../shared/seeds-pdf/, kept in fixtures/pdf*/), and made PDFs for what is
// refused. The reader is pdf.js, for real.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { snapshotText } from '../src/cli/check.js';
import { DOCUMENT_SCHEMA } from '../src/emit/schema.js';
import { parsePdfWithText } from '../src/index.js';
import type { ParsedDocument } from '../src/types.js';
import { ROOT, run, tmp } from './helpers/cli.js';
import { expectInvariants } from './helpers/invariants.js';

const FIXTURES = join(ROOT, 'fixtures');
const pdfs = fg.sync('pdf*/*.pdf', { cwd: FIXTURES }).sort();
const validate = new Ajv({ allErrors: true }).compile(DOCUMENT_SCHEMA);

describe.each(pdfs)('%s', (name) => {
  const parsed = parsePdfWithText(readFileSync(join(FIXTURES, name)), { path: name });

  it('matches its reviewed snapshot and the schema', async () => {
    const { doc } = await parsed;
    expect(snapshotText(doc)).toBe(readFileSync(join(FIXTURES, name.replace(/\.pdf$/, '.json')), 'utf8'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('covers every line of the text it was read as, and gives every block its pages', async () => {
    const { doc, source } = await parsed;
    expectInvariants(doc, source);
    expect(doc.source).toMatchObject({ encoding: 'pdf' });
    for (const b of doc.blocks) {
      expect(b.pages?.length, b.id).toBeGreaterThan(0);
      for (const p of b.pages!) expect(p).toBeLessThanOrEqual(doc.source.pages!);
    }
  });
});

describe('a Chromium PDF parses as its blank-line text does', () => {
  const seeds = pdfs.filter((name) => name.startsWith('pdf/'));
  it.each(seeds)('%s', async (name) => {
    const { doc } = await parsePdfWithText(readFileSync(join(FIXTURES, name)));
    const text = JSON.parse(readFileSync(join(FIXTURES, name.replace(/^pdf\//, '').replace(/\.pdf$/, '.json')), 'utf8')) as ParsedDocument;
    const outline = (d: ParsedDocument) => d.blocks.map((b) => `${b.id} ${b.type} ${b.parent ?? '-'}`);
    const ours = new Set(outline(doc));
    const agree = outline(text).filter((b) => ours.has(b)).length / text.blocks.length;
    expect(agree).toBeGreaterThanOrEqual(0.9);
  });
});

describe('PDFs the command line reads, and those it refuses', () => {
  it('a PDF among text files: the same JSON, pages on its blocks, --format text the lines it refers to', () => {
    const r = run(['-q', 'fixtures/pdf/003_c328bc31ea94c91f.pdf', 'fixtures/003_c328bc31ea94c91f.txt']);
    expect(r.status).toBe(0);
    const [pdf, txt] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as ParsedDocument);
    expect(pdf.metadata.number).toBe(txt.metadata.number);
    expect(pdf.blocks.filter((b) => b.type === 'operative').length).toBe(txt.blocks.filter((b) => b.type === 'operative').length);
    const text = run(['-q', '-f', 'text', 'fixtures/pdf/003_c328bc31ea94c91f.pdf']).stdout.split('\n');
    const para = pdf.blocks.find((b) => b.id === 'para_1')!;
    // The same lines, less the glyphs pdf.js could not map (U+FFFD in raw).
    expect(text.slice(para.lines[0][0] - 1, para.lines[0][1]).join('\n')).toBe(para.raw.replace(/\uFFFD/g, '').split('\n').slice(0, para.lines[0][1] - para.lines[0][0] + 1).join('\n'));
  });

  it('standard input is told a PDF by its header', () => {
    const r = run(['-q', '-'], { input: readFileSync(join(FIXTURES, 'pdf', '000_796ffacb07e5913b.pdf')) });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as ParsedDocument).source.encoding).toBe('pdf');
  });

  it('a scan, an encrypted and a truncated PDF: one line each, exit 2, the others still read', () => {
    const truncated = join(tmp(), 'truncated.pdf');
    writeFileSync(truncated, readFileSync(join(FIXTURES, 'pdf', '000_796ffacb07e5913b.pdf')).subarray(0, 5000));
    const r = run(['-q', 'test/pdf/scanned.pdf', 'test/pdf/encrypted.pdf', truncated, 'fixtures/made-sc-resolution.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'error test/pdf/scanned.pdf: a PDF with no text layer (a scan?): OCR it first',
      'error test/pdf/encrypted.pdf: an encrypted PDF: remove its password first (qpdf --decrypt IN.pdf OUT.pdf)',
      `error ${truncated}: not a readable PDF (broken or truncated)`,
    ]);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
});
