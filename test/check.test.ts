// `--check` and `--update` on a copy of the fixtures, as a user's CI would run them.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align, shorten } from '../src/cli/diff.js';
import { ROOT, run } from './helpers/cli.js';

/** How many documents the fixtures folder holds, in every layout. */
const ALL = (readdirSync(join(ROOT, 'fixtures'), { recursive: true }) as string[]).filter((f) => /\.(txt|pdf)$/.test(f)).length;

/**
 * A copy of the fixtures: all of them, or (to keep the runs short) the five seeds and one
 * document in a sub-folder, which is enough for every case below.
 */
function copyFixtures(which: 'all' | 'some' = 'some'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ctoc-check-')), 'fixtures');
  if (which === 'all') {
    cpSync(join(ROOT, 'fixtures'), dir, { recursive: true });
    return dir;
  }
  const some = (readdirSync(join(ROOT, 'fixtures'), { recursive: true }) as string[]).filter((f) => /^(\d{3}_|onepara\/003_)[^/]*\.(txt|json)$/.test(f));
  for (const f of some) cpSync(join(ROOT, 'fixtures', f), join(dir, f), { recursive: true });
  return dir;
}
/** How many documents copyFixtures() copies. */
const TOTAL = 6;

describe('--check', () => {
  it('untouched fixtures: exit 0 and a one-line summary', () => {
    const r = run(['--check', copyFixtures('all')]);
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: `0 of ${ALL} documents changed\n` });
  });

  it('one field edited: exit 1, naming the document, block and field, with old and new values and the line', () => {
    const dir = copyFixtures();
    const file = join(dir, '003_c328bc31ea94c91f.json');
    const snap = JSON.parse(readFileSync(file, 'utf8'));
    const block = snap.blocks.find((b: { id: string }) => b.id === 'para_7');
    block.text = block.text.replace('خطة العمل العالمية والسعي', 'خطة العمل والسعي');
    writeFileSync(file, `${JSON.stringify(snap, null, 2)}\n`);
    const r = run(['--check', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`changed ${join(dir, '003_c328bc31ea94c91f.txt')}: 1 difference`);
    expect(r.stderr).toContain('block para_7 · text (line 98)');
    expect(r.stderr).toMatch(/- …[^\n]*خطة العمل والسعي/);
    expect(r.stderr).toMatch(/\+ …[^\n]*خطة العمل العالمية والسعي/);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`1 of ${TOTAL} documents changed`);
  });

  it('a paragraph inserted in a document: one insertion, and what it moved as counts', () => {
    const dir = copyFixtures();
    const file = join(dir, '003_c328bc31ea94c91f.txt');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('وإذ يُشدد على دور');
    writeFileSync(file, `${text.slice(0, at)}وإذ يرحب بالتقدم المحرز في هذا المجال،\n\n${text.slice(at)}`);
    const r = run(['--check', dir]);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines.filter((l) => /inserted|removed/.test(l))).toEqual(['  1 block inserted after preamble__recital_6__subpara_f (line 56)']);
    expect(r.stderr).toContain('+ preamble__recital_7 (preambular): وإذ يرحب بالتقدم المحرز في هذا المجال،');
    expect(lines).toContain('  blocks whose id, parent or notes changed: 13');
    expect(lines.filter((l) => /^  block /.test(l))).toEqual([]);
  });

  it('a missing snapshot: exit 1, naming it', () => {
    const dir = copyFixtures();
    rmSync(join(dir, '000_796ffacb07e5913b.json'));
    const r = run(['--check', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`missing ${join(dir, '000_796ffacb07e5913b.json')}`);
    expect(r.stderr).toContain(`0 of ${TOTAL} documents changed, 1 missing snapshot`);
  });

  it('--update rewrites only what changed, says which, and --check then passes with identical bytes', () => {
    const dir = copyFixtures();
    const files = () => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(txt|json)$/.test(f)).sort();
    const before = Object.fromEntries(files().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    rmSync(join(dir, '000_796ffacb07e5913b.json'));
    writeFileSync(join(dir, '004_58cacbd2eb56dbd6.json'), '{}\n');
    const u = run(['--check', dir, '--update']);
    expect(u.status).toBe(0);
    expect(u.stderr).toContain(`updated 2 snapshots:\n  ${join(dir, '000_796ffacb07e5913b.json')}\n  ${join(dir, '004_58cacbd2eb56dbd6.json')}\n`);
    expect(run(['--check', dir]).status).toBe(0);
    const after = Object.fromEntries(files().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    expect(after).toEqual(before);
  });

  it('--update <dir> alone writes the snapshots', () => {
    const dir = copyFixtures();
    rmSync(join(dir, '001_60b2eecff371ef33.json'));
    expect(run(['--update', dir]).status).toBe(0);
    expect(readFileSync(join(dir, '001_60b2eecff371ef33.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'fixtures', '001_60b2eecff371ef33.json'), 'utf8'));
  });

  it.each([
    ['--check DIR --update', (d: string) => ['--check', d, '--update']],
    ['--check --update DIR', (d: string) => ['--check', '--update', d]],
    ['--update --check DIR', (d: string) => ['--update', '--check', d]],
    ['--update DIR', (d: string) => ['--update', d]],
    ['--update DIR --check DIR', (d: string) => ['--update', d, '--check', d]],
  ])('%s rewrites the snapshots byte for byte', (_, args) => {
    const dir = copyFixtures();
    rmSync(join(dir, '002_5f86ae751a8ca784.json'));
    writeFileSync(join(dir, 'onepara', '003_c328bc31ea94c91f.json'), '{}\n');
    const u = run(args(dir));
    expect(u.stderr).toContain(`updated 2 snapshots:\n  ${join(dir, '002_5f86ae751a8ca784.json')}\n  ${join(dir, 'onepara/003_c328bc31ea94c91f.json')}\n`);
    expect(u.status).toBe(0);
    for (const f of ['002_5f86ae751a8ca784.json', 'onepara/003_c328bc31ea94c91f.json']) {
      expect(readFileSync(join(dir, f), 'utf8')).toBe(readFileSync(join(ROOT, 'fixtures', f), 'utf8'));
    }
  });

  it.each([
    ['no folder', ['--check']],
    ['--update alone', ['--update']],
    ['two different folders', ['--check', 'fixtures', '--update', 'test']],
  ])('%s is a usage error', (_, args) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a corrupt snapshot is reported as such, the other documents are still checked, exit 2', () => {
    const dir = copyFixtures();
    writeFileSync(join(dir, '000_796ffacb07e5913b.json'), '{ broken');
    const file = join(dir, '003_c328bc31ea94c91f.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"layout": "paragraphs"', '"layout": "wrapped"'));
    const r = run(['--check', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/000_796ffacb07e5913b\.json: corrupt snapshot/);
    expect(r.stderr).toContain(`changed ${join(dir, '003_c328bc31ea94c91f.txt')}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`1 of ${TOTAL} documents changed, 1 corrupt snapshot`);
    expect(run(['--check', dir, '--update']).status).toBe(0);
    expect(run(['--check', dir]).status).toBe(0);
  });

  it('a folder that does not exist is a usage error', () => {
    expect(run(['--check', join(tmpdir(), 'no-such-folder-ctoc')]).status).toBe(2);
  });
});

describe('short diffs of long text', () => {
  it('shows a window around the change', () => {
    const a = `${'أ'.repeat(100)}قديم${'ب'.repeat(100)}`;
    const b = `${'أ'.repeat(100)}جديد${'ب'.repeat(100)}`;
    const [x, y] = shorten(a, b);
    expect(x).toBe(`…${'أ'.repeat(30)}قديم${'ب'.repeat(30)}…`);
    expect(y).toBe(`…${'أ'.repeat(30)}جديد${'ب'.repeat(30)}…`);
  });
  it('leaves short values whole', () => {
    expect(shorten('2017-07-06', '2017-07-07')).toEqual(['2017-07-06', '2017-07-07']);
  });
});

describe('aligning two parses, as diff aligns lines', () => {
  // Each pair as old and new, with _ for none: a_ is a removal, _a an insertion.
  const pairs = (a: string, b: string) => align([...a], [...b], (x) => x).map(([x, y]) => `${x ?? '_'}${y ?? '_'}`).join(' ');
  it.each([
    ['abc', 'abc', 'aa bb cc'],
    ['abc', 'axbc', 'aa _x bb cc'],
    ['abc', 'ac', 'aa b_ cc'],
    ['abcd', 'abxd', 'aa bb _x c_ dd'],
    ['', 'ab', '_a _b'],
  ])('%s → %s', (a, b, want) => {
    expect(pairs(a, b)).toBe(want);
  });
});
