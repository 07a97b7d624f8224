// Turns a raw file's bytes into a Capture: gunzips within a size limit, refuses binaries, sniffs
// the format and the character encoding (BOM, then <meta charset> or the XML prolog, then valid
// UTF-8, then statistical detection), and decodes. Pure: bytes in, Capture out.
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { gunzipSync, constants as zlibConstants } from 'node:zlib';
import chardet from 'chardet';
import sniffHtmlEncoding from 'html-encoding-sniffer';
import type { Capture, CaptureFormat } from './capture.ts';
import { IngestError } from './errors.ts';

export interface DecodeLimits {
  /** Largest content accepted, after decompression. */
  maxContentBytes: number;
}

export const DEFAULT_LIMITS: DecodeLimits = { maxContentBytes: 64 * 1024 * 1024 };

/** Sizes in messages, as people read them. */
export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(bytes % 1048576 === 0 ? 0 : 1)} MB`;

const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml', '.shtml'];
const TEXT_EXTENSIONS = ['.txt', '.text'];
const ARCHIVE_EXTENSIONS = ['.warc'];

/** The file names taken as captures, as messages name them: ".html, .htm, …, .warc, each also gzipped (.gz)". */
export const CAPTURE_EXTENSIONS_DESCRIBED = `${[...HTML_EXTENSIONS, ...TEXT_EXTENSIONS, ...ARCHIVE_EXTENSIONS].join(', ')}, each also gzipped (.gz)`;

/** The extension that decides the format, looking through a trailing .gz. */
export function captureExtension(path: string): string {
  const lower = path.toLowerCase().replace(/\.gz$/, '');
  const dot = lower.lastIndexOf('.');
  return dot > lower.lastIndexOf('/') ? lower.slice(dot) : '';
}

export function isCapturePath(path: string): boolean {
  const extension = captureExtension(path);
  return HTML_EXTENSIONS.includes(extension) || TEXT_EXTENSIONS.includes(extension) || ARCHIVE_EXTENSIONS.includes(extension);
}

/** A web archive (.warc, .warc.gz): many captures in one file. */
export const isWebArchivePath = (path: string) => ARCHIVE_EXTENSIONS.includes(captureExtension(path));

const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** Names what a binary file is, or null when the bytes look like text. */
function binaryKind(bytes: Uint8Array, bom: string | null): string | null {
  for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return name;
  if (bom?.startsWith('utf-16')) return null;
  // Text has no NUL bytes; a few in the first 8 KiB mean binary data.
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  for (const byte of head) if (byte === 0) nul++;
  return nul > 0 ? 'binary data' : null;
}

function gunzip(bytes: Uint8Array, limits: DecodeLimits): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: limits.maxContentBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || (error as Error).message.includes('Cannot create a Buffer larger than')) {
      throw new IngestError(
        'gzip_too_large',
        `gzip expands past the limit of ${megabytes(limits.maxContentBytes)}; refused before decompressing it all (raise it with --max-mb)`,
      );
    }
    if (code === 'Z_BUF_ERROR' || (error as { errno?: number }).errno === zlibConstants.Z_BUF_ERROR) {
      throw new IngestError('gzip_corrupt', 'gzip stream is truncated (unexpected end of file)');
    }
    throw new IngestError('gzip_corrupt', `gzip stream is corrupt: ${(error as Error).message}`);
  }
}

function sniffFormat(path: string, text: string): CaptureFormat {
  const extension = captureExtension(path);
  if (HTML_EXTENSIONS.includes(extension)) return 'html';
  if (TEXT_EXTENSIONS.includes(extension)) return 'text';
  return /^\s*(<!doctype html|<html[\s>]|<\?xml)/i.test(text) ? 'html' : 'text';
}

interface Declaration {
  /** The encoding the document declares (<meta charset>, http-equiv, XML prolog), or null. */
  encoding: string | null;
  /** The standard prescan threw and the tolerant one read the tags instead. */
  sniffFailed: boolean;
}

function declaredEncoding(bytes: Uint8Array, format: CaptureFormat): Declaration {
  if (format !== 'html') return { encoding: null, sniffFailed: false };
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const prolog = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (prolog) return { encoding: canonicalEncoding(prolog[1]), sniffFailed: false };
  try {
    // The sniffer falls back to its default when nothing is declared: two defaults tell them apart.
    const a = sniffHtmlEncoding(bytes, { defaultEncoding: 'UTF-8' });
    const b = sniffHtmlEncoding(bytes, { defaultEncoding: 'windows-1252' });
    return { encoding: a === b ? canonicalEncoding(a) : null, sniffFailed: false };
  } catch {
    // html-encoding-sniffer 6 throws on an empty charset in a content attribute ("charset=">,
    // or the tag cut by the end of its 1,024-byte window). A library's bug must not reject the
    // capture: read the declaration the tolerant way, else let the content decide.
    const declared = LOOSE_META_CHARSET.exec(head);
    return { encoding: declared ? canonicalEncoding(declared[1]!) : null, sniffFailed: true };
  }
}

/** A charset named anywhere in a <meta> tag: the fallback when the standard prescan fails. */
const LOOSE_META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i;

function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and stray bytes. Text that is mostly well-formed
 * UTF-8 with a few broken bytes is damaged UTF-8, not a legacy encoding.
 */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

/**
 * A page saved to disk is often re-encoded to UTF-8 while its <meta charset> still names the
 * original legacy encoding. Bytes that are valid UTF-8 with multi-byte sequences are almost never
 * meaningful in a legacy encoding, so such a declaration is not trusted.
 */
function trustedDeclaration(bytes: Uint8Array, declared: string | null): string | null {
  if (!declared || declared === 'utf-8' || declared.startsWith('utf-16')) return declared;
  const evidence = utf8Evidence(bytes);
  return evidence.valid > 0 && evidence.invalid === 0 ? 'utf-8' : declared;
}

function detectEncoding(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return 'utf-8';
  const evidence = utf8Evidence(bytes);
  if (evidence.valid > 0 && evidence.invalid <= evidence.valid) return 'utf-8';
  const guess = chardet.detect(bytes.subarray(0, 256 * 1024));
  const canonical = guess ? canonicalEncoding(guess) : null;
  // Unsupported or unknown: windows-1252 decodes every byte, as browsers do for legacy pages.
  return canonical && canonical !== 'utf-8' ? canonical : 'windows-1252';
}

function decodeText(bytes: Uint8Array, encoding: string): { content: string; replaced: boolean } {
  // UTF-8, the common case, is checked by buffer.isUtf8 (a validation pass ~25x cheaper than a
  // decode) and decoded once: the fatal decode below would decode a damaged page twice. The same
  // strings either way: a valid page decodes alike with or without `fatal`.
  if (encoding === 'utf-8') {
    if (!isUtf8(bytes)) return { content: new TextDecoder('utf-8').decode(bytes), replaced: true };
    // Valid UTF-8 is decoded by V8's own decoder (Buffer#toString), about a third cheaper than
    // TextDecoder's, which went through ICU (5% of the chain's CPU). The same string: only the
    // leading byte order mark, which TextDecoder drops, is cut off first.
    const start = bomEncoding(bytes) === 'utf-8' ? 3 : 0;
    return { content: Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8'), replaced: false };
  }
  try {
    return { content: new TextDecoder(encoding, { fatal: true }).decode(bytes), replaced: false };
  } catch {
    return { content: new TextDecoder(encoding).decode(bytes), replaced: true };
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decodes one stored file. Throws IngestError when the capture must be rejected. */
/** What a container (a WARC record's HTTP headers) says about the bytes inside it. */
export interface Envelope {
  format?: CaptureFormat;
  /** Charset from an HTTP Content-Type header: overrides everything but a BOM, as in browsers. */
  transportCharset?: string | null;
  url?: string | null;
  capturedAt?: string | null;
}

export function decodeCapture(path: string, stored: Uint8Array, limits: DecodeLimits = DEFAULT_LIMITS, envelope: Envelope = {}): Capture {
  if (stored.length === 0) throw new IngestError('empty', 'file is empty');
  const compressed = stored[0] === 0x1f && stored[1] === 0x8b;
  if (!compressed && stored.length > limits.maxContentBytes) {
    throw new IngestError('too_large', `file is ${megabytes(stored.length)}, over the limit of ${megabytes(limits.maxContentBytes)} (raise it with --max-mb)`);
  }
  const bytes = compressed ? gunzip(stored, limits) : stored;
  if (bytes.length === 0) throw new IngestError('empty', compressed ? 'gzip holds an empty file' : 'file is empty');
  const bom = bomEncoding(bytes);
  const binary = binaryKind(bytes, bom);
  if (binary) throw new IngestError('binary', `file holds a ${binary}, not an HTML page or a text dump`);
  const provisional = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const format = envelope.format ?? sniffFormat(path, provisional);
  const transport = envelope.transportCharset ? canonicalEncoding(envelope.transportCharset) : null;
  const declaration = declaredEncoding(bytes, format);
  const encoding = bom ?? transport ?? trustedDeclaration(bytes, declaration.encoding) ?? detectEncoding(bytes);
  const { content, replaced } = decodeText(bytes, encoding);
  if (content.trim() === '') throw new IngestError('empty', 'file holds only white space');
  return {
    path,
    sha256: sha256Hex(stored),
    bytes: stored.length,
    contentBytes: bytes.length,
    compression: compressed ? 'gzip' : null,
    format,
    encoding,
    content: content.replace(/^\uFEFF/, ''),
    replacedCharacters: replaced,
    charsetSniffFailed: declaration.sniffFailed,
    url: envelope.url ?? null,
    capturedAt: envelope.capturedAt ?? null,
  };
}
