// The command line's pools and processes, spawned as a user runs them: --jobs, start-up
// with the code cache, and a reader that stops early.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKERS_FILL_CORES } from '../src/cli/tuning.js';
import { BIN, ndjson, ROOT, run, SEED, seedText, tmp } from './helpers/cli.js';

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
    const two = run(['-j', '2', ...args]);
    expect(two).toEqual(one);
    expect(two.status).toBe(2);
  });

  it('a long document among short ones keeps its turn', () => {
    // (Documents over the workers' cap, 16 MB, are parsed by the main thread: too costly
    // to make here; pool.test.ts has the main thread take over a failed worker's task.)
    const dir = tmp();
    const large = join(dir, 'large.txt');
    writeFileSync(large, Array.from({ length: 20 }, () => seedText).join('\n\n'));
    const args = ['fixtures/000_796ffacb07e5913b.txt', large, 'fixtures/001_60b2eecff371ef33.txt'];
    const one = run(['-j', '1', ...args]);
    const two = run(['-j', '2', ...args]);
    expect(two.stdout).toBe(one.stdout);
    expect(ndjson(two.stdout).map((d) => d.source.path)).toEqual([args[0], large, args[2]]);
  });

  it('with more inputs than the pool holds at once, every result still comes in input order', () => {
    // 30 inputs against a window of 3 × 8: three workers parse, and the window fills and
    // moves on.
    const fixtures = ['000_796ffacb07e5913b', '001_60b2eecff371ef33', '002_5f86ae751a8ca784', '003_c328bc31ea94c91f', '004_58cacbd2eb56dbd6'];
    const args = Array.from({ length: 30 }, (_, i) => `fixtures/${fixtures[(i * 7) % fixtures.length]}.txt`);
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
      const io = { stdout: () => {}, stderr: () => {}, stdin: () => Buffer.alloc(0), stdoutIsTTY: false, stderrIsTTY: false, env: {} };
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
