// Shared test helpers: load a fixture capture the way the pipeline would, run the whole chain, and
// read a published version's JSONL tables.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeCapture } from '../pipeline/ingest/decode.ts';
import type { Capture } from '../pipeline/ingest/capture.ts';
import type { Cleaned } from '../pipeline/clean/index.ts';
import { documentOf, processCapture, type Processed } from '../pipeline/run/process.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const PROJECT_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** The dataset version pagepress.config.json names: tests that copy the project's config build this one. */
export const PROJECT_VERSION = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'pagepress.config.json'), 'utf8')) as { version: string }).version;

/**
 * Decodes a file under test/fixtures/ into a Capture. Its path is the file's base name, and a case's
 * source.html / source.txt is named after its case folder (`<case>.html`), as the flat file was.
 */
export function fixtureCapture(relativePath: string): Capture {
  const file = basename(relativePath);
  const name = /^source\.[a-z]+$/.test(file) ? `${basename(dirname(relativePath))}${extname(file)}` : file;
  return decodeCapture(name, readFileSync(join(FIXTURES, relativePath)));
}

/** Runs the pipeline's document steps on a fixture; `cleaned` (the cleaner's own result, which no step keeps) is made when asked for. */
export function processFixture(relativePath: string): Processed & { readonly cleaned: Cleaned } {
  const capture = fixtureCapture(relativePath);
  return Object.defineProperty({ ...processCapture(capture) }, 'cleaned', { get: () => documentOf(capture).cleaned, enumerable: false }) as Processed & {
    readonly cleaned: Cleaned;
  };
}

export function readJsonFixture<T>(relativePath: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, relativePath), 'utf8')) as T;
}

/** The text of a published version's JSONL table (`documents`, `claims`, `blocks`), decompressed as every reader does. */
export function versionJsonlText(versionDir: string, table: string): string {
  return gunzipSync(readFileSync(join(versionDir, `${table}.jsonl.gz`))).toString('utf8');
}

/** Replaces a version's JSONL table with `text`, compressed as the writer stores it (tests that damage a version). */
export function writeVersionJsonlText(versionDir: string, table: string, text: string): void {
  writeFileSync(join(versionDir, `${table}.jsonl.gz`), gzipSync(text));
}
