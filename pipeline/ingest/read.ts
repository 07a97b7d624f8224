// Reads one capture file from disk and decodes it.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Capture } from './capture.ts';
import { decodeCapture, DEFAULT_LIMITS, megabytes, type DecodeLimits } from './decode.ts';
import { IngestError } from './errors.ts';

export async function readCapture(root: string, path: string, limits: DecodeLimits = DEFAULT_LIMITS): Promise<Capture> {
  const full = join(root, path);
  let bytes: Buffer;
  try {
    const info = await stat(full);
    // A compressed file may not be larger than the content limit either: checked before reading.
    if (info.size > limits.maxContentBytes) {
      throw new IngestError('too_large', `file is ${megabytes(info.size)}, over the limit of ${megabytes(limits.maxContentBytes)} (raise it with --max-mb)`);
    }
    bytes = await readFile(full);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('unreadable', `cannot read file: ${(error as Error).message}`);
  }
  return decodeCapture(path, bytes, limits);
}
