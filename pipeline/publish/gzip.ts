// How the published version gzips its files: one level and one header for the streamed JSONL
// tables (writer.ts) and the explorer's data files (explorer/collect.ts), so both give the same
// bytes at every build and on every platform.
import { gzipSync } from 'node:zlib';

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
