// What to remove when a build is interrupted (Ctrl-C, SIGTERM): its temporary version folder and
// its lock. Registered while they exist; removed synchronously from the signal handler, because
// the process exits right after. A SIGKILL leaves them behind, and the next build recognises them
// as stale.
import { rmSync } from 'node:fs';

const pending = new Set<string>();

export function removeOnInterrupt(path: string): () => void {
  pending.add(path);
  return () => pending.delete(path);
}

export function removePendingNow(): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  pending.clear();
}

let installed = false;

/** Exits with 128 + signal number after cleaning up, as shells expect. */
export function installInterruptHandlers(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      removePendingNow();
      process.stderr.write(`\npagepress: interrupted (${signal}); the previous dataset is unchanged\n`);
      process.exit(code);
    });
  }
}
