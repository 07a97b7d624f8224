// Atomic publishing: a version is written into a temporary folder next to its target and renamed
// into place only when complete, so a failed or interrupted build leaves the previous versions as
// they were and no partial version behind. Published versions are never rewritten: building one
// that exists with different content is refused. Leftovers of killed builds are cleaned up.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { hostname } from 'node:os';
import { UserFacingError } from '../errors.ts';
import { digestOfFile } from './checksums.ts';
import { VERSIONING_POLICY } from './changes.ts';

export class VersionExistsError extends UserFacingError {
  constructor(
    readonly target: string,
    readonly changes: { added: string[]; removed: string[]; changed: string[] },
    readonly suggestion: string | null = null,
  ) {
    const list = (label: string, files: string[]) => (files.length ? `\n  ${label}: ${files.join(', ')}` : '');
    super(
      `${target} already exists with different content; a published version is never rewritten.\n` +
        `Bump "version" in pagepress.config.json (${VERSIONING_POLICY}),` +
        ` or delete ${target} if it was never released.` +
        (suggestion ? `\n${suggestion}` : '') +
        list('changed', changes.changed) +
        list('added', changes.added) +
        list('removed', changes.removed),
    );
  }
}

const TEMP_PREFIX = '.tmp-';

/** Every file of a folder (recursively), as `/`-separated paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

/** Reads every file of a folder as name → content. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const path of await listFiles(dir)) files.set(path, await readFile(join(dir, path)));
  return files;
}

/** Removes temporary folders left by builds that were killed (their process is gone). */
export async function removeStaleTemporaries(outDir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of entries) {
    const match = new RegExp(`^\\${TEMP_PREFIX}.+-(\\d+)-${hostname().replace(/[^A-Za-z0-9]/g, '_')}$`).exec(name);
    if (!match || isAlive(Number(match[1]))) continue;
    await rm(join(outDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type WriteOutcome = 'written' | 'unchanged';

/** Where a version is written before it is renamed into place: beside the target, named by owner. */
export function temporaryDirFor(outDir: string, name: string): string {
  return join(outDir, `${TEMP_PREFIX}${name}-${process.pid}-${hostname().replace(/[^A-Za-z0-9]/g, '_')}`);
}

/**
 * Compares a freshly written version with the published one of the same name: 'absent' when
 * there is none, 'unchanged' when identical; throws VersionExistsError when they differ.
 */
export async function compareWithExisting(fresh: string, target: string): Promise<'absent' | 'unchanged'> {
  let existingFiles: string[];
  try {
    existingFiles = await listFiles(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw error;
  }
  // File by file, streamed: a version can be far larger than memory.
  const existing = new Set(existingFiles);
  const wanted = await listFiles(fresh);
  const wantedSet = new Set(wanted);
  const added = wanted.filter((k) => !existing.has(k));
  const removed = existingFiles.filter((k) => !wantedSet.has(k));
  const changed: string[] = [];
  for (const path of wanted.filter((k) => existing.has(k))) {
    const [a, b] = [join(fresh, path), join(target, path)];
    if ((await stat(a)).size !== (await stat(b)).size || (await digestOfFile(a)).sha256 !== (await digestOfFile(b)).sha256) changed.push(path);
  }
  if (added.length + removed.length + changed.length === 0) return 'unchanged';
  throw new VersionExistsError(target, { added, removed, changed });
}
