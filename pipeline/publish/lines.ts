// Reads a text file line by line, for every pass over JSONL the project writes (changelog, explorer,
// external-sort runs, shard entries, the release's input set): splits raw chunks at line feeds and
// decodes each line once, which costs far less than readline's decoding stream and regex split on
// files of hundreds of MB. A file whose name ends in `.gz` is decompressed on the way (the
// published JSONL tables are), so callers read both layouts of a version the same way.
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { jsonlFile, plainJsonlFile } from './layout.ts';

/** The raw bytes of a file, in chunks of about 1 MB; decompressed when its name ends in `.gz`. */
export function readChunks(path: string): AsyncIterable<Buffer> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!path.endsWith('.gz')) return file as AsyncIterable<Buffer>;
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  // pipe() does not forward the source's errors (a missing or unreadable file): the reader must see them.
  file.on('error', (error) => gunzip.destroy(error));
  return file.pipe(gunzip) as AsyncIterable<Buffer>;
}

/** The lines of a UTF-8 file, without their line ends (LF or CRLF); the last line may lack one. */
export async function* readLines(path: string): AsyncGenerator<string> {
  // Pieces of a line that runs across chunks, joined once its end is found.
  let pending: Buffer[] = [];
  for await (const chunk of readChunks(path)) {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, end);
      yield decode(pending.length ? Buffer.concat([...pending, piece]) : piece);
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length) yield decode(Buffer.concat(pending));
}

function decode(line: Buffer): string {
  const text = line.toString('utf8');
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

/**
 * The path of `table`'s JSONL records in the version folder `dir`: the compressed file, or the
 * plain one of a version written before; the compressed name when neither exists.
 */
export function jsonlPathIn(dir: string, table: string): string {
  const compressed = join(dir, jsonlFile(table));
  if (existsSync(compressed)) return compressed;
  const plain = join(dir, plainJsonlFile(table));
  return existsSync(plain) ? plain : compressed;
}
