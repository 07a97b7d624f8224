// Walks raw/ and lists the capture files in a deterministic order, without following symbolic
// links (a link could point anywhere on the machine). What it passes over is reported, not lost.
import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CAPTURE_EXTENSIONS_DESCRIBED, isCapturePath } from './decode.ts';

export interface Discovered {
  /** Paths relative to the root, / separated, in code-point order. */
  files: string[];
  skipped: { path: string; code: 'symlink' | 'unsupported_extension' | 'unreadable' | 'special_file'; message: string }[];
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Lists capture files under `root` (a folder) or the single file `root`. */
export async function discover(root: string): Promise<Discovered> {
  const found: Discovered = { files: [], skipped: [] };
  const rootStat = await lstat(root);
  if (rootStat.isFile()) {
    found.files.push(toPosix(root.split(sep).pop()!));
    return found;
  }
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      found.skipped.push({ path: toPosix(relative(root, dir)), code: 'unreadable', message: `cannot list folder: ${(error as Error).message}` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      const path = toPosix(relative(root, full));
      if (entry.isSymbolicLink()) {
        found.skipped.push({ path, code: 'symlink', message: 'symbolic link not followed: copy the file into raw/ instead' });
      } else if (entry.isDirectory()) {
        await walk(full);
      } else if (!entry.isFile()) {
        found.skipped.push({ path, code: 'special_file', message: 'not a regular file' });
      } else if (isCapturePath(path)) {
        found.files.push(path);
      } else {
        found.skipped.push({ path, code: 'unsupported_extension', message: `not a capture: expected ${CAPTURE_EXTENSIONS_DESCRIBED}` });
      }
    }
  };
  await walk(root);
  found.files.sort(compareCodePoints);
  found.skipped.sort((a, b) => compareCodePoints(a.path, b.path));
  return found;
}

/** Locale-independent ordering, so every machine lists the same files in the same order. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
