import type { SpanRow } from '../src/api/queries.js';

/** A span for the layout tests: ids, parent, start offset (µs after 2024-05-01T11:00:00Z) and duration. */
export function span(
  spanId: string,
  parentSpanId: string | null,
  startMicros: number,
  durationMicros: number,
  extra: Partial<SpanRow> = {},
): SpanRow {
  const ms = Date.parse('2024-05-01T11:00:00Z') + Math.floor(startMicros / 1_000);
  const micros = String(startMicros % 1_000).padStart(3, '0');
  const iso = new Date(ms).toISOString().replace('Z', `${micros}Z`);
  return {
    spanId,
    parentSpanId,
    serviceName: 'svc',
    name: `op-${spanId}`,
    kind: 'SERVER',
    startTime: iso,
    durationMicros,
    statusCode: 'UNSET',
    apiName: '',
    spanType: '',
    protocol: '',
    errorCount: 0,
    onCriticalPath: false,
    ...extra,
  };
}
