// SHA256SUMS in the format `sha256sum -c` reads: "<hex>  <path>", one file a line, sorted.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A file's size and SHA-256, streamed: a version's largest files are far bigger than memory should hold. */
export async function digestOfFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** `files` maps each path to its SHA-256 (hex). */
export function formatSha256Sums(files: Map<string, string>): string {
  return [...files.keys()]
    .sort()
    .map((path) => `${files.get(path)!}  ${path}\n`)
    .join('');
}

export function parseSha256Sums(text: string): { entries: Map<string, string>; problems: { line: number; message: string }[] } {
  const entries = new Map<string, string>();
  const problems: { line: number; message: string }[] = [];
  text.split('\n').forEach((line, index) => {
    if (line === '') return;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) problems.push({ line: index + 1, message: 'not a "<sha256>  <file>" line' });
    else entries.set(match[2], match[1]);
  });
  return { entries, problems };
}
