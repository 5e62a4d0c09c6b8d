// The command line, spawned as a user runs it: inputs, output forms, exit status,
// messages, encodings.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { useColour } from '../src/cli/report.js';
import { WORKERS_FILL_CORES } from '../src/cli/tuning.js';
import type { ParsedDocument } from '../src/types.js';
import { BIN, encodeWindows1256, ROOT, run } from './helpers/cli.js';

const SEED = 'fixtures/003_c328bc31ea94c91f.txt';
const seedText = readFileSync(join(ROOT, SEED), 'utf8');
const ndjson = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as ParsedDocument);
const tmp = () => mkdtempSync(join(tmpdir(), 'ctoc-'));

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
  it.each(variants)('%s', (name, bytes, encoding) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, bytes);
    const doc = ndjson(run([file]).stdout)[0];
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
  it('no colour with NO_COLOR, nor when not a terminal; colour on a terminal', () => {
    expect(useColour({ NO_COLOR: '1' }, true)).toBe(false);
    expect(useColour({}, false)).toBe(false);
    expect(useColour({}, true)).toBe(true);
    const r = run(['fixtures/001_60b2eecff371ef33.txt'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(r.stderr).not.toMatch(/\u001b\[/);
  });

  it('diagnostics name the file and line; --quiet hides them', () => {
    const r = run(['fixtures/001_60b2eecff371ef33.txt']);
    expect(r.stderr).toContain('warning fixtures/001_60b2eecff371ef33.txt:167 numbering-out-of-order');
    expect(r.stdout.startsWith('{')).toBe(true);
    expect(run(['-q', 'fixtures/001_60b2eecff371ef33.txt']).stderr).toBe('');
  });
});

describe('--jobs', () => {
  it('a pool of workers gives the same bytes, in input order, as one thread', () => {
    const args = ['fixtures/0*.txt', 'fixtures/000_796ffacb07e5913b.txt', '-', 'fixtures/001_60b2eecff371ef33.txt'];
    const one = run(['-j', '1', ...args], { input: seedText });
    const two = run(['-j', '2', ...args], { input: seedText });
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(ndjson(two.stdout).map((d) => d.source.path)).toEqual([
      'fixtures/000_796ffacb07e5913b.txt', 'fixtures/001_60b2eecff371ef33.txt', 'fixtures/002_5f86ae751a8ca784.txt',
      'fixtures/003_c328bc31ea94c91f.txt', 'fixtures/004_58cacbd2eb56dbd6.txt', 'fixtures/000_796ffacb07e5913b.txt', '-',
      'fixtures/001_60b2eecff371ef33.txt',
    ]);
  });

  it('workers started for a pattern that matches one file are stopped, and the run ends', () => {
    const r = run(['-j', '2', 'fixtures/003_*.txt']);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((d) => d.source.path)).toEqual([SEED]);
  });

  it('bad inputs in a pool are reported as in one thread', () => {
    const args = ['no-such-file.txt', 'fixtures/000_796ffacb07e5913b.txt', 'fixtures'];
    const one = run(['-j', '1', ...args]);
    const two = run(['-j', '3', ...args]);
    expect(two).toEqual(one);
    expect(two.status).toBe(2);
  });

  it('a document too large for a worker is parsed in the main thread, in its turn', () => {
    const dir = tmp();
    const large = join(dir, 'large.txt');
    writeFileSync(large, Array.from({ length: 60 }, () => seedText).join('\n\n'));
    const args = ['fixtures/000_796ffacb07e5913b.txt', large, 'fixtures/001_60b2eecff371ef33.txt'];
    const one = run(['-j', '1', ...args]);
    const two = run(['-j', '2', ...args]);
    expect(two.stdout).toBe(one.stdout);
    expect(ndjson(two.stdout).map((d) => d.source.path)).toEqual([args[0], large, args[2]]);
  });

  it('with more inputs than the pool holds at once, every result still comes in input order', () => {
    // 60 inputs against a window of 3 × 8: three workers parse, and the window fills and
    // moves on.
    const fixtures = ['000_796ffacb07e5913b', '001_60b2eecff371ef33', '002_5f86ae751a8ca784', '003_c328bc31ea94c91f', '004_58cacbd2eb56dbd6'];
    const args = Array.from({ length: 60 }, (_, i) => `fixtures/${fixtures[(i * 7) % fixtures.length]}.txt`);
    const one = run(['-j', '1', ...args]);
    const three = run(['-j', '3', ...args]);
    expect(three.status).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    expect(ndjson(three.stdout).map((d) => d.source.path)).toEqual(args);
  });

  it('--out-dir writes the same files from a pool as from one thread', () => {
    const [a, b] = [tmp(), tmp()];
    expect(run(['-q', '-j', '1', '-o', a, 'fixtures/*.txt']).status).toBe(0);
    expect(run(['-q', '-j', '2', '-o', b, 'fixtures/*.txt']).status).toBe(0);
    for (const name of ['000_796ffacb07e5913b.json', '002_5f86ae751a8ca784.json', '004_58cacbd2eb56dbd6.json']) {
      expect(readFileSync(join(b, name), 'utf8')).toBe(readFileSync(join(a, name), 'utf8'));
    }
  });

  it('--jobs takes a positive whole number', () => {
    expect(run(['-j', '0', SEED]).status).toBe(2);
  });
});

