// One build at a time per output folder: a lock file holding the owner's pid and host. A second
// build refuses with a message naming the lock; a lock whose process is gone (a killed build) is
// recognised as stale and taken over.
import { open, readFile, rm, mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UserFacingError } from '../errors.ts';
import { isAlive } from '../publish/write-version.ts';
import { removeOnInterrupt } from './interrupt.ts';

export const LOCK_FILE = '.pagepress.lock';

export class LockError extends UserFacingError {}

export interface Lock {
  path: string;
  release(): Promise<void>;
}

export async function acquireLock(outDir: string): Promise<Lock> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname() }) + '\n');
      await handle.close();
      const forget = removeOnInterrupt(path);
      return {
        path,
        release: async () => {
          forget();
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: { pid?: number; host?: string } = {};
      try {
        owner = JSON.parse(await readFile(path, 'utf8'));
      } catch {
        // An unreadable or half-written lock file: its writer died between open and write.
      }
      const stale = owner.host === undefined || (owner.host === hostname() && (owner.pid === undefined || !isAlive(owner.pid)));
      if (!stale) {
        throw new LockError(
          `another build is writing to ${outDir}: lock ${path} is held by process ${owner.pid} on ${owner.host}. ` +
            `Wait for it to finish, or delete the lock file if that process is gone.`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new LockError(`could not take the lock ${path}`);
}
