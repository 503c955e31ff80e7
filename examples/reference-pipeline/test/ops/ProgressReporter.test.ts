import { MemoryLogger } from '@ht/enricher-sdk/testing';
import { describe, expect, it } from 'vitest';
import { formatCount, formatProgress, formatRate, ProgressReporter } from '../../src/ops/index.js';
import type { ProgressCounters, ProgressTimer } from '../../src/ops/index.js';

/** A clock moved by hand; `every` records the interval and the tick to call. */
class FakeTimer implements ProgressTimer {
  at = 0;
  intervals: number[] = [];
  private ticks: (() => void)[] = [];
  now(): number {
    return this.at;
  }
  every(ms: number, tick: () => void): () => void {
    this.intervals.push(ms);
    this.ticks.push(tick);
    return () => {
      this.ticks = this.ticks.filter((t) => t !== tick);
    };
  }
  /** Moves the clock by `ms` and fires every registered tick. */
  advance(ms: number): void {
    this.at += ms;
    for (const tick of this.ticks) tick();
  }
  get running(): number {
    return this.ticks.length;
  }
}

function fakeOutput(isTTY: boolean): { isTTY: boolean; chunks: string[]; write(chunk: string): void } {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (chunk: string) => void chunks.push(chunk) };
}

describe('ProgressReporter in a TTY', () => {
  it('rewrites one line in place every second with totals and rates, and ends with a summary', () => {
    const timer = new FakeTimer();
    const output = fakeOutput(true);
    let counters: ProgressCounters = { spansIn: 0, tracesOut: 0, rowsStored: 0, queue: 0 };
    const progress = new ProgressReporter({ read: () => counters, output, timer });
    progress.start();
    expect(timer.intervals).toEqual([1000]);
    counters = { spansIn: 1200, tracesOut: 100, rowsStored: 900, queue: 120 };
    timer.advance(1000);
    counters = { spansIn: 12_345, tracesOut: 1234, rowsStored: 23_456, queue: 3 };
    timer.advance(2000);
    expect(output.chunks).toEqual([
      '\r\x1b[2Kspans in 1,200 (1.2k/s) · traces out 100 (100/s) · rows stored 900 (900/s) · queue 120',
      '\r\x1b[2Kspans in 12,345 (5.6k/s) · traces out 1,234 (567/s) · rows stored 23,456 (11.3k/s) · queue 3',
    ]);
    timer.at += 1000;
    progress.stop();
    expect(output.chunks.at(-1)).toBe(
      '\r\x1b[2Kdone in 4.0 s: spans in 12,345 (3.1k/s) · traces out 1,234 (309/s) · rows stored 23,456 (5.9k/s) · queue 3\n',
    );
    expect(timer.running).toBe(0);
    progress.stop();
    expect(output.chunks).toHaveLength(3);
  });

  it('takes the TTY decision from isTTY over the output’s own', () => {
    const timer = new FakeTimer();
    const output = fakeOutput(false);
    const progress = new ProgressReporter({
      read: () => ({ spansIn: 5, tracesOut: 0, rowsStored: 0 }),
      output,
      timer,
      isTTY: true,
    });
    progress.start();
    timer.advance(1000);
    expect(output.chunks).toEqual(['\r\x1b[2Kspans in 5 (0/s) · traces out 0 (0/s) · rows stored 0 (0/s)']);
  });
});

