// Release archives: `<name>-<version>.tar.gz` holding one folder with the dataset version, a
// build manifest and validate.mjs (a checker that needs only node), written reproducibly
// (entries sorted, mtimes from SOURCE_DATE_EPOCH, numeric owner 0 and no names, plain ustar
// headers, gzip without a timestamp), plus `.tar.gz.sha256`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createGzip, constants as zlibConstants } from 'node:zlib';
import { pack as tarPack } from 'tar-stream';
import { jsonlPathIn, readLines } from '../publish/lines.ts';
import { readTree } from '../publish/write-version.ts';
import { CHECKSUM_FILE, DATAPACKAGE_FILE } from '../publish/layout.ts';
import { recordedReleaseDate, sourceDateEpochFromEnv } from '../publish/release-date.ts';
import { bundleChecker, CHECKER_FILE } from './checker.ts';
import { UserFacingError } from '../errors.ts';
import { dependencyVersions, packageJson, PROJECT_ROOT } from '../package-layout.ts';

export const MANIFEST_FILE = 'build-manifest.json';

/**
 * Seconds since the epoch for every mtime in the archive: SOURCE_DATE_EPOCH when set, otherwise
 * midnight UTC of the release date recorded in the version (its datapackage.json `created`), the
 * same date its data card and CITATION.cff state.
 */
export async function sourceDateEpoch(versionDir: string): Promise<number> {
  const fromEnv = sourceDateEpochFromEnv();
  if (fromEnv !== null) return fromEnv;
  const released = await recordedReleaseDate(versionDir);
  if (released === null) throw new UserFacingError(`${versionDir} is not a dataset version (no ${DATAPACKAGE_FILE} recording its release date)`);
  return Date.parse(`${released}T00:00:00Z`) / 1000;
}

/** The clone's commit; null for an installed package (even one inside some other repository's tree) or without git. */
function gitCommit(): { commit: string | null; dirty: boolean | null } {
  if (!existsSync(join(PROJECT_ROOT, '.git'))) return { commit: null, dirty: null };
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--', 'pipeline', 'package-lock.json'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return { commit, dirty: status.trim() !== '' };
  } catch {
    return { commit: null, dirty: null };
  }
}

/** The set of inputs the version was built from: every capture path with the hash of its bytes. */
async function inputSet(versionDir: string): Promise<{ captures: number; sha256: string }> {
  const entries: string[] = [];
  for await (const line of readLines(jsonlPathIn(versionDir, 'documents'))) {
    if (!line) continue;
    const { source } = JSON.parse(line) as { source: { path: string; sha256: string; duplicate_paths: string[] } };
    for (const path of [source.path, ...source.duplicate_paths]) entries.push(`${source.sha256}  ${path}`);
  }
  entries.sort();
  return { captures: entries.length, sha256: createHash('sha256').update(entries.join('\n')).digest('hex') };
}

async function manifest(versionDir: string, name: string, version: string, epoch: number): Promise<string> {
  const pkg = packageJson();
  const dependencies = dependencyVersions();
  const code = gitCommit();
  return `${JSON.stringify(
    {
      dataset: name,
      version,
      code: { pagepress: pkg.version, git_commit: code.commit, uncommitted_changes: code.dirty },
      tools: { node: process.version, dependencies },
      inputs: await inputSet(versionDir),
      source_date_epoch: epoch,
    },
    null,
    2,
  )}\n`;
}

export interface ReleaseResult {
  archive: string;
  checksumFile: string;
  sha256: string;
}

/** Packs `versionDir` as `<outDir>/<name>-<version>.tar.gz` (+ .sha256). */
export async function makeRelease(versionDir: string, outDir: string, options: { name: string; version: string }): Promise<ReleaseResult> {
  const top = `${options.name}-${options.version}`;
  const files = await readTree(versionDir);
  if (!files.has(CHECKSUM_FILE)) throw new UserFacingError(`${versionDir} is not a dataset version (no ${CHECKSUM_FILE})`);
  const epoch = await sourceDateEpoch(versionDir);
  // The manifest and the stand-alone checker join the checksummed files, so `sha256sum -c` and
  // `validate` check them like the rest.
  const added = new Map<string, Buffer>([
    [MANIFEST_FILE, Buffer.from(await manifest(versionDir, options.name, options.version, epoch))],
    [CHECKER_FILE, await bundleChecker()],
  ]);
  let sums = files.get(CHECKSUM_FILE)!.toString('utf8');
  for (const [path, data] of added) {
    files.set(path, data);
    sums += `${createHash('sha256').update(data).digest('hex')}  ${path}\n`;
  }
  files.set(
    CHECKSUM_FILE,
    Buffer.from(
      sums
        .split('\n')
        .filter(Boolean)
        .sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1))
        .join('\n') + '\n',
    ),
  );

  await mkdir(outDir, { recursive: true });
  const archive = join(outDir, `${top}.tar.gz`);
  const temporary = `${archive}.${process.pid}.tmp`;
  const mtime = new Date(epoch * 1000);
  const directories = new Set<string>();
  for (const path of files.keys()) for (let d = dirname(path); d !== '.'; d = dirname(d)) directories.add(d);
  const entries = [...[...directories].map((d) => ({ path: `${d}/`, data: null })), ...[...files].map(([path, data]) => ({ path, data }))].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  try {
    const tar = tarPack();
    const gzip = createGzip({ level: zlibConstants.Z_BEST_COMPRESSION });
    const chunks: Buffer[] = [];
    gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<void>((resolve, reject) => {
      gzip.on('end', resolve);
      gzip.on('error', reject);
      tar.on('error', reject);
    });
    tar.pipe(gzip);
    const common = { mtime, uid: 0, gid: 0, uname: '', gname: '' };
    tar.entry({ name: `${top}/`, type: 'directory', mode: 0o755, ...common });
    for (const entry of entries) {
      if (entry.data === null) tar.entry({ name: `${top}/${entry.path}`, type: 'directory', mode: 0o755, ...common });
      else tar.entry({ name: `${top}/${entry.path}`, type: 'file', mode: 0o644, size: entry.data.length, ...common }, entry.data);
    }
    tar.finalize();
    await finished;
    const bytes = Buffer.concat(chunks);
    await writeFile(temporary, bytes);
    await rename(temporary, archive);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const checksumFile = `${archive}.sha256`;
    await writeFile(checksumFile, `${sha256}  ${basename(archive)}\n`);
    return { archive, checksumFile, sha256 };
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
