// The Capture: one raw file from raw/, decoded, with everything later stages need to know about
// its bytes. Ingest owns every byte-level concern; later stages see only this.

export type CaptureFormat = 'html' | 'text';

export interface Capture {
  /** Path relative to the raw root, with / separators. */
  path: string;
  /** SHA-256 (hex) of the bytes as stored, before decompression. */
  sha256: string;
  /** Size of the file as stored. */
  bytes: number;
  /** Size after decompression. */
  contentBytes: number;
  compression: 'gzip' | null;
  format: CaptureFormat;
  /** WHATWG label of the encoding the content was decoded with. */
  encoding: string;
  /** The decoded content. */
  content: string;
  /** True when invalid byte sequences were replaced while decoding. */
  replacedCharacters: boolean;
  /** True when the charset sniffer threw on the page's <meta> tags and a fallback read the encoding. */
  charsetSniffFailed: boolean;
  /** URL of the page when the container says it (e.g. a WARC record); null for plain files. */
  url: string | null;
  /** When the page was captured, when the container says it (WARC-Date); null for plain files. */
  capturedAt: string | null;
}
