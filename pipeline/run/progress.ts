// Progress display for long runs. On a terminal: one self-rewriting line with count/total, elapsed
// time, rate, ETA and the oldest task in flight, redrawn every second by a timer so a slow capture
// does not look like a hang. Elsewhere (piped, or CI set): one plain line per minute, and nothing at
// all for runs shorter than that, so logs stay readable. The command prints its summary either way.

export interface Progress {
  /** `unit` names what is counted in the rate ("captures" → "2.5 captures/s"). */
  start(total: number, label: string, unit?: string): void;
  /** A task began: it is shown as in flight until the tick with the same detail. */
  begin(detail: string): void;
  tick(detail?: string): void;
  done(): void;
}

export const silentProgress: Progress = { start() {}, begin() {}, tick() {}, done() {} };

/** The clock and timer a display runs on: the real ones, or a test's. */
export interface ProgressClock {
  now(): number;
  /** Calls `callback` every `ms` until the returned function is called. */
  every(ms: number, callback: () => void): () => void;
}

const realClock: ProgressClock = {
  now: () => Date.now(),
  every(ms, callback) {
    const timer = setInterval(callback, ms);
    // A forgotten done() must not keep the process alive.
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** The part of a stream a display writes to. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export const REDRAW_MS = 1000;
export const LOG_INTERVAL_MS = 60_000;

/** 7 s → "0:07", 754 s → "12:34", 3723 s → "1:02:03". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Items per second with two significant digits at least (0.25/s, 3.1/s, 42/s). */
export function formatRate(count: number, elapsedMs: number, unit = ''): string {
  const rate = elapsedMs > 0 ? (count * 1000) / elapsedMs : 0;
  const shown = rate >= 10 ? rate.toFixed(0) : rate >= 1 ? rate.toFixed(1) : rate.toFixed(2);
  return `${shown}${unit ? ` ${unit}` : ''}/s`;
}

/** Time left at the rate so far; unknown until something finished. */
export function formatEta(count: number, total: number, elapsedMs: number): string {
  if (count >= total) return 'ETA 0:00';
  if (count === 0 || elapsedMs <= 0) return 'ETA unknown';
  return `ETA ${formatDuration(((total - count) * elapsedMs) / count)}`;
}

export interface ProgressState {
  label: string;
  unit: string;
  count: number;
  total: number;
  elapsedMs: number;
  /** Tasks in flight, oldest first, with how long each has run. */
  inFlight: { detail: string; runningMs: number }[];
}

// File names may hold newlines or escapes; a progress line must stay one line.
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, '?');

/** The terminal line: a bar, count/total, elapsed, rate, ETA and the oldest task in flight. */
export function terminalLine(state: ProgressState): string {
  const width = 12;
  const filled = state.total ? Math.min(width, Math.round((state.count / state.total) * width)) : width;
  const timing = `${formatDuration(state.elapsedMs)} elapsed, ${formatRate(state.count, state.elapsedMs, state.unit)}, ${formatEta(state.count, state.total, state.elapsedMs)}`;
  let line = `${state.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${state.count}/${state.total} ${timing}`;
  const [oldest, ...others] = state.inFlight;
  if (oldest) line += ` · ${oneLine(oldest.detail)} (${formatDuration(oldest.runningMs)})${others.length ? ` +${others.length} more` : ''}`;
  return line;
}

/** The line a log gets once a minute. */
export function logLine(state: ProgressState): string {
  const counted = state.unit ? `${state.count}/${state.total} ${state.unit}` : `${state.count}/${state.total}`;
  return `${state.label}: ${counted}, ${formatDuration(state.elapsedMs)} elapsed, ${formatRate(state.count, state.elapsedMs, state.unit)}, ${formatEta(state.count, state.total, state.elapsedMs)}`;
}

/** The display for a stream: rewriting on a terminal, a line a minute otherwise (or with CI set). */
export function terminalProgress(stream: ProgressStream = process.stderr, clock: ProgressClock = realClock, ci = Boolean(process.env.CI)): Progress {
  let total = 0;
  let count = 0;
  let label = '';
  let unit = '';
  let startedAt = 0;
  const inFlight = new Map<string, number>();
  let stopTimer: (() => void) | null = null;
  const state = (): ProgressState => {
    const now = clock.now();
    return { label, unit, count, total, elapsedMs: now - startedAt, inFlight: [...inFlight].map(([detail, since]) => ({ detail, runningMs: now - since })) };
  };
  const rewriting = Boolean(stream.isTTY) && !ci;

  let lastDraw = 0;
  const draw = () => {
    lastDraw = clock.now();
    // A pseudo-terminal may report 0 columns.
    const columns = stream.columns || 80;
    stream.write(
      `\r${terminalLine(state())
        .slice(0, columns - 1)
        .padEnd(columns - 1)}`,
    );
  };
  let nextLog = 0;
  const logIfDue = () => {
    if (clock.now() < nextLog) return;
    // One line per minute boundary passed, not a burst after a stall.
    while (nextLog <= clock.now()) nextLog += LOG_INTERVAL_MS;
    stream.write(`${logLine(state())}\n`);
  };
  const refresh = rewriting ? draw : logIfDue;

  return {
    start(n, l, u = '') {
      stopTimer?.();
      [total, count, label, unit] = [n, 0, l, u];
      startedAt = clock.now();
      nextLog = startedAt + LOG_INTERVAL_MS;
      inFlight.clear();
      if (rewriting) draw();
      stopTimer = clock.every(REDRAW_MS, refresh);
    },
    begin(detail) {
      if (!inFlight.has(detail)) inFlight.set(detail, clock.now());
    },
    tick(detail) {
      count++;
      if (detail !== undefined) inFlight.delete(detail);
      // Redrawing on every capture would cost more than the work on small files.
      if (!rewriting) logIfDue();
      else if (clock.now() - lastDraw >= 100 || count === total) draw();
    },
    done() {
      stopTimer?.();
      stopTimer = null;
      inFlight.clear();
      if (rewriting) {
        draw();
        stream.write('\n');
      }
    },
  };
}
