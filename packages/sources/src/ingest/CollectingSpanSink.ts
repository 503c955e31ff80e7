import type { Span } from '@ht/enricher-sdk';
import { ACCEPTED } from './SpanSink.js';
import type { AcceptResult, SpanBatchMeta, SpanSink } from './SpanSink.js';

/**
 * One batch as a {@link CollectingSpanSink} received it.
 *
 * @example
 * ```ts
 * const [first] = sink.batches;
 * console.log(first?.meta.tenantId, first?.spans.length);
 * ```
 */
export interface CollectedBatch {
  readonly spans: readonly Span[];
  readonly meta: SpanBatchMeta;
}

/**
 * An in-memory {@link SpanSink} for tests and examples: keeps every batch, optionally bounded (answers
 * `full` once `capacity` spans are held), and lets a test wait for a number of spans.
 *
 * @example
 * ```ts
 * const sink = new CollectingSpanSink();
 * const receivers = await startReceivers({ sink });
 * const spans = await sink.waitForSpans(3, 5000);
 * ```
 */
export class CollectingSpanSink implements SpanSink {
  readonly batches: CollectedBatch[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  /** @param capacity the most spans held at once (`Infinity`: unbounded). */
  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {}

  accept(spans: readonly Span[], meta: SpanBatchMeta): AcceptResult {
    if (this.spanCount + spans.length > this.capacity) {
      return { status: 'full', retryAfterMs: 100, reason: `holds ${this.spanCount} of ${this.capacity} spans` };
    }
    this.batches.push({ spans, meta });
    const count = this.spanCount;
    this.waiters = this.waiters.filter((w) => (count >= w.count ? (w.resolve(), false) : true));
    return ACCEPTED;
  }

  /** Every span received, in arrival order. */
  get spans(): Span[] {
    return this.batches.flatMap((b) => b.spans);
  }

  /** How many spans were received. */
  get spanCount(): number {
    let n = 0;
    for (const b of this.batches) n += b.spans.length;
    return n;
  }

  /** Resolves with every span once at least `count` arrived; rejects after `timeoutMs`. */
  async waitForSpans(count: number, timeoutMs = 10_000): Promise<Span[]> {
    if (this.spanCount < count) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`waited ${timeoutMs} ms for ${count} spans, got ${this.spanCount}`)),
          timeoutMs,
        );
        this.waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    }
    return this.spans;
  }

  /** Forgets everything received. */
  clear(): void {
    this.batches.length = 0;
  }
}
