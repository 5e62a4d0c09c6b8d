// Standard output without Node's streams for files and the null device (src/cli/stdio.ts),
// and the terminal check that replaces node:tty where fstat can answer.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTerminal } from '../src/cli/stdio.js';
import { BIN, ROOT, run } from './helpers/cli.js';

const SEED = 'fixtures/001_60b2eecff371ef33.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'ctoc-stdio-'));

describe('isTerminal', () => {
  it('is false for a file, the null device and a closed descriptor', () => {
    const file = openSync(join(tmp(), 'out'), 'w');
    const nul = openSync('/dev/null', 'w');
    try {
      expect(isTerminal(file)).toBe(false);
      expect(isTerminal(nul)).toBe(false);
    } finally {
      closeSync(file);
      closeSync(nul);
    }
    expect(isTerminal(file)).toBe(false);
  });
});

describe('standard output', () => {
  it('a file gets the same bytes as a pipe, for one and for several documents', () => {
    for (const args of [[SEED], ['fixtures/*.txt', '-j', '2']]) {
      const piped = run(args).stdout;
      const path = join(tmp(), 'out.ndjson');
      const fd = openSync(path, 'w');
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      closeSync(fd);
      expect(r.status).toBe(0);
      expect(readFileSync(path, 'utf8')).toBe(piped);
    }
  });

  it('a run into the null device succeeds', () => {
    const r = spawnSync(process.execPath, [BIN, SEED], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toContain('numbering-out-of-order');
  });
});

// util-linux `script` (Debian's essential bsdutils) runs the CLI on a pseudo-terminal.
describe('on a terminal', () => {
  const onTerminal = (args: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" ${args}`, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    });

  it('pretty JSON and coloured diagnostics by default', () => {
    const r = onTerminal(SEED);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('{\r\n  "source": {');
    expect(r.stdout).toMatch(/\u001b\[33mwarning\u001b\[39m/);
  });

  it('no colour with NO_COLOR', () => {
    const r = onTerminal(SEED, { NO_COLOR: '1' });
    expect(r.stdout).toContain('warning');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('the outline in colour, and a summary of the run after the messages', () => {
    const outline = onTerminal(`--outline ${SEED}`);
    expect(outline.stdout).toMatch(/\u001b\[36mpara_1\u001b\[39m/);
    const r = onTerminal(`fixtures/002_5f86ae751a8ca784.txt ${SEED} -o "${mkdtempSync(join(tmpdir(), 'ctoc-tty-'))}"`);
    expect(r.stdout.trim().split('\n').at(-1)!.trim()).toMatch(/^2 documents, \d+ blocks, \d+ warnings \((reference-ambiguous|[a-z-]+) \d+(, [a-z-]+ \d+)*\)$/);
  });
});
