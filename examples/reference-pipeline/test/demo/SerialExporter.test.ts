import { describe, expect, it } from 'vitest';
import { ExportResultCode } from '@opentelemetry/core';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { SerialExporter } from '../../src/demo/SerialExporter.js';

/** An exporter whose exports end when the test says so, recording what happens in order. */
class ManualExporter implements SpanExporter {
  readonly log: string[] = [];
  readonly pending: (() => void)[] = [];

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    const n = this.log.filter((l) => l.startsWith('start')).length + 1;
    this.log.push(`start ${n}`);
    this.pending.push(() => {
      this.log.push(`end ${n}`);
      done({ code: ExportResultCode.SUCCESS });
    });
  }

  async shutdown(): Promise<void> {
    this.log.push('shutdown');
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('SerialExporter', () => {
  it('runs one export at a time and shuts down only after the last one ended', async () => {
    const inner = new ManualExporter();
    const exporter = new SerialExporter(inner);
    const results: number[] = [];
    exporter.export([], (r) => results.push(r.code));
    exporter.export([], (r) => results.push(r.code));
    const shutdown = exporter.shutdown();
    await tick();
    expect(inner.log).toEqual(['start 1']);
    inner.pending.shift()!();
    await tick();
    expect(inner.log).toEqual(['start 1', 'end 1', 'start 2']);
    inner.pending.shift()!();
    await shutdown;
    expect(inner.log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'shutdown']);
    expect(results).toEqual([ExportResultCode.SUCCESS, ExportResultCode.SUCCESS]);
  });
});
