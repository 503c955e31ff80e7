import { escapeLabel } from '@ht/stream-core';

/**
 * Where a {@link SpanChannel} is in its life: `open` accepts spans; `closing` (after `close()`) refuses
 * new spans and hands what it queued to the job; `ended` told the job the input is over; `stopped` was
 * stopped by the job (anything still queued is discarded).
 *
 * @example
 * ```ts
 * const state: SpanChannelState = 'closing';
 * ```
 */
export type SpanChannelState = 'open' | 'closing' | 'ended' | 'stopped';

/**
 * A point-in-time copy of a {@link SpanChannel}'s counters and gauges.
 *
 * @example
 * ```ts
 * const { held, capacity } = channel.snapshot();
 * console.log(`channel ${Math.round((100 * held) / capacity)}% full`);
 * ```
 */
export interface SpanChannelSnapshot {
  readonly name: string;
  readonly state: SpanChannelState;
  /** The most spans held at once. */
  readonly capacity: number;
  /** Spans accepted and not yet acknowledged by the job (queued, in the engine, in window state, at sinks). */
  readonly held: number;
  /** Of `held`, spans waiting in the channel for the engine's credits (the queue depth). */
  readonly queued: number;
  /** Spans accepted since the start (counter). */
  readonly accepted: number;
  /** Spans the job acknowledged since the start (counter). */
  readonly acknowledged: number;
  /** Spans refused because they did not fit (answered `full`: HTTP 429 / gRPC RESOURCE_EXHAUSTED) (counter). */
  readonly refusedFull: number;
  /** Spans refused because the channel was closing or stopped (answered 503 / UNAVAILABLE) (counter). */
  readonly refusedClosed: number;
  /** Spans accepted but never handed to the job because it stopped the channel first (counter). */
  readonly discarded: number;
  /** Requests waiting for room before they are decoded (`SpanChannel.admit`). */
  readonly waiting: number;
  /** Requests refused before they were decoded: no room within `waitForRoomMs` (429) (counter). */
  readonly refusedUndecoded: number;
}

/**
 * The Prometheus text exposition (format 0.0.4) of a channel's snapshot, labelled `channel="<name>"`:
 * the gauges `ht_span_channel_capacity_spans`, `ht_span_channel_held_spans`,
 * `ht_span_channel_queued_spans` and `ht_span_channel_waiting_requests`, and the counters
 * `ht_span_channel_spans_accepted_total`, `ht_span_channel_spans_acknowledged_total`,
 * `ht_span_channel_requests_refused_total` (refused before decoding),
 * `ht_span_channel_spans_refused_total{reason="full"|"closed"}` and `ht_span_channel_spans_discarded_total`.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * createServer((_, res) => res.end(spanChannelPrometheus(channel.snapshot()))).listen(9464);
 * ```
 */
export function spanChannelPrometheus(s: SpanChannelSnapshot): string {
  const channel = `channel="${escapeLabel(s.name)}"`;
  const lines: string[] = [];
  const metric = (name: string, type: string, help: string, values: [string, number][]): void => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [extra, v] of values) lines.push(`${name}{${channel}${extra}} ${v}`);
  };
  metric('ht_span_channel_capacity_spans', 'gauge', 'The most spans the channel holds at once.', [['', s.capacity]]);
  metric('ht_span_channel_held_spans', 'gauge', 'Spans accepted and not yet acknowledged by the job.', [['', s.held]]);
  metric('ht_span_channel_queued_spans', 'gauge', 'Spans waiting in the channel for the engine.', [['', s.queued]]);
  metric('ht_span_channel_spans_accepted_total', 'counter', 'Spans the channel accepted.', [['', s.accepted]]);
  metric('ht_span_channel_spans_acknowledged_total', 'counter', 'Spans the job acknowledged.', [['', s.acknowledged]]);
  metric('ht_span_channel_waiting_requests', 'gauge', 'Requests waiting for room before they are decoded.', [
    ['', s.waiting],
  ]);
  metric(
    'ht_span_channel_requests_refused_total',
    'counter',
    'Requests refused before they were decoded: no room within the wait (429).',
    [['', s.refusedUndecoded]],
  );
  metric('ht_span_channel_spans_refused_total', 'counter', 'Spans refused: full (429) or closed (503).', [
    [',reason="full"', s.refusedFull],
    [',reason="closed"', s.refusedClosed],
  ]);
  metric(
    'ht_span_channel_spans_discarded_total',
    'counter',
    'Accepted spans never handed to the job because it stopped the channel first.',
    [['', s.discarded]],
  );
  return `${lines.join('\n')}\n`;
}
