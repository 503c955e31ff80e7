import type { Position, SourceContext } from '@ht/stream-core';
import { HtError, systemClock } from '@ht/stream-core';

/** One emit as the engine saw it. */
export interface Emitted<T> {
  readonly partition: string;
  readonly records: readonly T[];
  readonly position: Position;
  /** The bytes the source said the records took. */
  readonly bytes: number;
}

/**
 * A {@link SourceContext} that records what a source does with it, for tests that drive the source's
 * acknowledgements by hand. `onEmit` lets a test react like the engine (pause when credits run out).
 */
export class FakeSourceContext<T> implements SourceContext<T> {
  readonly emitted: Emitted<T>[] = [];
  readonly assigned: string[][] = [];
  readonly revoked: string[] = [];
  readonly failures: unknown[] = [];
  ended = false;
  creditsLeft = 10_000;
  onEmit: ((e: Emitted<T>) => void) | undefined;
  readonly clock = systemClock;
  /** Per partition, a restore of its per-partition state the source must wait for (set by a test). */
  readonly restores = new Map<string, Promise<void>>();

  constructor(readonly startPositions: Map<string, Position> = new Map()) {}

  assign(partitions: readonly string[]): void {
    this.assigned.push([...partitions]);
  }

  whenRestored(partition: string): Promise<void> | undefined {
    return this.restores.get(partition);
  }

  emit(partition: string, records: readonly T[], position: Position, bytes = 0): void {
    const e = { partition, records, position, bytes };
    this.emitted.push(e);
    this.onEmit?.(e);
  }

  endPartition(): void {}

  revoke(partition: string): void {
    this.revoked.push(partition);
  }

  end(): void {
    this.ended = true;
  }

  fail(error: unknown): void {
    this.failures.push(error);
  }

  credits(): number {
    return this.creditsLeft;
  }

  /** Every record emitted for a partition, in order. */
  records(partition?: string): T[] {
    return this.emitted.filter((e) => partition === undefined || e.partition === partition).flatMap((e) => e.records);
  }
}

/** Waits until `condition` holds (polling), failing after `timeoutMs` with `what`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** A decoder of UTF-8 text records for tests: `bad` is undecodable, `a,b` is two values. */
export const textDecoder = {
  name: 'text',
  decode(message: { readonly value: Buffer | null }): { values: string[]; rejected: string[] } {
    const text = message.value?.toString('utf8') ?? '';
    if (text === 'bad') throw new HtError('INPUT_INVALID', 'not text');
    const values = text.split(',').filter((v) => v !== '' && v !== 'rejected');
    return { values, rejected: text.includes('rejected') ? ['one value rejected'] : [] };
  },
};
