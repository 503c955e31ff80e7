import { ExportResultCode } from '@opentelemetry/core';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Logger } from '@ht/enricher-sdk';

/**
 * What one exporter kind of the demo did: spans handed to it, and how many of those the receiver
 * took or the export failed for.
 *
 * @example
 * ```ts
 * const traffic = startDemoTraffic({ endpoints: { otlpGrpc: 'http://127.0.0.1:4317' } });
 * const stats: DemoExporterStats | undefined = traffic.stats().perExporter.otlpGrpc;
 * console.log(stats?.spans, stats?.exported, stats?.failed);
 * ```
 */
export interface DemoExporterStats {
  /** Spans the services recorded for this exporter. */
  readonly spans: number;
  /** Spans it exported successfully. */
  readonly exported: number;
  /** Spans whose export failed (the receiver down or refusing). */
  readonly failed: number;
}

/**
 * The tallies behind {@link DemoExporterStats}, shared by every exporter of one kind.
 *
 * @example
 * ```ts
 * const tally = new ExporterTally('zipkin', logger);
 * tally.recorded(3);
 * ```
 */
export class ExporterTally {
  private spans = 0;
  private exported = 0;
  private failed = 0;
  private failing = false;

  constructor(
    readonly name: string,
    private readonly logger: Pick<Logger, 'info' | 'warn'>,
  ) {}

  /** Services recorded `count` spans for this exporter. */
  recorded(count: number): void {
    this.spans += count;
  }

  /** An export of `count` spans ended with `result`; logs when exports start or stop failing. */
  exportEnded(count: number, result: ExportResult): void {
    if (result.code === ExportResultCode.SUCCESS) {
      this.exported += count;
      if (this.failing) this.logger.info({ exporter: this.name }, 'demo traffic: exports succeed again');
      this.failing = false;
      return;
    }
    this.failed += count;
    if (!this.failing) {
      this.logger.warn(
        { exporter: this.name, err: result.error?.message },
        'demo traffic: export failed; spans are dropped until it succeeds again',
      );
    }
    this.failing = true;
  }

  /** A snapshot of the tallies. */
  stats(): DemoExporterStats {
    return { spans: this.spans, exported: this.exported, failed: this.failed };
  }
}

/**
 * A span exporter that hands every batch to `inner` and counts the outcome in `tally`.
 *
 * @example
 * ```ts
 * const exporter = new CountingExporter(new ZipkinExporter({ url }), tally);
 * ```
 */
export class CountingExporter implements SpanExporter {
  constructor(
    private readonly inner: SpanExporter,
    private readonly tally: ExporterTally,
  ) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.inner.export(spans, (result) => {
      this.tally.exportEnded(spans.length, result);
      resultCallback(result);
    });
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
