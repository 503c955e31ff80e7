import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * A span exporter that lets `inner` run one export at a time and shuts it down only once every export
 * ended. The OTel Jaeger exporter needs it: its exports share one buffer of its sender, so two at once
 * (a `forceFlush` or shutdown exports every queued batch together) can report one export done while its
 * spans still travel in the other's request, and shutting down then aborts that request (`socket hang up`,
 * spans lost).
 *
 * @example
 * ```ts
 * const exporter = new SerialExporter(new JaegerExporter({ endpoint: 'http://127.0.0.1:14268/api/traces' }));
 * ```
 */
export class SerialExporter implements SpanExporter {
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.last = this.last.then(
      () =>
        new Promise<void>((resolve) => {
          this.inner.export(spans, (result) => {
            resolve();
            resultCallback(result);
          });
        }),
    );
  }

  async shutdown(): Promise<void> {
    await this.last;
    await this.inner.shutdown();
  }

  async forceFlush(): Promise<void> {
    await this.last;
    await this.inner.forceFlush?.();
  }
}
