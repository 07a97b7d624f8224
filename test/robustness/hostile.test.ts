// A messy capture folder: every bad file gets a clear per-file problem, the good ones are
// published, and the result validates.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../pipeline/config.ts';
import { readCapture } from '../../pipeline/ingest/read.ts';
import type { IngestError } from '../../pipeline/ingest/errors.ts';
import type { DocumentRecord } from '../../pipeline/records/document.ts';
import type { BuildReport } from '../../pipeline/records/report.ts';
import { build } from '../../pipeline/run/build.ts';
import { validateDataset } from '../../pipeline/validate/index.ts';
import { PROJECT_ROOT, PROJECT_VERSION, versionJsonlText } from '../helpers.ts';
import { makeHostileCorpus } from './corpus.ts';

let root: string;
let report: BuildReport;
let documents: DocumentRecord[];

const problemsOf = (path: string) => report.problems.filter((p) => p.path === path).map((p) => p.code);
const documentAt = (path: string) => documents.find((d) => d.source.path === path);

beforeAll(async () => {
  root = makeHostileCorpus();
  const config = await readConfig(join(PROJECT_ROOT, 'pagepress.config.json'));
  const result = await build({ raw: join(root, 'raw'), out: join(root, 'dist'), config, cacheDir: null, threads: 1 });
  report = result.report;
  documents = versionJsonlText(result.versionDir, 'documents')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}, 180_000);

describe('a hostile capture folder', () => {
  it('rejects each bad file with its own code and message, and publishes the rest', () => {
    expect(problemsOf('empty.txt')).toEqual(['empty']);
    expect(problemsOf('image.html')).toEqual(['binary']);
    expect(problemsOf('report.txt')).toEqual(['binary']);
    expect(problemsOf('huge.txt')).toEqual(['too_large']);
    expect(problemsOf('bomb.txt.gz')).toEqual(['gzip_too_large']);
    expect(problemsOf('truncated.txt.gz')).toEqual(['gzip_corrupt']);
    expect(problemsOf('outside-link.txt')).toEqual(['symlink']);
    expect(problemsOf('nested/deeper/notes.docx')).toEqual(['unsupported_extension']);
    expect(problemsOf('all-chrome.txt')).toEqual(['no_article']);
    // The cleaner's reason comes along: which ways it tried, and how much paragraph text there was.
    expect(problemsOf('script-only.html')).toEqual(['no_article']);
    expect(report.problems.find((p) => p.path === 'script-only.html')?.message).toMatch(
      /^no article text found \(no way found main text \(.*\); the page has 0 characters in paragraphs\): not published$/,
    );
    for (const p of report.problems) expect(p.message.length).toBeGreaterThan(8);
    expect(report.problems.filter((p) => p.code === 'internal_error')).toEqual([]);
  });

  it('decodes legacy and UTF-16 encodings instead of rejecting them', () => {
    expect(documentAt('latin1.html')?.source.encoding).toBe('windows-1252');
    expect(documentAt('latin1.html')?.text).toContain("Les relations entre l'Algérie et la Russie");
    expect(documentAt('prolog.xhtml')?.source.encoding).toBe('windows-1252');
    expect(documentAt('utf16.txt')?.source.encoding).toBe('utf-16le');
    expect(documentAt('utf16.txt')?.text).toContain('Officials in Algiers and Moscow');
    expect(documentAt('invalid-utf8.txt')?.source.encoding).toBe('utf-8');
    expect(documentAt('invalid-utf8.txt')?.warnings).toContain('decoding_replaced_characters');
    expect(problemsOf('invalid-utf8.txt')).toEqual(['decoding_replaced_characters']);
  });

  it('survives HTML nested 100,000 levels deep', () => {
    expect(documentAt('deep.html')?.warnings).toContain('html_nesting_flattened');
    expect(documentAt('deep.html')?.text).toContain('Officials in Algiers and Moscow');
  });

  it('keeps one document for byte-identical captures, with both paths', () => {
    const seed = documentAt('000_a3cbe3ac026cc08e.txt')!;
    expect(seed.source.duplicate_paths).toEqual(['copy of 000.txt']);
    expect(problemsOf('copy of 000.txt')).toEqual(['duplicate']);
    expect(documentAt('copy of 000.txt')).toBeUndefined();
  });

  it('flags the same article captured with different chrome as near-duplicates', () => {
    expect(documentAt('near-a.txt')?.warnings).toContain('near_duplicate');
    expect(documentAt('near-b.txt')?.warnings).toContain('near_duplicate');
    expect(new Set(problemsOf('near-a.txt'))).toEqual(new Set(['near_duplicate']));
    expect(
      report.problems
        .filter((p) => p.path === 'near-a.txt')
        .map((p) => p.message)
        .join('\n'),
    ).toContain('near-b.txt');
    // Different articles are not flagged.
    expect(documentAt('001_67e2fd2ea150fe7d.txt')?.warnings).not.toContain('near_duplicate');
  });

  it('handles file names with spaces, non-Latin letters and newlines', () => {
    for (const name of ['статья о связях.txt', 'مقال.txt', 'line\nbreak name.txt']) expect(documentAt(name), name).toBeDefined();
  });

  it('keeps a page in another language, with its language', () => {
    expect(documentAt('article-fr.txt')?.language).toBe('fr');
  });

  it('publishes a dataset that validates', async () => {
    expect(report.counts.documents).toBe(documents.length);
    const { problems } = await validateDataset(join(root, 'dist', PROJECT_VERSION));
    expect(problems).toEqual([]);
  });

  it('reports an unreadable file as such', async () => {
    const dir = join(root, 'unreadable');
    mkdirSync(dir);
    writeFileSync(join(dir, 'locked.txt'), 'text');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    // Root reads anything: a folder where a file is expected fails the same way for everyone.
    mkdirSync(join(dir, 'folder.txt'));
    const rejected = async (path: string) =>
      readCapture(dir, path).then(
        () => null,
        (error: unknown) => (error as IngestError).code,
      );
    expect(await rejected('folder.txt')).toBe('unreadable');
    if (process.getuid?.() !== 0) expect(await rejected('locked.txt')).toBe('unreadable');
  });
});
