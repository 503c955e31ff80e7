/**
 * The counters every receiver keeps, per receiver name.
 *
 * @example
 * ```ts
 * metrics.count('zipkin', ReceiverCounter.SPANS_ACCEPTED, spans.length);
 * ```
 *
 * @example
 * ```ts
 * const counter: ReceiverCounter = 'spans_accepted';
 * ```
 */
export const ReceiverCounter = {
  /** Requests (or UDP datagrams, or gRPC stream messages) taken. */
  REQUESTS: 'requests',
  /** Spans decoded from requests, good and bad. */
  SPANS_RECEIVED: 'spans_received',
  /** Spans the sink accepted. */
  SPANS_ACCEPTED: 'spans_accepted',
  /** Spans that broke the model's rules: reported to the client, not passed on. */
  SPANS_REJECTED: 'spans_rejected',
  /** Spans of requests the sink was too full to take (answered 429 / RESOURCE_EXHAUSTED). */
  SPANS_THROTTLED: 'spans_throttled',
  /**
   * Requests refused undecoded because the sink was full (answered 429 / RESOURCE_EXHAUSTED; their spans
   * are not counted, they were never decoded).
   */
  REQUESTS_THROTTLED: 'requests_throttled',
  /** Payloads that could not be decoded. */
  REQUESTS_MALFORMED: 'requests_malformed',
  /** Requests refused for a missing or wrong API key. */
  REQUESTS_UNAUTHENTICATED: 'requests_unauthenticated',
  /** Requests over the body-size or spans-per-request limit. */
  REQUESTS_TOO_LARGE: 'requests_too_large',
  /** Requests the sink failed on (answered as a server error). */
  REQUESTS_FAILED: 'requests_failed',
  /** Requests refused undecoded because the endpoint already served `maxConcurrentRequests` (HTTP 503 / gRPC UNAVAILABLE). */
  REQUESTS_OVER_CAPACITY: 'requests_over_capacity',
  /** Requests that hit a bug (answered HTTP 500 / gRPC INTERNAL with an error id; the details are logged). */
  REQUESTS_INTERNAL_ERROR: 'requests_internal_error',
  /** Receive errors of a UDP socket (logged; the socket keeps working). */
  SOCKET_ERRORS: 'socket_errors',
  /** Payload taps that threw (logged; the request goes on as if there were no tap). */
  TAP_FAILURES: 'tap_failures',
  /**
   * UDP datagrams (Jaeger agent) whose spans the sink was full for or failed on: UDP cannot ask the
   * client to retry, so the datagram is dropped (its spans are also in `spans_throttled` when full).
   */
  DATAGRAMS_DROPPED: 'datagrams_dropped',
} as const;
/** One of the {@link ReceiverCounter} names. */
export type ReceiverCounter = (typeof ReceiverCounter)[keyof typeof ReceiverCounter];

/**
 * Where receivers count what they see. Small on purpose, so the engine's metrics registry (or
 * Prometheus client) can stand behind it; {@link InMemoryReceiverMetrics} is the default.
 *
 * @example
 * ```ts
 * const metrics: ReceiverMetrics = { count: (receiver, counter, n) => prometheus.counter(counter, { receiver }).inc(n) };
 * ```
 */
export interface ReceiverMetrics {
  count(receiver: string, counter: ReceiverCounter, n: number): void;
}

/**
 * Counters in memory, readable per receiver and as Prometheus text (`ht_receiver_<counter>_total`).
 *
 * @example
 * ```ts
 * const metrics = new InMemoryReceiverMetrics();
 * metrics.get('otlpHttp', ReceiverCounter.SPANS_ACCEPTED); // 0
 * ```
 */
export class InMemoryReceiverMetrics implements ReceiverMetrics {
  private readonly counters = new Map<string, Map<ReceiverCounter, number>>();

  count(receiver: string, counter: ReceiverCounter, n: number): void {
    let byCounter = this.counters.get(receiver);
    if (!byCounter) this.counters.set(receiver, (byCounter = new Map<ReceiverCounter, number>()));
    byCounter.set(counter, (byCounter.get(counter) ?? 0) + n);
  }

  /** The current value of one counter (0 when never counted). */
  get(receiver: string, counter: ReceiverCounter): number {
    return this.counters.get(receiver)?.get(counter) ?? 0;
  }

  /** Every counter of every receiver, for logs and tests. */
  snapshot(): Record<string, Partial<Record<ReceiverCounter, number>>> {
    const out: Record<string, Partial<Record<ReceiverCounter, number>>> = {};
    for (const [receiver, byCounter] of this.counters) out[receiver] = Object.fromEntries(byCounter);
    return out;
  }

  /** Prometheus text exposition (format 0.0.4) of every counter. */
  toPrometheus(): string {
    const lines: string[] = [];
    for (const counter of Object.values(ReceiverCounter)) {
      const name = `ht_receiver_${counter}_total`;
      lines.push(`# TYPE ${name} counter`);
      for (const [receiver, byCounter] of this.counters) {
        lines.push(`${name}{receiver="${receiver}"} ${byCounter.get(counter) ?? 0}`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
}
