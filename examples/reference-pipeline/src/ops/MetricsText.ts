/**
 * Something that renders Prometheus text exposition (format 0.0.4): an object with `toPrometheus()` (a
 * {@link PrometheusMetrics}, stream-core's `job.metrics`, `@ht/sources`' `InMemoryReceiverMetrics`) or a
 * function (`() => stats.toPrometheus({ job: job.name })` for the grouper's `GrouperStats`).
 *
 * @example
 * ```ts
 * const sources: MetricsText[] = [new PrometheusMetrics(), () => '# TYPE up gauge\nup 1\n'];
 * ```
 */
export type MetricsText = { toPrometheus(): string | Promise<string> } | (() => string | Promise<string>);

/**
 * The text of every source, in order, as one exposition: each source's text ends with a newline and a
 * blank line separates sources. The metric names of different sources must differ (each source owns
 * its names: `ht_stream_*`, `ht_receiver_*`, the SDK's and the process metrics).
 *
 * @example
 * ```ts
 * const text = await renderMetricsText([() => 'a_total 1', () => 'b_total 2\n']); // 'a_total 1\n\nb_total 2\n'
 * ```
 */
export async function renderMetricsText(sources: readonly MetricsText[]): Promise<string> {
  const texts = await Promise.all(sources.map(async (s) => (typeof s === 'function' ? s() : s.toPrometheus())));
  return texts
    .map((text) => text.trimEnd())
    .filter((text) => text.length > 0)
    .map((text) => `${text}\n`)
    .join('\n');
}
