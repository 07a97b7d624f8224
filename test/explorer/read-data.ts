// Reads an explorer's generated data files the way the page does (each one is a script registering
// its value on a global), in a sandbox, so tests can compare them with the version's JSONL files.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { DATA_GLOBAL, type PackedData } from '../../pipeline/publish/explorer/shape.ts';

export function readExplorerData(versionDir: string): Record<string, unknown> {
  const sandbox: Record<string, unknown> = {};
  sandbox.globalThis = sandbox;
  const dataDir = join(versionDir, 'explore', 'data');
  const files = readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .sort();
  for (const file of files) runInNewContext(readFileSync(join(dataDir, file), 'utf8'), sandbox, { filename: relative(versionDir, join(dataDir, file)) });
  // Each file registers its JSON gzip-compressed; the page inflates it, and so does this.
  const packed = sandbox[DATA_GLOBAL] as Record<string, PackedData>;
  return Object.fromEntries(
    Object.entries(packed).map(([key, value]) => [key, JSON.parse(gunzipSync(Buffer.from(value.gzipBase64, 'base64')).toString('utf8'))]),
  );
}

/** The records of a JSONL file; a `.gz` one (as versions publish them) decompressed first. */
export function readJsonl<T>(path: string): T[] {
  const bytes = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes)
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T);
}