describe('start-up', () => {
  it('the bundled parts load with the code V8 compiled for them at build time', () => {
    // A fresh Node, loading the parts as the bin does: V8 takes a code cache only under
    // the flags and the source it was made with.
    const script = `
      const bundle = ${JSON.stringify(join(ROOT, 'dist', 'bundle'))};
      const cc = require(bundle + '/code-cache.cjs');
      const io = { stdout: () => {}, stderr: () => {}, stdin: () => Buffer.alloc(0), stdoutIsTTY: false, colour: false, progress: false };
      cc.requireCached(bundle + '/main.cjs').main(['node', 'ctoc-parse', '-q', ${JSON.stringify(join(ROOT, SEED))}], io).then((status) => {
        console.log(JSON.stringify({ status, main: cc.cacheAccepted(bundle + '/main.cjs'), parser: cc.cacheAccepted(bundle + '/parse-one.cjs') }));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual({ status: 0, main: true, parser: true });
  });

  it("pool workers load the parser with a cache made under a pooled run's flags", () => {
    const script = `
      const bundle = ${JSON.stringify(join(ROOT, 'dist', 'bundle'))};
      const cc = require(bundle + '/code-cache.cjs');
      for (const flag of ${JSON.stringify(WORKERS_FILL_CORES)}) require('node:v8').setFlagsFromString(flag);
      cc.requireCached(bundle + '/parse-one.cjs', cc.poolCacheFileOf(bundle + '/parse-one.cjs'));
      console.log(JSON.stringify(cc.cacheAccepted(bundle + '/parse-one.cjs')));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toBe(true);
  });

  it('a stale or damaged code cache is set aside, and the output is the same', () => {
    const copy = tmp();
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist', 'bundle'), join(copy, 'dist', 'bundle'), { recursive: true });
    writeFileSync(join(copy, 'dist', 'bundle', 'parse-one.cjs.cache'), Buffer.from('not a code cache'));
    writeFileSync(join(copy, 'dist', 'bundle', 'main.cjs.cache'), readFileSync(join(ROOT, 'dist', 'bundle', 'parse-one.cjs.cache')));
    const damaged = spawnSync(process.execPath, [join(copy, 'bin', 'ctoc-parse.js'), SEED], { cwd: ROOT, encoding: 'utf8' });
    const usual = spawnSync(process.execPath, [BIN, SEED], { cwd: ROOT, encoding: 'utf8' });
    expect(damaged.status).toBe(usual.status);
    expect(damaged.stdout).toBe(usual.stdout);
  });
});

describe('a reader that stops early', () => {
  it.each([['1'], ['2']])('ends the run quietly with --jobs %s (| head)', async (jobs) => {
    const args = [BIN, '-q', '-j', jobs, ...Array.from({ length: 40 }, () => SEED)];
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('stops parsing soon after the reader does, in one thread too: output does not pile up', async () => {
    // 002 raises two warnings per document: the warnings count the documents parsed.
    const dir = tmp();
    for (let i = 0; i < 600; i++) cpSync(join(ROOT, 'fixtures', '002_5f86ae751a8ca784.txt'), join(dir, `d${String(i).padStart(4, '0')}.txt`));
    const child = spawn(process.execPath, [BIN, '-j', '1', `${dir}/*.txt`], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    expect(await new Promise<number | null>((resolve) => child.on('close', resolve))).toBe(0);
    const parsed = stderr.split('\n').filter((l) => l.includes('reference-ambiguous')).length / 2;
    expect(parsed).toBeLessThan(300);
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
