// Timing of the parts of a build, for whoever asks (bench/scale.ts prints them): how long each
// part of publishing took and the CPU it used, so the fixed part of a publish (what it costs
// whatever changed) can be told from the part that grows with the version. CPU is the process's
// (every thread: the libuv pool that gzips and hashes, DuckDB's): by the time a version is
// published the worker pool is closed, so it is the publish's own.

export interface Span {
  name: string;
  seconds: number;
  cpuSeconds: number;
}

export type OnSpan = (span: Span) => void;

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Runs `work`, telling `onSpan` (when given) its wall and CPU time under `name`. */
export async function timed<T>(onSpan: OnSpan | undefined, name: string, work: () => Promise<T>): Promise<T> {
  if (!onSpan) return work();
  const [started, cpu] = [performance.now(), cpuNow()];
  try {
    return await work();
  } finally {
    onSpan({ name, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuNow() - cpu });
  }
}
