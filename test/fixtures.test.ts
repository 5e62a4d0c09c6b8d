// Every fixture, in every converter layout (fixtures/<layout>/): its reviewed snapshot,
// the JSON Schema, and the invariants (nothing lost, no line in two blocks, raw = source,
// ids unique, normalized text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { snapshotText } from '../src/cli/check.js';
import { DOCUMENT_SCHEMA } from '../src/emit/schema.js';
import { parseDocument } from '../src/index.js';
import { decode } from '../src/read/decode.js';
import { expectInvariants } from './helpers/invariants.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const fixtures = fg.sync('**/*.txt', { cwd: dir }).sort();
const validate = new Ajv({ allErrors: true }).compile(DOCUMENT_SCHEMA);

describe.each(fixtures)('fixture %s', (name) => {
  const bytes = readFileSync(join(dir, name));
  const doc = parseDocument(bytes, { path: name });

  it('matches its reviewed snapshot', () => {
    const snapshot = readFileSync(join(dir, name.replace(/\.txt$/, '.json')), 'utf8');
    expect(snapshotText(doc)).toBe(snapshot);
  });

  it('validates against the published JSON Schema', () => {
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('covers every line once, keeps raw text and normalizes text', () => {
    expectInvariants(doc, decode(bytes).text);
  });

  it('parses the same way twice', () => {
    expect(parseDocument(bytes, { path: name })).toEqual(doc);
  });
});

it('has fixtures to check, in each converter layout', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(20);
  for (const layout of ['pdftotext', 'onepara', 'layout']) expect(fixtures.filter((f) => f.startsWith(`${layout}/`))).toHaveLength(5);
});
