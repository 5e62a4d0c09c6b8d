// SHA-256 of the input bytes (source.sha256), by node:crypto.
import { createHash } from 'node:crypto';

/** SHA-256 of the bytes as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
