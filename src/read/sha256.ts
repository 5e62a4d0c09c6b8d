// SHA-256 of the input bytes (source.sha256). Loading node:crypto costs about 4 ms (it
// loads Node's streams with it), a tenth of what a one-file run adds to a bare Node. So
// the first few documents of a run are hashed by a small WebAssembly module
// (sha256.wat): it compiles in about 0.3 ms and hashes a 20 kB document in under 1 ms,
// cold. A run with more documents loads node:crypto, five times faster per byte, once
// that cost is spread over many. Both give the same digest (tested).
import { SHA256_WASM } from './sha256-wasm.js';

/** Documents hashed in WebAssembly before a run switches to node:crypto. */
export const WASM_DOCUMENTS = 4;
/** Larger inputs always go to node:crypto: at this size its load time is paid back. */
export const WASM_MAX_BYTES = 1 << 20;

/** The initial hash value (FIPS 180-4, 5.3.3). */
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Where sha256.wat keeps the state and expects the message. */
const STATE = 512;
const MESSAGE = 1024;
const PAGE = 65536;

/** The part of the WebAssembly API used here (TypeScript declares it only with the DOM library). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: object };
};

/** What sha256.wat exports. */
interface Sha256Module {
  memory: { buffer: ArrayBuffer; grow: (pages: number) => number };
  compress: (blocks: number) => void;
}

let wasm: Sha256Module | undefined;
let wasmDocuments = 0;

function loadWasm(): Sha256Module {
  const module = new WebAssembly.Module(Buffer.from(SHA256_WASM, 'base64'));
  return new WebAssembly.Instance(module).exports as unknown as Sha256Module;
}

/** SHA-256 by the WebAssembly module, as lowercase hex. */
export function sha256Wasm(bytes: Uint8Array): string {
  wasm ??= loadWasm();
  // The message, 0x80, zeros, and its length in bits as a 64-bit big-endian number.
  const padded = (bytes.length + 8 + 64) & ~63;
  const needed = MESSAGE + padded;
  if (wasm.memory.buffer.byteLength < needed) wasm.memory.grow(Math.ceil((needed - wasm.memory.buffer.byteLength) / PAGE));
  const memory = new Uint8Array(wasm.memory.buffer);
  const view = new DataView(wasm.memory.buffer);
  memory.set(bytes, MESSAGE);
  memory.fill(0, MESSAGE + bytes.length, MESSAGE + padded);
  memory[MESSAGE + bytes.length] = 0x80;
  view.setUint32(MESSAGE + padded - 8, Math.floor(bytes.length / 0x20000000));
  view.setUint32(MESSAGE + padded - 4, (bytes.length * 8) >>> 0);
  // The state is read with little-endian loads in the module.
  H0.forEach((word, i) => view.setUint32(STATE + i * 4, word, true));
  wasm.compress(padded / 64);
  let hex = '';
  for (let i = 0; i < 8; i++) hex += view.getUint32(STATE + i * 4, true).toString(16).padStart(8, '0');
  return hex;
}

/** SHA-256 by node:crypto, as lowercase hex. */
export function sha256Crypto(bytes: Uint8Array): string {
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 of the bytes as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  if (wasmDocuments < WASM_DOCUMENTS && bytes.length <= WASM_MAX_BYTES) {
    wasmDocuments++;
    return sha256Wasm(bytes);
  }
  return sha256Crypto(bytes);
}
