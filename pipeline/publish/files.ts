// File-system helpers the build cache and the publisher share: a file written atomically into a
// folder made once per thread, and whether a path exists.
import { access, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Folders this thread has made or found for the files it writes. A worker writes several files per
 * capture (step entries, the summary, fragment files) into a few hundred folders; asking the file
 * system to make each folder again before every write (mkdir -p, one or two system calls on the
 * thread pool) was 1.5-1.7% of a worker's time on 300 realistic captures, measured on the cache's
 * JSON writes.
 * A folder removed behind the build's back (the cache cleared mid-build) is made again by the write
 * that finds it missing.
 */
const madeFolders = new Set<string>();

/**
 * Writes `data` to `path` through a temporary file beside it and a rename, so a reader finds the
 * whole file or none (a build killed mid-write leaves no partial file under the real name). The
 * temporary file's name starts with `path` (forgetCapture and prune find such files by it).
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) {
    await mkdir(folder, { recursive: true });
    madeFolders.add(folder);
  }
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, data).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await mkdir(folder, { recursive: true });
      await writeFile(temporary, data);
    });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Whether something is at `path`. A symbolic link counts by its target, unless `link` is set: then
 * the link itself counts, even when its target is gone.
 */
export const pathExists = (path: string, options: { link?: boolean } = {}): Promise<boolean> =>
  (options.link ? lstat(path) : access(path)).then(
    () => true,
    () => false,
  );
