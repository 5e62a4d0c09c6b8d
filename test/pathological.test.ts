// Hostile inputs: each parses into valid, fully covering output. Their time is measured
// (1× against 4×) in the benchmark, not asserted here; these sizes stay small enough for CI.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import { csvRows } from '../src/views/csv.js';
import { toHtml } from '../src/views/html.js';
import { outline } from '../src/views/outline.js';
import { PATHOLOGICAL } from '../bench/pathological.mjs';
import { ROOT } from './helpers/cli.js';
import { expectInvariants } from './helpers/invariants.js';

describe.each(Object.entries(PATHOLOGICAL))('%s', (_, make: (scale: number) => string) => {
  it('gives valid output covering every line, and every view of it', () => {
    const text = make(0.1);
    const doc = parseDocument(text);
    expectInvariants(doc, text);
    expect(doc.source.bytes).toBe(Buffer.byteLength(text));
    // The views walk every block, note and diagnostic once (a search per diagnostic was quadratic).
    expect(toHtml(doc).split('data-type=').length - 1).toBe(doc.blocks.length);
    expect(outline(doc, { colour: false, depth: null, several: false }).split('\n').length - 1).toBe(doc.blocks.length);
    expect(csvRows(doc).length).toBeGreaterThanOrEqual(doc.blocks.length);
  });
});

it('a chunk of more units than a call takes arguments parses', () => {
  // A call spread over more arguments than the stack holds throws. With the stack at
  // 150 kB (V8's default is about 1 MB) 20,000 arguments are already too many, so 30,000
  // list items in one chunk find any such call in the pipeline as 150,000 would at the
  // default size, at a fifth of the cost. The built library runs in a Node of its own.
  const script = `
    import { parseDocument } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)};
    let spread = 'spread fits';
    try { [].push(...new Array(20000).fill(0)); } catch { spread = 'spread overflows'; }
    const text = Array.from({ length: 30000 }, (_, i) => \`- \${i + 1}- بند \${i}؛\`).join('\\n');
    console.log(spread, parseDocument(text).blocks.length);`;
  const r = spawnSync(process.execPath, ['--stack-size=150', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout.trim()).toBe('spread overflows 30000');
});

it('reads garbled conversions and says so', () => {
  // Visual order is read back, and the repair said (the reading-order stage, test/order.test.ts).
  const visual = Array.from({ length: 60 }, () => 'ةيلودلا تاعامجلا ىلع ةباقرلا').join(' ');
  const repaired = parseDocument(visual);
  expect(repaired.source.order).toBe('visual');
  expect(repaired.diagnostics.map((d) => d.code)).toContain('reading-order-repaired');
  expect(repaired.blocks.map((b) => b.text).join(' ')).toContain('الرقابة على الجماعات الدولية');
  const forms = parseDocument('\uFEDF\uFE8E\uFEFB\uFE97\uFEA0\uFE8E\uFEAD');
  expect(forms.diagnostics.map((d) => d.code)).toContain('presentation-forms');
  expect(forms.blocks[0]?.text ?? '').not.toMatch(/[\uFE70-\uFEFE]/);
});

it('a number on a line of its own takes the paragraph after it', () => {
  const doc = parseDocument('١ -\n\nنص الفقرة الأولى.\n\n٢ - نص الفقرة الثانية.');
  expect(doc.blocks.map((b) => [b.label, b.text])).toEqual([['1', 'نص الفقرة الأولى.'], ['2', 'نص الفقرة الثانية.']]);
});
