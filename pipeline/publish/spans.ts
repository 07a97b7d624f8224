// Timing of the parts of a build, for whoever asks (bench/scale.ts prints them): how long each
// part of publishing took and the CPU it used, so the fixed part of a publish (what it costs
// whatever changed) can be told from the part that grows with the version. CPU is the process's
// (every thread: the libuv pool that gzips and hashes, DuckDB's): by the time a version is
// published the worker pool is closed, so it is the publish's own. The calling thread's own CPU is
// given apart: on the main thread it is the part no other core can take, whatever the machine's load.
import { readFileSync } from 'node:fs';

export interface Span {
  name: string;
  seconds: number;
  cpuSeconds: number;
  /** CPU of the calling thread alone (Linux; 0 where /proc is missing). */
  threadCpuSeconds: number;
}

export type OnSpan = (span: Span) => void;

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * CPU seconds of the calling thread (utime + stime of /proc/thread-self/stat, in clock ticks of
 * 1/100 s); 0 where /proc is missing. Node 20 has no per-thread counterpart of process.cpuUsage.
 */
export function threadCpuNow(): number {
  let stat: string;
  try {
    stat = readFileSync('/proc/thread-self/stat', 'utf8');
  } catch {
    return 0;
  }
  // The fields after the command name, which may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Runs `work`, telling `onSpan` (when given) its wall and CPU time under `name`. */
export async function timed<T>(onSpan: OnSpan | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (!onSpan) return work();
  const [started, cpu, threadCpu] = [performance.now(), cpuNow(), threadCpuNow()];
  try {
    return await work();
  } finally {
    onSpan({ name, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuNow() - cpu, threadCpuSeconds: threadCpuNow() - threadCpu });
  }
}
