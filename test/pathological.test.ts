// Hostile inputs: each parses into valid, fully covering output. Their time is measured
// (1× against 4×) in the benchmark, not asserted here; these sizes stay small enough for CI.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { PATHOLOGICAL } from '../bench/pathological.mjs';
import { expectInvariants } from './helpers/invariants.js';

describe.each(Object.entries(PATHOLOGICAL))('%s', (_, make: (scale: number) => string) => {
  it('gives valid output covering every line', () => {
    const text = make(0.1);
    const doc = parseDocument(text);
    expectInvariants(doc, text);
    expect(doc.source.bytes).toBe(Buffer.byteLength(text));
  });
});

it('a chunk of more units than a call takes arguments (150,000 list items) parses', () => {
  const text = PATHOLOGICAL['50,000 list items'](3);
  expect(parseDocument(text).blocks.length).toBeGreaterThan(100_000);
});

it('reads garbled conversions and says so', () => {
  const visual = Array.from({ length: 60 }, () => 'ةيلودلا تاعامجلا ىلع ةباقرلا').join(' ');
  expect(parseDocument(visual).diagnostics.map((d) => d.code)).toContain('visual-order');
  const forms = parseDocument('\uFEDF\uFE8E\uFEFB\uFE97\uFEA0\uFE8E\uFEAD');
  expect(forms.diagnostics.map((d) => d.code)).toContain('presentation-forms');
  expect(forms.blocks[0]?.text ?? '').not.toMatch(/[\uFE70-\uFEFE]/);
});

it('a number on a line of its own takes the paragraph after it', () => {
  const doc = parseDocument('١ -\n\nنص الفقرة الأولى.\n\n٢ - نص الفقرة الثانية.');
  expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([['1', 'نص الفقرة الأولى.'], ['2', 'نص الفقرة الثانية.']]);
});
