// The segmented gzip files (gzip.ts): segments deflated one by one, each with the bytes before it
// as dictionary, then the final block and the trailer, must be one gzip file that any reader
// inflates to the bytes given, with the CRC of the whole worked out from the segments' own.
import { crc32, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32Combine, deflateSegment, FINAL_EMPTY_BLOCK, GZIP_HEADER, gzipTrailer } from '../../pipeline/publish/gzip.ts';

/** Deterministic text with repeats across pieces, so back-references into the dictionary occur. */
function pieces(): Buffer[] {
  const out: Buffer[] = [];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed;
  };
  for (let i = 0; i < 12; i++) {
    const words: string[] = [];
    // Sizes from nothing to more than the 32 KiB window.
    const count = i === 3 ? 0 : next() % (i === 5 ? 9000 : 400);
    for (let w = 0; w < count; w++) words.push(['ministry', 'talks', 'ceasefire', 'Ankara', 'über', '協定', 'said', 'on'][next() % 8]);
    out.push(Buffer.from(`{"id":"doc_${i}","text":"${words.join(' ')}"}\n`, 'utf8'));
  }
  return out;
}

describe('segmented gzip', () => {
  it('combines CRCs as the CRC of the bytes joined', () => {
    const [a, b] = [Buffer.from('A sentence of the first document.\n'), Buffer.from('And the second, longer by a clause or two, ends here.\n')];
    expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])));
    expect(crc32Combine(crc32(a), crc32(Buffer.alloc(0)), 0)).toBe(crc32(a));
    const long = Buffer.alloc(100_003, 0x61);
    expect(crc32Combine(crc32(b), crc32(long), long.length)).toBe(crc32(Buffer.concat([b, long])));
  });

  it('joins segments deflated with the previous piece as dictionary into one gzip file', async () => {
    const all = pieces();
    const parts: Buffer[] = [GZIP_HEADER];
    let crc = 0;
    let length = 0;
    let previous: Buffer | null = null;
    for (const piece of all) {
      const segment = await deflateSegment(piece, previous);
      parts.push(segment.deflated);
      crc = crc32Combine(crc, segment.crc, segment.length);
      length += segment.length;
      previous = piece;
    }
    parts.push(FINAL_EMPTY_BLOCK, gzipTrailer(crc, length));
    const file = Buffer.concat(parts);
    // gunzipSync checks the trailer's CRC and length.
    expect(gunzipSync(file).equals(Buffer.concat(all))).toBe(true);
    // The dictionary is used: the long piece after its like compresses better with it than alone.
    const [withDictionary, alone] = [await deflateSegment(all[6], all[5]), await deflateSegment(all[6], null)];
    expect(withDictionary.deflated.length).toBeLessThan(alone.deflated.length);
  });

  it('writes an empty file as gzip of nothing', () => {
    expect(gunzipSync(Buffer.concat([GZIP_HEADER, FINAL_EMPTY_BLOCK, gzipTrailer(0, 0)])).length).toBe(0);
  });
});
