// How the published version gzips its files: one level and one header for the JSONL tables
// (writer.ts) and the explorer's data files (explorer/pieces.ts), so both give the same bytes at
// every build and on every platform. The documents' and blocks' tables are gzip streams of
// segments, one per document (see deflateSegment), so a rebuild compresses only what changed.
import { constants, crc32, deflateRaw, gzipSync } from 'node:zlib';

/**
 * gzip level of the compressed files: 6 (zlib's default) leaves the JSONL tables at a tenth of
 * their size for about 0.01 s of CPU per MB; 9 saves another 5% of the bytes for 2.3 times the CPU,
 * 1 gives 40% more bytes (measured on 48 MB of synthetic documents, blocks and claims).
 */
export const GZIP_LEVEL = 6;
/** The gzip header's OS byte (offset 9): zlib writes the platform it runs on; fixed to Unix (3) so every platform writes the same bytes. */
export const GZIP_OS_OFFSET = 9;
export const GZIP_OS_UNIX = 3;

/** gzip of a whole buffer at the published level, with the OS byte fixed as the streamed files have it. */
export function gzipPortable(data: string | Uint8Array): Buffer {
  const packed = gzipSync(data, { level: GZIP_LEVEL });
  packed[GZIP_OS_OFFSET] = GZIP_OS_UNIX;
  return packed;
}

/** The header of a segmented gzip file: no name, no time, XFL 0 and OS Unix, as gzipPortable's at this level. */
export const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, GZIP_OS_UNIX]);

/** A last deflate block that holds nothing (fixed codes, end of block at once): ends a stream of segments. */
export const FINAL_EMPTY_BLOCK = Buffer.from([3, 0]);

/** One document's bytes of a compressed file, deflated on their own: a run of whole deflate blocks. */
export interface Segment {
  deflated: Buffer;
  /** CRC-32 and length of the bytes before compression, which the gzip trailer sums up. */
  crc: number;
  length: number;
}

/**
 * Deflates `data` as a piece of a longer stream: no final block, and it ends on a byte boundary
 * (a sync flush), so segments placed one after another, then FINAL_EMPTY_BLOCK, are one valid
 * deflate stream. `dictionary` must be the bytes just before `data` in that stream (the previous
 * document's): back-references may reach into them, which keeps the ratio of one long stream
 * (per-document segments without it cost about 10% more bytes on the dev pages, with the
 * previous document 1.5%) while a document's segment depends on no other document but that one.
 * Runs on libuv's thread pool.
 */
export function deflateSegment(data: Buffer, dictionary: Buffer | null): Promise<Segment> {
  const options = {
    level: GZIP_LEVEL,
    finishFlush: constants.Z_SYNC_FLUSH,
    // zlib looks back at most 32 KiB: the rest of a longer document would only cost copying.
    ...(dictionary && dictionary.length > 0 ? { dictionary: dictionary.subarray(Math.max(0, dictionary.length - 32768)) } : {}),
  };
  return new Promise((resolve, reject) =>
    deflateRaw(data, options, (error, deflated) => (error ? reject(error) : resolve({ deflated, crc: crc32(data), length: data.length }))),
  );
}

/** The 8 bytes that end a gzip file: CRC-32 and length (mod 2^32) of the uncompressed bytes, little-endian. */
export function gzipTrailer(crc: number, length: number): Buffer {
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  return trailer;
}

function gf2Times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let i = 0; vector !== 0; i++, vector >>>= 1) if (vector & 1) sum ^= matrix[i];
  return sum >>> 0;
}

function gf2Square(square: Uint32Array, matrix: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(matrix, matrix[n]);
}

/**
 * The CRC-32 of A followed by B from the CRC-32s of A and B and B's length (zlib's crc32_combine),
 * so the trailer of a file of stored segments is found without reading their bytes again.
 */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (lengthB <= 0) return crcA >>> 0;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  // The operator for one zero bit, then for two and four: squaring doubles the zeros each applies.
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  gf2Square(even, odd);
  gf2Square(odd, even);
  let crc = crcA >>> 0;
  let length = lengthB;
  // Apply B's length in zero bytes to A's CRC, one bit of the length at a time.
  for (;;) {
    gf2Square(even, odd);
    if (length % 2 === 1) crc = gf2Times(even, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
    gf2Square(odd, even);
    if (length % 2 === 1) crc = gf2Times(odd, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
  }
  return (crc ^ crcB) >>> 0;
}
