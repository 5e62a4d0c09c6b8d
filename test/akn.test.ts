// The Akoma Ntoso export: schema-valid (xmllint against shared/akn/akomantoso30.xsd, which
// .ci/run installs), and one for one with the JSON output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAkn } from '../src/emit/akn.js';
import { parseDocument } from '../src/index.js';
import { ROOT, run } from './helpers/cli.js';

const schema = join(ROOT, '..', 'shared', 'akn', 'akomantoso30.xsd');
const xmllint = spawnSync('xmllint', ['--version']).status === 0 && existsSync(schema);
const work = mkdtempSync(join(tmpdir(), 'ctoc-akn-'));
const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
const count = (xml: string, tag: string) => (xml.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;

function validate(xml: string): string {
  const file = join(work, 'doc.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  return r.status === 0 ? 'valid' : r.stderr;
}

describe.each(fixtures)('%s', (name) => {
  const doc = parseDocument(readFileSync(join(ROOT, 'fixtures', name)), { path: name });
  const xml = toAkn(doc);
  const n = (...types: string[]) => doc.blocks.filter((b) => types.includes(b.type)).length;

  it.skipIf(!xmllint)('validates against the Akoma Ntoso 3.0 schema', () => {
    expect(validate(xml)).toBe('valid');
  });

  it('matches the JSON one for one: recitals, paragraphs, points, notes', () => {
    const statement = doc.metadata.layout === 'resolution' || doc.metadata.layout === 'decision';
    expect(xml.includes('<statement ')).toBe(statement);
    if (statement) expect(count(xml, 'container')).toBe(n('preambular'));
    expect(count(xml, 'paragraph')).toBe(n('paragraph', 'operative'));
    expect(count(xml, 'point') + count(xml, 'item')).toBe(n('subparagraph', 'point', 'item'));
    expect(count(xml, 'authorialNote')).toBe(doc.blocks.reduce((k, b) => k + b.footnoteRefs.length, 0) - (doc.blocks.find((b) => b.type === 'title')?.footnoteRefs.length ?? 0));
    for (const b of doc.blocks.filter((x) => x.type !== 'title')) expect(xml, b.id).toContain(`eId="${b.id}"`);
  });

  it('keeps furniture out of the body', () => {
    for (const a of doc.artifacts) expect(xml).not.toContain(a.text);
  });
});

it.skipIf(!xmllint)('escapes what XML reserves', () => {
  const doc = parseDocument('إن المجلس،\n\nإذ يشير إلى <b> & "x" \'y\'،\n\n١ - يقرر أن a < b && c > d؛');
  const xml = toAkn(doc);
  expect(validate(xml)).toBe('valid');
  expect(xml).toContain('a &lt; b &amp;&amp; c &gt; d');
});

it('the CLI writes one XML per input with --out-dir, and refuses several on standard output', () => {
  const out = join(work, 'out');
  expect(run(['-q', '-f', 'akn', '-o', out, 'fixtures/*.txt']).status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(fixtures.map((f) => f.replace(/\.txt$/, '.xml')));
  expect(run(['-q', '-f', 'akn', 'fixtures/*.txt']).status).toBe(2);
  expect(run(['-q', '--format', 'akn', 'fixtures/000_796ffacb07e5913b.txt']).stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><akomaNtoso/);
});
