// source.sha256: the WebAssembly SHA-256 (src/read/sha256.wat) against node:crypto.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHA256_WASM } from '../src/read/sha256-wasm.js';
import { sha256Crypto, sha256Hex, sha256Wasm, WASM_DOCUMENTS, WASM_MAX_BYTES } from '../src/read/sha256.js';
// @ts-expect-error: a build script without type declarations
import { assembleSha256 } from '../scripts/sha256-wasm.mjs';
import { ROOT } from './helpers/cli.js';

const reference = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('FIPS 180-2 example «%s»', (text, digest) => {
    expect(sha256Wasm(new TextEncoder().encode(text))).toBe(digest);
  });

  it('every length around the block and padding edges, and after the memory grows', () => {
    const bytes = new Uint8Array(300 * 1024).map((_, i) => (i * 7919) % 251);
    for (let n = 0; n <= 200; n++) expect(sha256Wasm(bytes.subarray(0, n)), `length ${n}`).toBe(reference(bytes.subarray(0, n)));
    for (const n of [64 * 1024, 65 * 1024, bytes.length]) expect(sha256Wasm(bytes.subarray(0, n)), `length ${n}`).toBe(reference(bytes.subarray(0, n)));
    expect(sha256Wasm(bytes.subarray(0, 3))).toBe(reference(bytes.subarray(0, 3)));
  });

  it('the fixtures: WebAssembly, node:crypto and sha256Hex agree', () => {
    for (const name of readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt'))) {
      const bytes = readFileSync(join(ROOT, 'fixtures', name));
      expect(sha256Wasm(bytes), name).toBe(reference(bytes));
      expect(sha256Crypto(bytes), name).toBe(reference(bytes));
      expect(sha256Hex(bytes), name).toBe(reference(bytes));
    }
  });

  it('sha256Hex gives the same digests after it switches to node:crypto, and for large inputs', () => {
    const big = new Uint8Array(WASM_MAX_BYTES + 1).fill(0x61);
    expect(sha256Hex(big)).toBe(reference(big));
    for (let i = 0; i < WASM_DOCUMENTS + 2; i++) {
      const bytes = new TextEncoder().encode(`document ${i}`);
      expect(sha256Hex(bytes)).toBe(reference(bytes));
    }
  });

  it('the committed module is the assembled sha256.wat (run scripts/sha256-wasm.mjs after editing it)', async () => {
    const assembled = (await assembleSha256()) as Buffer;
    expect(SHA256_WASM).toBe(assembled.toString('base64'));
  });
});
