import { opencensusStreamDecoder, spanDecoders } from '../src/index.js';
import type { SpanDecoder } from '../src/index.js';
import { loadGoldenCaptures } from '../test/support/goldenFile.js';

/** Decode + normalize throughput of one format. */
export interface DecodeResult {
  readonly format: string;
  readonly client: string;
  readonly spansPerRequest: number;
  readonly bytesPerRequest: number;
  /** Spans decoded and normalized per CPU-second of this process. */
  readonly spansPerCpuSecond: number;
}

/**
 * Decodes each format's payload again and again for `seconds` and counts spans per CPU-second: the real
 * clients' golden captures, plus `extra` payloads (the 512-span OTLP request).
 */
export function decodeThroughput(
  seconds: number,
  extra: readonly { format: string; client: string; payload: Buffer }[],
): DecodeResult[] {
  const cases = [
    ...extra.map((e) => ({ ...e, payloads: [e.payload] })),
    ...[...loadGoldenCaptures().values()].map((c) => ({ format: c.format, client: c.client, payloads: c.payloads })),
  ];
  return cases.map(({ format, client, payloads }) => {
    const make = (): SpanDecoder => (format === 'opencensus' ? opencensusStreamDecoder() : spanDecoders[format]!);
    const ctx = { tenantId: 'default', receivedAtUnixNano: 1n };
    const run = (until: number): number => {
      let spans = 0;
      while (performance.now() < until) {
        const decoder = make();
        for (const p of payloads) spans += decoder.decode(p, ctx).spans.length;
      }
      return spans;
    };
    run(performance.now() + 300); // warm-up
    const cpu0 = process.cpuUsage();
    const spans = run(performance.now() + seconds * 1000);
    const cpu = process.cpuUsage(cpu0);
    const perRequest = payloads.reduce((n, p) => n + make().decode(p, ctx).spans.length, 0);
    return {
      format,
      client,
      spansPerRequest: perRequest,
      bytesPerRequest: payloads.reduce((n, p) => n + p.length, 0),
      spansPerCpuSecond: Math.round(spans / ((cpu.user + cpu.system) / 1e6)),
    };
  });
}
