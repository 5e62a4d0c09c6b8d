// What a new user hit, case by case (issue 29): a CI engineer running --check and -o, an
// analyst running the tool on what they have. Each runs the built binary.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../src/lexicon/diagnostic-codes.js';
import { ROOT, run, SEED, tmp } from './helpers/cli.js';

const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |node:internal/);

/** A folder with two documents and their snapshots. */
function snapshots(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ctoc-new-')), 'docs');
  mkdirSync(dir);
  for (const name of ['made-sc-resolution', 'made-sc-mandate']) {
    for (const ext of ['txt', 'json']) cpSync(join(ROOT, 'fixtures', `${name}.${ext}`), join(dir, `${name}.${ext}`));
  }
  return dir;
}

describe('1. a path in the way is one line and exit 2; the other documents go on', () => {
  it('--check where a snapshot is a folder', () => {
    const dir = snapshots();
    const snap = join(dir, 'made-sc-mandate.json');
    rmSync(snap);
    mkdirSync(snap);
    const r = run(['--check', dir]);
    expect(r.status).toBe(2);
    noTrace(r.stderr);
    expect(r.stderr).toContain(`${snap}: is a folder`);
    expect(r.stderr).toContain('0 of 2 documents changed, 1 unreadable');
  });

  it('-o where an output file is a folder', () => {
    const out = tmp();
    mkdirSync(join(out, 'made-sc-mandate.json'));
    const r = run(['-q', '-o', out, 'fixtures/made-sc-mandate.txt', 'fixtures/made-sc-resolution.txt']);
    expect(r.status).toBe(2);
    noTrace(r.stderr);
    expect(r.stderr.trim().split('\n')).toEqual([`error fixtures/made-sc-mandate.txt: output ${join(out, 'made-sc-mandate.json')} is a folder`]);
    expect(readFileSync(join(out, 'made-sc-resolution.json'), 'utf8')).toContain('"blocks"');
  });
});

describe('2. what --check walks', () => {
  it('a snapshot whose document was deleted fails the check; --update removes it', () => {
    const dir = snapshots();
    rmSync(join(dir, 'made-sc-mandate.txt'));
    writeFileSync(join(dir, 'settings.json'), '{"not": "a snapshot"}\n');
    const r = run(['--check', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`stale ${join(dir, 'made-sc-mandate.json')}`);
    expect(r.stderr).not.toContain('settings.json');
    expect(run(['--check', dir, '--update']).status).toBe(0);
    expect(existsSync(join(dir, 'made-sc-mandate.json'))).toBe(false);
    expect(existsSync(join(dir, 'settings.json'))).toBe(true);
    expect(run(['--check', dir]).status).toBe(0);
  });

  it('node_modules is not walked', () => {
    const dir = snapshots();
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'pkg', 'LICENSE.txt'), 'MIT License\n');
    const r = run(['--check', dir]);
    expect(r).toMatchObject({ status: 0, stderr: '0 of 2 documents changed\n' });
  });
});

