// The progress display, driven by a hand-moved clock and a fake stream: what the lines say, that a
// terminal line is redrawn by the timer while a capture is slow, and the once-a-minute log cadence.
import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatEta,
  formatRate,
  logLine,
  terminalLine,
  terminalProgress,
  type ProgressClock,
  type ProgressStream,
} from '../../pipeline/run/progress.ts';

/** A clock the test moves by hand; `fire` runs the timer callbacks as the real timer would. */
function fakeClock() {
  let now = 1_000_000;
  const timers = new Set<() => void>();
  const clock: ProgressClock = {
    now: () => now,
    every(_ms, callback) {
      timers.add(callback);
      return () => timers.delete(callback);
    },
  };
  return {
    clock,
    advance(ms: number) {
      now += ms;
    },
    fire() {
      for (const callback of timers) callback();
    },
    get timers() {
      return timers.size;
    },
  };
}

function fakeStream(isTTY: boolean): ProgressStream & { text: string } {
  const stream = {
    text: '',
    isTTY,
    columns: 200,
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

describe('progress formatting', () => {
  it('durations, rates and ETAs as people read them', () => {
    expect(formatDuration(7_400)).toBe('0:07');
    expect(formatDuration(754_000)).toBe('12:34');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatRate(1, 4_000, 'captures')).toBe('0.25 captures/s');
    expect(formatRate(31, 10_000, 'captures')).toBe('3.1 captures/s');
    expect(formatRate(420, 10_000)).toBe('42/s');
    expect(formatEta(0, 10, 5_000)).toBe('ETA unknown');
    expect(formatEta(25, 100, 50_000)).toBe('ETA 2:30');
    expect(formatEta(100, 100, 50_000)).toBe('ETA 0:00');
  });

  it('a terminal line shows count/total, elapsed, rate, ETA and the oldest capture in flight', () => {
    const line = terminalLine({
      label: 'build',
      unit: 'captures',
      count: 12,
      total: 48,
      elapsedMs: 60_000,
      inFlight: [
        { detail: 'slow\npage.html', runningMs: 45_000 },
        { detail: 'b.html', runningMs: 1_000 },
      ],
    });
    expect(line).toBe('build [###.........] 12/48 1:00 elapsed, 0.20 captures/s, ETA 3:00 · slow?page.html (0:45) +1 more');
  });

  it('a log line says the same without the bar', () => {
    expect(logLine({ label: 'build', unit: 'captures', count: 120, total: 400, elapsedMs: 120_000, inFlight: [] })).toBe(
      'build: 120/400 captures, 2:00 elapsed, 1.0 captures/s, ETA 4:40',
    );
  });
});

describe('on a terminal', () => {
  it('the timer redraws the line while a slow capture runs, so elapsed time keeps moving', () => {
    const time = fakeClock();
    const stream = fakeStream(true);
    const progress = terminalProgress(stream, time.clock, false);
    progress.start(2, 'build', 'captures');
    progress.begin('slow.html');
    time.advance(5_000);
    time.fire();
    expect(stream.text.split('\r').at(-1)).toMatch(/^build \[\.+\] 0\/2 0:05 elapsed, 0\.00 captures\/s, ETA unknown · slow\.html \(0:05\)/);
    time.advance(3_000);
    time.fire();
    expect(stream.text.split('\r').at(-1)).toMatch(/0\/2 0:08 elapsed.* · slow\.html \(0:08\)/);
    progress.tick('slow.html');
    progress.begin('next.html');
    progress.tick('next.html');
    progress.done();
    expect(stream.text.endsWith('\n')).toBe(true);
    expect(stream.text.split('\r').at(-1)).toMatch(/^build \[#+\] 2\/2 0:08 elapsed, 0\.25 captures\/s, ETA 0:00 +\n$/);
    expect(time.timers).toBe(0);
  });
});

describe('on a pseudo-terminal that reports 0 columns', () => {
  it('draws 80 columns rather than cutting the line', () => {
    const time = fakeClock();
    const stream = { ...fakeStream(true), columns: 0 };
    let text = '';
    stream.write = (chunk: string) => {
      text += chunk;
      return true;
    };
    const progress = terminalProgress(stream, time.clock, false);
    progress.start(1, 'build', 'captures');
    progress.tick();
    progress.done();
    expect(text.split('\r').at(-1)).toBe(`${'build [############] 1/1 0:00 elapsed, 0.00 captures/s, ETA 0:00'.padEnd(79)}\n`);
  });
});

describe('off a terminal (or with CI set)', () => {
  it('writes nothing for a run shorter than a minute', () => {
    const time = fakeClock();
    const stream = fakeStream(false);
    const progress = terminalProgress(stream, time.clock, false);
    progress.start(3, 'build', 'captures');
    for (const path of ['a', 'b', 'c']) {
      progress.begin(path);
      time.advance(19_000);
      time.fire();
      progress.tick(path);
    }
    progress.done();
    expect(stream.text).toBe('');
  });

  it('writes one plain line per minute, from the timer too when no capture finishes', () => {
    const time = fakeClock();
    const stream = fakeStream(true);
    // A terminal, but CI is set: the log form.
    const progress = terminalProgress(stream, time.clock, true);
    progress.start(400, 'build', 'captures');
    for (let second = 1; second <= 150; second++) {
      time.advance(1_000);
      if (second <= 120) progress.tick(`page-${second}.html`);
      time.fire();
    }
    // 120 done by 2:00, none after: the 2:00 line comes from a tick, nothing more until 3:00.
    expect(stream.text).toBe(
      'build: 60/400 captures, 1:00 elapsed, 1.0 captures/s, ETA 5:40\n' + 'build: 120/400 captures, 2:00 elapsed, 1.0 captures/s, ETA 4:40\n',
    );
    time.advance(30_000);
    time.fire();
    expect(stream.text.split('\n').filter(Boolean)).toHaveLength(3);
    expect(stream.text.split('\n')[2]).toBe('build: 120/400 captures, 3:00 elapsed, 0.67 captures/s, ETA 7:00');
    // After a stall of several minutes, one line, not one per minute missed.
    time.advance(5 * 60_000);
    time.fire();
    time.fire();
    expect(stream.text.split('\n').filter(Boolean)).toHaveLength(4);
    progress.done();
    expect(stream.text.split('\n').filter(Boolean)).toHaveLength(4);
  });
});
