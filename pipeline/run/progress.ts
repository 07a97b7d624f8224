// Progress display for long runs: one self-rewriting line on a terminal, nothing in CI or when
// output is piped (the final summary is printed by the command either way).

export interface Progress {
  start(total: number, label: string): void;
  tick(detail?: string): void;
  done(): void;
}

export const silentProgress: Progress = { start() {}, tick() {}, done() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) return silentProgress;
  let total = 0;
  let count = 0;
  let label = '';
  let lastDraw = 0;
  const draw = (detail = '') => {
    const width = 24;
    const filled = total ? Math.round((count / total) * width) : width;
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${detail}`;
    const columns = stream.columns ?? 80;
    stream.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
  };
  return {
    start(n, l) {
      total = n;
      count = 0;
      label = l;
      draw();
    },
    tick(detail) {
      count++;
      const now = Date.now();
      // Redrawing on every capture would cost more than the work on small files.
      if (now - lastDraw > 100 || count === total) {
        lastDraw = now;
        draw(detail ?? '');
      }
    },
    done() {
      stream.write('\n');
    },
  };
}
