import type { Subscriber } from 'rxjs';
import type { AckToken } from '../checkpoint/AckToken.js';
import { releaseBoth } from '../checkpoint/AckToken.js';
import type { Batch } from '../core/Batch.js';
import { BatchBuilder, NO_WATERMARK } from '../core/Batch.js';

/**
 * Where an operator writes one side output (a typed tag). Records are collected while the operator
 * processes a batch and emitted as one batch by `flush`. With no consumer, records are released
 * (acknowledged) on the spot and the operator counts them.
 *
 * @example
 * ```ts
 * const late = ctx.sideOutput('late-spans');
 * late.push(record, time, token);
 * late.flush(watermark, false);
 * ```
 */
export class SideOutputPort<T> {
  private readonly out = new BatchBuilder<T>();
  private lastWatermark = NO_WATERMARK;
  private readonly subscribers = new Set<Subscriber<Batch<T>>>();

  constructor(readonly tagId: string) {}

  /** Whether any stream reads this output (set up before the job starts). */
  connected = false;

  /** @internal Registers a subscriber of the output. */
  attach(subscriber: Subscriber<Batch<T>>): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  push(value: T, time: number, token: AckToken | null): void {
    if (!this.connected) {
      if (token !== null) releaseBoth(token);
      return;
    }
    this.out.push(value, time, token);
  }

  /** Emits the collected records (or a watermark move) as one batch. */
  flush(watermark: number, idle: boolean): void {
    if (!this.connected) return;
    if (this.out.length === 0 && watermark === this.lastWatermark) return;
    this.lastWatermark = watermark;
    const batch = this.out.build(watermark, idle);
    for (const s of this.subscribers) s.next(batch);
  }

  complete(): void {
    for (const s of [...this.subscribers]) s.complete();
  }

  error(err: unknown): void {
    for (const s of [...this.subscribers]) s.error(err);
  }
}