describe('ProgressReporter without a TTY', () => {
  it('logs one line every 10 s with the totals as fields, and a summary on stop', () => {
    const timer = new FakeTimer();
    const output = fakeOutput(false);
    const logger = new MemoryLogger();
    let counters: ProgressCounters = { spansIn: 0, tracesOut: 0, rowsStored: 0 };
    const progress = new ProgressReporter({ read: () => counters, output, logger, timer });
    progress.start();
    expect(timer.intervals).toEqual([10_000]);
    counters = { spansIn: 25_000, tracesOut: 2000, rowsStored: 30_000 };
    timer.advance(10_000);
    progress.stop();
    expect(output.chunks).toEqual([]);
    expect(logger.entries.map((r) => [r.level, r.msg, r.fields])).toEqual([
      [
        'info',
        'progress: spans in 25,000 (2.5k/s) · traces out 2,000 (200/s) · rows stored 30,000 (3.0k/s)',
        { spansIn: 25_000, tracesOut: 2000, rowsStored: 30_000, spansPerSecond: 2500 },
      ],
      [
        'info',
        'done in 10.0 s: spans in 25,000 (2.5k/s) · traces out 2,000 (200/s) · rows stored 30,000 (3.0k/s)',
        { spansIn: 25_000, tracesOut: 2000, rowsStored: 30_000, spansPerSecond: 2500 },
      ],
    ]);
  });

  it('writes plain lines to the output when no logger is given', () => {
    const timer = new FakeTimer();
    const output = fakeOutput(false);
    const progress = new ProgressReporter({
      read: () => ({ spansIn: 10, tracesOut: 1, rowsStored: 2 }),
      output,
      timer,
      intervalMs: 5000,
    });
    progress.start();
    timer.advance(5000);
    progress.stop();
    expect(output.chunks).toEqual([
      'progress: spans in 10 (0/s) · traces out 1 (0/s) · rows stored 2 (0/s)\n',
      'done in 5.0 s: spans in 10 (2.0/s) · traces out 1 (0.2/s) · rows stored 2 (0.4/s)\n',
    ]);
  });
});

describe('progress formatting', () => {
  it('formats counts with separators and rates short', () => {
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
    expect([0, 0.25, 9.94, 12.4, 999, 1234, 2_500_000, -3].map(formatRate)).toEqual([
      '0',
      '0.3',
      '9.9',
      '12',
      '999',
      '1.2k',
      '2.5M',
      '0',
    ]);
  });

  it('shows the services seen before the queue', () => {
    const zero = { spansIn: 0, tracesOut: 0, rowsStored: 0 };
    expect(formatProgress({ spansIn: 30, tracesOut: 10, rowsStored: 60, services: 9, queue: 4 }, zero, 10)).toBe(
      'spans in 30 (3.0/s) · traces out 10 (1.0/s) · rows stored 60 (6.0/s) · services 9 · queue 4',
    );
  });

  it('leaves the queue out when it is unknown and shows 0/s over no time', () => {
    const zero = { spansIn: 0, tracesOut: 0, rowsStored: 0 };
    expect(formatProgress({ spansIn: 3, tracesOut: 2, rowsStored: 1 }, zero, 0)).toBe(
      'spans in 3 (0/s) · traces out 2 (0/s) · rows stored 1 (0/s)',
    );
  });
});

describe('ProgressReporter.interleave', () => {
  it('in a TTY, writes other output above the progress line and draws the line again', () => {
    const timer = new FakeTimer();
    const output = fakeOutput(true);
    const progress = new ProgressReporter({ read: () => ({ spansIn: 1, tracesOut: 0, rowsStored: 0 }), output, timer });
    const logs = progress.interleave(output);
    logs.write('before any progress\n');
    progress.start();
    timer.advance(1000);
    logs.write('a log line\n');
    progress.stop();
    logs.write('after\n');
    const line = 'spans in 1 (0/s) · traces out 0 (0/s) · rows stored 0 (0/s)';
    expect(output.chunks).toEqual([
      'before any progress\n',
      `\r\x1b[2K${line}`,
      '\r\x1b[2K',
      'a log line\n',
      line,
      `\r\x1b[2Kdone in 1.0 s: ${line.replace('spans in 1 (0/s)', 'spans in 1 (1.0/s)')}\n`,
      'after\n',
    ]);
  });

  it('without a TTY, is the destination itself', () => {
    const output = fakeOutput(false);
    const progress = new ProgressReporter({ read: () => ({ spansIn: 0, tracesOut: 0, rowsStored: 0 }), output });
    expect(progress.interleave(output)).toBe(output);
  });
});