describe('3. CRLF line ends, as a Windows checkout writes them', () => {
  const crlf = (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));

  it('a snapshot with CRLF equals its LF form', () => {
    const dir = snapshots();
    crlf(join(dir, 'made-sc-mandate.json'));
    expect(run(['--check', dir])).toMatchObject({ status: 0, stderr: '0 of 2 documents changed\n' });
  });

  it('a document with CRLF matches its snapshot, with a note on .gitattributes', () => {
    const dir = snapshots();
    crlf(join(dir, 'made-sc-mandate.txt'));
    const r = run(['--check', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('0 of 2 documents changed');
    expect(r.stderr).toContain('*.txt -text');
  });
});

describe('4. options do what they say or are refused', () => {
  it('--bom goes with CSV only', () => {
    const r = run(['--bom', SEED]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--bom goes with --format csv');
  });

  it('--quiet-code and --only-code take known codes only', () => {
    const r = run(['--quiet-code', 'numbering-gaps', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('«numbering-gaps»');
    expect(run(['--only-code', 'numbering-gap', SEED]).status).toBe(0);
  });

  it('-f akn --pretty writes one element a line, leaving text untouched', () => {
    const compact = run(['-q', '-f', 'akn', SEED]).stdout;
    const pretty = run(['-q', '-f', 'akn', '--pretty', SEED]).stdout;
    expect(pretty.split('\n').length).toBeGreaterThan(50);
    expect(pretty).toContain('\n  <');
    // The text is the same: only white space between elements that hold no text was added.
    const text = (xml: string) => xml.replace(/>\s+</g, '><').replace(/<[^>]+>/g, '');
    expect(text(pretty)).toBe(text(compact));
  });

  it('standard input twice is refused', () => {
    const r = run(['-', '-'], { input: readFileSync(join(ROOT, SEED)) });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('standard input (-) can be read only once');
  });
});

describe('5. colour by the usual conventions', () => {
  it('TERM=dumb and --color=never: no colour; FORCE_COLOR and --color=always: colour', () => {
    const env = { NO_COLOR: '' };
    expect(run([SEED], { env: { ...env, TERM: 'dumb' } }).stderr).not.toMatch(/\u001b\[/);
    expect(run(['--color=never', SEED], { env: { ...env, FORCE_COLOR: '1' } }).stderr).not.toMatch(/\u001b\[/);
    expect(run(['fixtures/001_60b2eecff371ef33.txt'], { env: { ...env, FORCE_COLOR: '1' } }).stderr).toMatch(/\u001b\[/);
  });
});

describe('6. limits', () => {
  it('-o /proc/nope is refused at once', () => {
    const r = run(['-o', '/proc/nope/out', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--jobs above the cores is capped to them, with a note', () => {
    const r = run(['-q', '--jobs', '64', 'fixtures/*.txt']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^note: --jobs 64 is more than this machine's \d+ cores?: using \d+\n$/);
  });
});

describe('7. what is not text', () => {
  it('random bytes without NUL are refused, never read as Windows-1256', () => {
    const dir = tmp();
    const files = Array.from({ length: 20 }, (_, i) => {
      const file = join(dir, `random-${i}.txt`);
      writeFileSync(file, randomBytes(200 + 97 * i).filter((b) => b !== 0));
      return file;
    });
    const r = run(['-q', ...files]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(20);
  });

  it.each([
    // A PDF is read (test/pdf.test.ts); one that is only a header is refused as such.
    ['a broken PDF', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj', /not a readable PDF/],
    ['a .docx', 'PK\u0003\u0004\u0014\u0000\u0006\u0000', /ZIP.*save it as plain text/],
  ])('%s is named, with what to do', (_, bytes, message) => {
    const file = join(tmp(), 'input.bin');
    writeFileSync(file, Buffer.from(bytes, 'latin1'));
    const r = run([file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

it('8. --select prints only the diagnostics on the selected blocks', () => {
  const doc = 'fixtures/001_60b2eecff371ef33.txt';
  expect(run([doc]).stderr.trim().split('\n').length).toBeGreaterThan(1);
  const onPara2 = run(['--select', 'para_2', doc]).stderr.trim().split('\n');
  expect(onPara2).toHaveLength(1);
  expect(onPara2[0]).toContain(`${doc}:22 `);
  expect(run(['--select', 'para_4', doc]).stderr).toBe('');
});

it('9. masthead lines the parser knows: committee, session dates, job number, the country, a mirrored origin line', () => {
  const draft = join(tmp(), 'draft.txt');
  writeFileSync(
    draft,
    [
      'الأمم المتحدة A/C.3/75/L.12', '', 'الجمعية العامة Distr.: Limited', '20 October 2020', '', '20-13579', '',
      'الدورة الخامسة والسبعون', 'اللجنة الثالثة', 'البند 72 (ب) من جدول الأعمال', 'تعزيز حقوق الإنسان وحمايتها', '',
      ']بناء على تقرير اللجنة الثالثة (A/75/478)[', '', 'كوبا: مشروع قرار', '', 'الحق في الغذاء', '', 'إن الجمعية العامة،', '',
      'إذ تعيد تأكيد ميثاق الأمم المتحدة،', '', '١ - تقرر أن تبقي المسألة قيد الاستعراض.', '',
    ].join('\n'),
  );
  const observations = join(tmp(), 'observations.txt');
  writeFileSync(
    observations,
    [
      'الأمم المتحدة CERD/C/URY/CO/21-23', '', 'الاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري Distr.: General', '12 January 2017', '',
      'لجنة القضاء على التمييز العنصري', 'الدورة الحادية والتسعون', '21 تشرين الثاني/نوفمبر - 9 كانون الأول/ديسمبر 2016', '', 'أوروغواي', '',
      'الملاحظات الختامية بشأن التقارير الدورية لأوروغواي', '', 'ألف - مقدمة', '', '١ - نظرت اللجنة في التقارير الدورية لأوروغواي.', '',
    ].join('\n'),
  );
  const r = run([draft, observations]);
  expect(r.stderr).not.toContain('header-unclaimed');
  const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  expect(a.metadata).toMatchObject({ committee: 'اللجنة الثالثة', jobNumber: '20-13579', agendaItemTitle: 'تعزيز حقوق الإنسان وحمايتها', title: 'الحق في الغذاء' });
  expect(a.metadata.symbols).toContain('A/75/478');
  expect(b.metadata.venue).toMatchObject({ place: null, start: '2016-11-21', end: '2016-12-09' });
});

it('10. the review page isolates English messages and counts from the right-to-left page', () => {
  const out = tmp();
  expect(run(['-q', '-f', 'html', '-o', out, 'fixtures/001_60b2eecff371ef33.txt', SEED]).status).toBe(0);
  const page = readFileSync(join(out, '001_60b2eecff371ef33.html'), 'utf8');
  const boxes = page.match(/<div class="diagnostic[^>]*>/g) ?? [];
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) expect(box).toContain('dir="ltr"');
  expect(page).toMatch(/«<bdi>[^<]*<\/bdi>»|reads either way/);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<h1 dir="ltr">2 documents</h1>');
});

it('11. the build prints nothing on standard output; npm install is not asked about esbuild', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.allowScripts).toEqual({ esbuild: false });
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'code-cache.mjs')], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout).toBe('');
});

it('12. --update lists one snapshot a line, named from where the user stands', () => {
  const dir = snapshots();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) writeFileSync(join(dir, f), '{}\n');
  const r = run(['--check', dir, '--update']);
  expect(r.status).toBe(0);
  expect(r.stderr).toContain(`updated 2 snapshots:\n  ${join(dir, 'made-sc-mandate.json')}\n  ${join(dir, 'made-sc-resolution.json')}\n`);
});

it('every diagnostic code written in src/ is in the table --quiet-code checks against', () => {
  const sources = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  const written = new Set(sources.flatMap((f) => [...readFileSync(join(ROOT, 'src', f), 'utf8').matchAll(/code: '([a-z-]+)'/g)].map((m) => m[1])));
  expect([...written].filter((code) => !(code in DIAGNOSTIC_CODES))).toEqual([]);
});
