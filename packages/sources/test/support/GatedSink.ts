import type { Span } from '@ht/enricher-sdk';
import type { Sink } from '@ht/stream-core';
import { flushAsync } from '@ht/stream-core/testing';

/** A sink whose writes resolve only when opened: what it was given stays unacknowledged until then. */
export class GatedSink implements Sink<Span> {
  readonly name = 'gated';
  readonly records: Span[] = [];
  autoOpen = false;
  private gates: (() => void)[] = [];

  write(records: readonly Span[]): void | Promise<void> {
    if (this.autoOpen) {
      this.records.push(...records);
      return;
    }
    return new Promise((resolve) =>
      this.gates.push(() => {
        this.records.push(...records);
        resolve();
      }),
    );
  }

  /** Writes waiting to be opened. */
  get waiting(): number {
    return this.gates.length;
  }

  /** Makes every waiting write durable. */
  async open(): Promise<void> {
    for (const gate of this.gates.splice(0)) gate();
    await flushAsync();
  }
}
