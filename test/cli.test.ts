// The command line, spawned as a user runs it: inputs, output forms, exit status,
// messages, encodings.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { useColour } from '../src/cli/report.js';
import { encodeWindows1256, ndjson, ROOT, run, SEED, seedText, tmp } from './helpers/cli.js';


describe('inputs and output', () => {
  it('several files: one compact JSON document per line, in input order', () => {
    const r = run(['fixtures/004_58cacbd2eb56dbd6.txt', 'fixtures/000_796ffacb07e5913b.txt']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual(['fixtures/004_58cacbd2eb56dbd6.txt', 'fixtures/000_796ffacb07e5913b.txt']);
  });

  it('expands a quoted glob itself, sorted', () => {
    const r = run(['fixtures/0*.txt']);
    expect(r.status).toBe(0);
    const paths = ndjson(r.stdout).map((d) => d.source.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(5);
  });

  it('reads standard input with -, giving the same document as the file', () => {
    const fromFile = ndjson(run([SEED]).stdout)[0];
    const fromStdin = ndjson(run(['-'], { input: seedText }).stdout)[0];
    expect(fromStdin.source.path).toBe('-');
    expect({ ...fromStdin, source: null }).toEqual({ ...fromFile, source: null });
  });

  it('--pretty and --compact', () => {
    expect(run(['--pretty', SEED]).stdout.split('\n').length).toBeGreaterThan(100);
    expect(run(['--compact', SEED]).stdout.trim().split('\n')).toHaveLength(1);
    expect(run(['--pretty', '--compact', SEED]).status).toBe(2);
  });

  it('--schema prints a JSON Schema that every fixture output validates against', () => {
    const schema = JSON.parse(run(['--schema']).stdout);
    const validate = new Ajv().compile(schema);
    for (const doc of ndjson(run(['fixtures/*.txt']).stdout)) expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('--version and --help', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(run(['--version'])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--check [dir]');
  });

  it('usage errors exit 2 with one line', () => {
    for (const args of [[], ['--no-such-option', SEED], ['--max-bytes', 'lots', SEED], ['--update']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('--references', () => {
  it('prints one JSON line per reference, naming the file and the block', () => {
    const r = run(['--references', 'fixtures/002_5f86ae751a8ca784.txt', 'fixtures/003_c328bc31ea94c91f.txt']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(50);
    expect(lines).toContainEqual(expect.objectContaining({ file: 'fixtures/002_5f86ae751a8ca784.txt', block: 'preamble__recital_2', type: 'resolution', value: '61/144', organ: 'ga' }));
    expect(lines).toContainEqual(expect.objectContaining({ file: 'fixtures/003_c328bc31ea94c91f.txt', block: 'fn_3', type: 'document', value: 'A/71/119' }));
    expect(run(['-j', '2', '--references', 'fixtures/002_5f86ae751a8ca784.txt', 'fixtures/003_c328bc31ea94c91f.txt']).stdout).toBe(r.stdout);
  });
});

describe('bad inputs among good ones', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff]));
  writeFileSync(join(dir, 'empty.txt'), '');
  mkdirSync(join(dir, 'folder.txt'));

  it('each bad input gets one clear line, the good ones are still printed, exit 2', () => {
    const r = run([join(dir, 'missing.txt'), SEED, join(dir, 'folder.txt'), join(dir, 'binary.txt'), `${dir}/nothing-*.txt`, 'fixtures/000_796ffacb07e5913b.txt']);
    expect(r.status).toBe(2);
    expect(ndjson(r.stdout).map((d) => d.source.path)).toEqual([SEED, 'fixtures/000_796ffacb07e5913b.txt']);
    const errors = r.stderr.trim().split('\n').filter((l) => l.startsWith('error'));
    expect(errors).toEqual([
      `error ${join(dir, 'missing.txt')}: no such file`,
      `error ${join(dir, 'folder.txt')}: is a directory, not a file`,
      `error ${join(dir, 'binary.txt')}: binary file (contains NUL bytes)`,
      `error ${dir}/nothing-*.txt: no file matches this pattern`,
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a file with no UN layout at all (empty, a CSV) is printed, and its error exits 1; a warning only under --strict', () => {
    writeFileSync(join(dir, 'table.csv'), 'a,b,c\n1,2,3\n');
    for (const name of ['empty.txt', 'table.csv']) {
      const r = run([join(dir, name)]);
      expect(r.status).toBe(1);
      expect(ndjson(r.stdout)[0].diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'layout-unrecognised' }));
      expect(r.stderr).toMatch(/^error .*layout-unrecognised/m);
    }
    expect(ndjson(run([join(dir, 'empty.txt')]).stdout)[0].blocks).toEqual([]);
    expect(run([SEED]).status).toBe(0);
    expect(run(['--strict', 'fixtures/001_60b2eecff371ef33.txt']).status).toBe(1);
  });

  it.each([['1'], ['2']])('--max-bytes applies to standard input too (--jobs %s); the other inputs are still printed', (jobs) => {
    const r = run(['-q', '-j', jobs, '--max-bytes', '15000', '-', 'fixtures/000_796ffacb07e5913b.txt'], { input: seedText });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('error -: larger than --max-bytes (more than 15000 bytes)\n');
    expect(ndjson(r.stdout).map((d) => d.source.path)).toEqual(['fixtures/000_796ffacb07e5913b.txt']);
  });

  it('--max-bytes refuses a larger input with a clear message', () => {
    const r = run(['--max-bytes', '1000', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('larger than --max-bytes');
  });
});

describe('encodings and line endings give the same blocks', () => {
  const dir = tmp();
  const original = ndjson(run([SEED]).stdout)[0];
  const variants: Array<[string, Buffer, string]> = [
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seedText, 'utf16le').swap16()]), 'utf-16be'],
    ['UTF-16 LE without BOM', Buffer.from(seedText, 'utf16le'), 'utf-16le'],
    ['UTF-16 BE without BOM', Buffer.from(seedText, 'utf16le').swap16(), 'utf-16be'],
    ['CRLF', Buffer.from(seedText.replace(/\n/g, '\r\n')), 'utf-8'],
    ['lone CR', Buffer.from(seedText.replace(/\n/g, '\r')), 'utf-8'],
  ];
  // One run reads them all, in order.
  const files = variants.map(([name, bytes]) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, bytes);
    return file;
  });
  const docs = ndjson(run(files).stdout);
  it.each(variants.map((v, i) => [...v, i] as const))('%s', (_, __, encoding, i) => {
    const doc = docs[i];
    expect(doc.source.path).toBe(files[i]);
    expect(doc.source.encoding).toBe(encoding);
    expect(doc.blocks).toEqual(original.blocks);
    expect(doc.metadata).toEqual(original.metadata);
  });

  it('Windows-1256: same blocks, and an encoding-fallback diagnostic', () => {
    // Windows-1256 has no Arabic-Indic digits: older files wrote ASCII ones.
    const text = seedText.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[‘’]/g, "'");
    const utf8 = join(dir, 'ascii-digits.txt');
    const cp1256 = join(dir, 'cp1256.txt');
    writeFileSync(utf8, text);
    writeFileSync(cp1256, encodeWindows1256(text));
    const [a, b] = ndjson(run([utf8, cp1256]).stdout);
    expect(b.source.encoding).toBe('windows-1256');
    expect(b.blocks).toEqual(a.blocks);
    expect(b.diagnostics.map((d) => d.code)).toContain('encoding-fallback');
  });
});

describe('messages on standard error', () => {
  it.each([
    ['auto', { NO_COLOR: '1' }, true, false],
    ['auto', {}, false, false],
    ['auto', {}, true, true],
    ['auto', { TERM: 'dumb' }, true, false],
    ['auto', { FORCE_COLOR: '1' }, false, true],
    ['auto', { FORCE_COLOR: '0' }, true, false],
    ['auto', { NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    ['always', { NO_COLOR: '1', TERM: 'dumb' }, false, true],
    ['never', { FORCE_COLOR: '1' }, true, false],
  ] as const)('--color %s with %j on a terminal: %s → colour %s', (choice, env, tty, want) => {
    expect(useColour(choice, env, tty)).toBe(want);
  });

  it('no colour with NO_COLOR even when FORCE_COLOR is set; --color always and FORCE_COLOR colour a pipe', () => {
    const r = run(['fixtures/001_60b2eecff371ef33.txt'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.stderr).not.toMatch(/\u001b\[/);
    expect(run(['fixtures/001_60b2eecff371ef33.txt'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stderr).toMatch(/\u001b\[/);
    expect(run(['--color', 'always', 'fixtures/001_60b2eecff371ef33.txt']).stderr).toMatch(/\u001b\[/);
    expect(run(['--color=never', 'fixtures/001_60b2eecff371ef33.txt'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stderr).not.toMatch(/\u001b\[/);
    expect(run(['--color', 'sometimes', 'fixtures/001_60b2eecff371ef33.txt']).status).toBe(2);
  });

  it('diagnostics name the file and line; --quiet hides them', () => {
    const r = run(['fixtures/001_60b2eecff371ef33.txt']);
    expect(r.stderr).toContain('warning fixtures/001_60b2eecff371ef33.txt:167 numbering-out-of-order');
    expect(r.stdout.startsWith('{')).toBe(true);
    expect(run(['-q', 'fixtures/001_60b2eecff371ef33.txt']).stderr).toBe('');
  });
});

describe('paths that once crashed: one line, exit 2, no stack trace', () => {
  const oneLine = (r: { status: number | null; stderr: string }) => {
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  };
  it.each([
    ['--check on a file', ['--check', SEED]],
    ['--update on a file', ['--update', SEED]],
  ])('%s', (_, args) => oneLine(run(args)));

  it('--out-dir naming a file, or a link to nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctoc-out-'));
    writeFileSync(join(dir, 'file'), '');
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    oneLine(run(['-o', join(dir, 'file'), SEED]));
    oneLine(run(['-o', join(dir, 'dangling'), SEED]));
  });

  it('--out-dir with two inputs of one name: refused, nothing overwritten', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctoc-out-'));
    for (const [sub, seed] of [['a', SEED], ['b', 'fixtures/000_796ffacb07e5913b.txt']]) {
      mkdirSync(join(dir, sub));
      cpSync(join(ROOT, seed), join(dir, sub, 'report.txt'));
    }
    const r = run(['-q', '-o', join(dir, 'out'), join(dir, 'a', 'report.txt'), join(dir, 'b', 'report.txt')]);
    oneLine(r);
    expect(r.stderr).toContain('report.json');
  });
});

it('--format akn writes one XML per input with --out-dir, and refuses several on standard output', () => {
  const out = join(tmp(), 'out');
  const top = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
  expect(run(['-q', '-f', 'akn', '-o', out, 'fixtures/*.txt']).status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(top.map((f) => f.replace(/\.txt$/, '.xml')));
  expect(run(['-q', '-f', 'akn', 'fixtures/*.txt']).status).toBe(2);
  expect(run(['-q', '--format', 'akn', 'fixtures/000_796ffacb07e5913b.txt']).stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><akomaNtoso/);
});
