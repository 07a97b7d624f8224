// Reads a text file line by line, for every pass over JSONL the project writes (changelog, explorer,
// external-sort runs, shard entries, the release's input set): splits raw chunks at line feeds and
// decodes each line once, which costs far less than readline's decoding stream and regex split on
// files of hundreds of MB.
import { createReadStream } from 'node:fs';

/** The lines of a UTF-8 file, without their line ends (LF or CRLF); the last line may lack one. */
export async function* readLines(path: string): AsyncGenerator<string> {
  // Pieces of a line that runs across chunks, joined once its end is found.
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
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
