// Fetches a release archive (HTTP(S) URL or local file), checks its SHA-256 before unpacking,
// unpacks it safely (no entry outside the target: no "..", no absolute paths, no links; a size
// limit), validates the dataset, and only then moves it into place. Nothing half-written is left.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { extract as tarExtract } from 'tar-stream';
import { UserFacingError } from '../errors.ts';
import { DEFAULT_MAX_UNPACKED } from '../defaults.ts';
import { formatProblem, validateDataset } from '../validate/index.ts';
import type { Progress } from '../run/progress.ts';
import { silentProgress } from '../run/progress.ts';
import { removeOnInterrupt } from '../run/interrupt.ts';

export interface DownloadOptions {
  out: string;
  sha256?: string;
  sha256Url?: string;
  /** Largest total size the archive may unpack to. */
  maxBytes?: number;
  progress?: Progress;
}

const isUrl = (source: string) => /^https?:\/\//i.test(source);

async function fetchTo(url: string, path: string, progress: Progress): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new UserFacingError(
      `cannot download ${url}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`,
    );
  }
  if (!response.ok || !response.body) throw new UserFacingError(`cannot download ${url}: HTTP ${response.status} ${response.statusText}`);
  const total = Number(response.headers.get('content-length') ?? 0);
  let received = 0;
  progress.start(total ? Math.ceil(total / 1048576) : 0, 'download MB');
  let lastMb = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      for (; lastMb < Math.floor(received / 1048576); lastMb++) progress.tick();
      callback(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body as never), counter, createWriteStream(path));
  } catch (error) {
    throw new UserFacingError(`download of ${url} broke off after ${received} of ${total || '?'} bytes: ${(error as Error).message}`);
  } finally {
    progress.done();
  }
  if (total && received !== total) throw new UserFacingError(`download of ${url} broke off after ${received} of ${total} bytes`);
}

async function expectedSha256(source: string, options: DownloadOptions): Promise<string> {
  const parse = (text: string, where: string) => {
    const hex = /^([0-9a-fA-F]{64})\b/.exec(text.trim())?.[1];
    if (!hex) throw new UserFacingError(`${where} holds no SHA-256 ("<64 hex digits>  <file>")`);
    return hex.toLowerCase();
  };
  if (options.sha256) return parse(options.sha256, '--sha256');
  const checksumSource = options.sha256Url ?? `${source}.sha256`;
  try {
    if (isUrl(checksumSource)) {
      const response = await fetch(checksumSource);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return parse(await response.text(), checksumSource);
    }
    return parse(await readFile(checksumSource, 'utf8'), checksumSource);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(
      `no checksum to check the archive against: give --sha256 HEX or --sha256-url URL (${checksumSource}: ${(error as Error).message})`,
    );
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The safe relative path of an entry, or a reason to refuse the whole archive. */
function safePath(name: string): string {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) throw new UserFacingError(`archive entry "${name}" is an absolute path: refused`);
  const normal = posix.normalize(name);
  if (normal === '..' || normal.startsWith('../') || name.split('/').includes('..'))
    throw new UserFacingError(`archive entry "${name}" points outside the target: refused`);
  return normal.replace(/\/$/, '');
}

async function unpack(archive: string, into: string, maxBytes: number): Promise<string[]> {
  const extract = tarExtract();
  const tops = new Set<string>();
  let total = 0;
  const done = (async () => {
    for await (const entry of extract) {
      const { name, type, size } = entry.header;
      const path = safePath(name);
      if (type !== 'file' && type !== 'directory') throw new UserFacingError(`archive entry "${name}" is a ${type}: links and special files are refused`);
      total += size ?? 0;
      if (total > maxBytes) throw new UserFacingError(`archive unpacks to more than the limit of ${maxBytes} bytes: refused`);
      tops.add(path.split('/')[0]);
      const target = join(into, path);
      if (type === 'directory') {
        await mkdir(target, { recursive: true });
        entry.resume();
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      let written = 0;
      const limiter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          written += chunk.length;
          // The header's size is checked above; this guards against an entry longer than it says.
          if (written > (size ?? 0)) callback(new UserFacingError(`archive entry "${name}" is larger than its header says: refused`));
          else callback(null, chunk);
        },
      });
      await pipeline(entry, limiter, createWriteStream(target, { mode: 0o644 }));
    }
  })();
  try {
    await Promise.all([pipeline(createReadStream(archive), createGunzip(), extract), done]);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    throw new UserFacingError(`archive is not a valid .tar.gz: ${(error as Error).message}`);
  }
  return [...tops].sort();
}

export interface DownloadResult {
  dir: string;
  sha256: string;
}

export async function download(source: string, options: DownloadOptions): Promise<DownloadResult> {
  const progress = options.progress ?? silentProgress;
  await mkdir(options.out, { recursive: true });
  const work = await mkdtemp(join(options.out, '.download-'));
  const forget = removeOnInterrupt(work);
  try {
    let archive = source;
    if (isUrl(source)) {
      archive = join(work, basename(new URL(source).pathname) || 'archive.tar.gz');
      await fetchTo(source, archive, progress);
    } else if (!(await stat(source).catch(() => null))?.isFile()) {
      throw new UserFacingError(`${source}: no such file (give a path or an http(s) URL)`);
    }
    const expected = await expectedSha256(source, options);
    const actual = await sha256File(archive);
    if (actual !== expected) throw new UserFacingError(`SHA-256 mismatch: expected ${expected}, the archive has ${actual}; nothing was unpacked`);
    const unpacked = join(work, 'unpacked');
    await mkdir(unpacked);
    const tops = await unpack(archive, unpacked, options.maxBytes ?? DEFAULT_MAX_UNPACKED);
    if (tops.length !== 1) throw new UserFacingError(`archive should hold one dataset folder, it holds ${tops.length}: ${tops.join(', ')}`);
    const { problems } = await validateDataset(join(unpacked, tops[0]));
    if (problems.length > 0) {
      throw new UserFacingError(
        `the unpacked dataset is not valid (${problems.length} problems), nothing was kept:\n${problems.slice(0, 10).map(formatProblem).join('\n')}`,
      );
    }
    const target = join(options.out, tops[0]);
    if (await stat(target).catch(() => null)) throw new UserFacingError(`${target} already exists; remove it or choose another --out`);
    await rename(join(unpacked, tops[0]), target);
    return { dir: target, sha256: actual };
  } finally {
    forget();
    await rm(work, { recursive: true, force: true });
  }
}
