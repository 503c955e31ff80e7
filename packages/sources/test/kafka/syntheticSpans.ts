import type { Message } from 'kafkajs';

/** Where one synthetic span was written. */
export interface SpanPlace {
  readonly partition: number;
  /** Index of its record in the partition (= its offset in a fresh topic). */
  readonly offset: number;
}

/**
 * `perPartition` Zipkin v2 JSON records per partition, one span each, with span ids that say where they
 * are (`pp` partition, then the offset): lost or duplicated spans can be traced to their record.
 */
export function syntheticZipkinRecords(
  partitions: number,
  perPartition: number,
): { messages: Message[]; places: Map<string, SpanPlace> } {
  const messages: Message[] = [];
  const places = new Map<string, SpanPlace>();
  for (let partition = 0; partition < partitions; partition++) {
    for (let offset = 0; offset < perPartition; offset++) {
      const spanId = `${(partition + 1).toString(16).padStart(2, '0')}${offset.toString(16).padStart(14, '0')}`;
      places.set(spanId, { partition, offset });
      const span = {
        traceId: `${'a'.repeat(16)}${spanId}`,
        id: spanId,
        name: `op-${offset % 7}`,
        kind: 'SERVER',
        timestamp: 1_700_000_000_000_000 + offset,
        duration: 120,
        localEndpoint: { serviceName: `svc-${partition}` },
        tags: { 'http.method': 'GET' },
      };
      messages.push({ partition, value: Buffer.from(JSON.stringify([span])) });
    }
  }
  return { messages, places };
}

/** How often each span id occurs in `ids`. */
export function occurrences(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
