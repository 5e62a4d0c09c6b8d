// The chunked JSON writer gives exactly JSON.stringify's bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { toJson, writeJson } from '../src/emit/json.js';
import { parseDocument } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => parseDocument(readFileSync(join(dir, f)), { path: f }));
docs.push(parseDocument(''));

it.each(docs.map((d) => [d.source.path, d] as const))('%s: same bytes as JSON.stringify, pretty and compact', (_, doc) => {
  expect(toJson(doc, false)).toBe(JSON.stringify(doc));
  expect(toJson(doc, true)).toBe(JSON.stringify(doc, null, 2));
  let written = '';
  writeJson(doc, true, (s) => (written += s), 100);
  expect(written).toBe(`${JSON.stringify(doc, null, 2)}\n`);
});
