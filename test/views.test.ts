// The views an analyst reaches for, through the built binary: CSV, the outline,
// --select, the diagnostic filters and GitHub annotations. (The HTML page is tested in a
// browser, in html.test.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { diagnosticFilter, githubAnnotation, RunTally } from '../src/cli/report.js';
import type { Outcome } from '../src/cli/parse-one.js';
import type { ParsedDocument } from '../src/types.js';
import { ndjson, ROOT, run, SEED, tmp } from './helpers/cli.js';

const fixtures = (readdirSync(join(ROOT, 'fixtures'), { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
const snapshot = (name: string) => JSON.parse(readFileSync(join(ROOT, 'fixtures', name.replace(/\.txt$/, '.json')), 'utf8')) as ParsedDocument;
const seed = snapshot(SEED.replace('fixtures/', ''));

describe('--format csv', () => {
  it('every fixture: a standard CSV reader finds one row per block, with the JSON text', () => {
    const r = run(['-q', '-f', 'csv', 'fixtures/**/*.txt']);
    // Exit 1 only for the documents with errors (pdf.js text whose words no order mends).
    const withErrors = fixtures.some((name) => snapshot(name).diagnostics.some((d) => d.severity === 'error'));
    expect(r.status).toBe(withErrors ? 1 : 0);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    const expected = fixtures.flatMap((name) =>
      snapshot(name).blocks.map((b) => ({ file: `fixtures/${name}`, id: b.id, type: b.type, label: b.label ?? '', number: b.number === null ? '' : String(b.number), parent: b.parent ?? '', text: b.text })),
    );
    expect(rows.map(({ lines: _, ...row }) => row)).toEqual(expected);
    expect(r.stdout.startsWith('file,id,type,label,number,parent,lines,text\r\n')).toBe(true);
  });

  it('quotes what RFC 4180 says to quote', () => {
    const r = run(['-q', '-f', 'csv', '-'], { input: 'إن المجلس،\n\n١ - يقرر أن "أ", و\nب؛' });
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.at(-1)!.text).toBe('يقرر أن "أ", و ب؛');
    expect(r.stdout).toContain('"يقرر أن ""أ"", و ب؛"');
  });

  it('a byte-order mark with --bom, and by default in --out-dir files (Excel reads UTF-8 only so)', () => {
    expect(run(['-q', '-f', 'csv', SEED]).stdout.startsWith('file,')).toBe(true);
    expect(run(['-q', '-f', 'csv', '--bom', SEED]).stdout.startsWith('\uFEFFfile,')).toBe(true);
    const dir = tmp();
    expect(run(['-q', '-f', 'csv', '-o', dir, SEED]).status).toBe(0);
    const written = readFileSync(join(dir, '003_c328bc31ea94c91f.csv'), 'utf8');
    expect(written.startsWith('\uFEFFfile,')).toBe(true);
    expect((parse(written, { columns: true, bom: true }) as unknown[]).length).toBe(seed.blocks.length);
    const plain = tmp();
    run(['-q', '-f', 'csv', '--no-bom', '-o', plain, SEED]);
    expect(readFileSync(join(plain, '003_c328bc31ea94c91f.csv'), 'utf8').startsWith('file,')).toBe(true);
  });
});

describe('--outline', () => {
  it('every fixture: one line per block (after a line naming the file), id, label, type and first words', () => {
    const out = run(['-q', '--outline', 'fixtures/**/*.txt']).stdout.trimEnd().split('\n');
    const expected = fixtures.flatMap((name) => [`fixtures/${name}`, ...snapshot(name).blocks.map((b) => `${b.id}${b.label === null ? '' : ` ${b.label}`} ${b.type}`)]);
    expect(out).toHaveLength(expected.length);
    out.forEach((line, i) => expect(line.trimStart().startsWith(expected[i]), line).toBe(true));
  });

  it('indented two spaces a level', () => {
    const lines = run(['-q', '--outline', SEED]).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(seed.blocks.length);
    const depth = new Map<string, number>();
    seed.blocks.forEach((b, i) => {
      depth.set(b.id, b.parent === null ? 0 : depth.get(b.parent)! + 1);
      expect(lines[i].startsWith(`${'  '.repeat(depth.get(b.id)!)}${b.id}`), lines[i]).toBe(true);
    });
  });

  it('--depth keeps the blocks that deep; several documents each start with their file', () => {
    const top = seed.blocks.filter((b) => b.parent === null).length;
    expect(run(['-q', '--outline', '--depth', '1', SEED]).stdout.trimEnd().split('\n')).toHaveLength(top);
    const two = run(['-q', '--outline', '--depth', '1', SEED, 'fixtures/000_796ffacb07e5913b.txt']).stdout.split('\n');
    expect(two[0]).toBe(SEED);
    expect(two).toContain('fixtures/000_796ffacb07e5913b.txt');
    expect(run(['--depth', '2', SEED]).status).toBe(2);
  });

  it('plain when piped (no colour codes)', () => {
    expect(run(['-q', '--outline', SEED]).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('--select', () => {
  it('prints exactly the named blocks, each with its ancestors\' ids, in document order', () => {
    const [doc] = ndjson(run(['-q', '--compact', '--select', 'para_1', 'preamble__recital_6__subpara_f', SEED]).stdout);
    expect(doc.blocks.map((b) => [b.id, (b as typeof b & { ancestors: string[] }).ancestors])).toEqual([
      ['preamble__recital_6__subpara_f', ['preamble__recital_6']],
      ['para_1', []],
    ]);
    expect(doc.footnotes.every((f) => doc.blocks.some((b) => b.footnoteRefs.includes(f.id)))).toBe(true);
  });

  it('in any format: CSV rows and outline lines of those blocks only', () => {
    const csv = parse(run(['-q', '-f', 'csv', '--select', 'para_2', 'para_3', SEED]).stdout, { columns: true }) as Array<{ id: string }>;
    expect(csv.map((r) => r.id)).toEqual(['para_2', 'para_3']);
    expect(run(['-q', '--outline', SEED, '--select', 'para_2']).stdout.trim().split('\n')).toHaveLength(1);
  });

  it('an id the document lacks is a warning naming it', () => {
    const r = run(['--select', 'para_999', SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('select-unknown: --select: no block para_999 in this document');
  });
});

describe('diagnostics', () => {
  const WARNED = 'fixtures/002_5f86ae751a8ca784.txt';
  it('--quiet-code and --only-code filter what is printed and what --strict counts', () => {
    expect(run(['--strict', WARNED]).status).toBe(1);
    const quiet = run(['--strict', '--quiet-code', 'reference-ambiguous', WARNED]);
    expect(quiet).toMatchObject({ status: 0, stderr: '' });
    const only = run(['--only-code', 'footnote-unused', 'reference-ambiguous', WARNED]);
    expect(only.stderr.trim().split('\n').every((l) => l.includes('reference-ambiguous'))).toBe(true);
    // A code no diagnostic has is a typo: refused, not a filter that hides everything.
    expect(run(['--only-code', 'no-such-code', '--strict', WARNED])).toMatchObject({ status: 2, stdout: '' });
  });

  it('--diagnostics github prints workflow commands', () => {
    const lines = run(['--diagnostics', 'github', WARNED, 'no-such-file.txt']).stderr.trim().split('\n');
    expect(lines).toContain('::warning file=fixtures/002_5f86ae751a8ca784.txt,line=35,title=reference-ambiguous::2/5 in preamble__recital_2 reads either way; taken as 5/2');
    expect(lines.at(-1)).toMatch(/^::error file=no-such-file\.txt::/);
    for (const l of lines) expect(l).toMatch(/^::(warning|error) file=[^,:]+(,line=\d+)?(,title=[a-z-]+)?::.+$/);
  });

  it.each([
    ['plain', 'warning', 'a.txt', 3, 'code', 'm', '::warning file=a.txt,line=3,title=code::m'],
    ['no line', 'error', 'a.txt', null, null, 'm', '::error file=a.txt::m'],
    ['escapes: % and newlines in the message; : and , in properties', 'warning', 'C:/x,y.txt', 1, 'c', '50%\nnext', '::warning file=C%3A/x%2Cy.txt,line=1,title=c::50%25%0Anext'],
  ] as const)('annotation syntax: %s', (_, severity, file, line, title, message, expected) => {
    expect(githubAnnotation(severity, file, line, title, message)).toBe(`${expected}\n`);
  });

  it('the end-of-run summary counts documents, blocks and the shown diagnostics by code', () => {
    const d = (code: string, severity: 'warning' | 'error' = 'warning') => ({ severity, code, message: '', line: null });
    const outcomes: Outcome[] = [
      { path: 'a', bytes: 1, diagnostics: [d('x'), d('y'), d('x')], summary: { blocks: 10, kind: null, number: null, title: null }, error: null },
      { path: 'b', bytes: 1, diagnostics: [d('z', 'error')], summary: { blocks: 5, kind: null, number: null, title: null }, error: null },
      { path: 'c', bytes: 0, diagnostics: [], summary: null, error: { kind: 'input', message: 'no such file' } },
    ];
    const summary = (shown: ReturnType<typeof diagnosticFilter>) => {
      const tally = new RunTally(shown);
      outcomes.forEach((o) => tally.add(o));
      return tally.text();
    };
    expect(summary(diagnosticFilter())).toBe('2 documents, 15 blocks, 1 not read, 1 error (z 1), 3 warnings (x 2, y 1)\n');
    expect(summary(diagnosticFilter(['x', 'z']))).toBe('2 documents, 15 blocks, 1 not read, 1 warning (y 1)\n');
  });
});
