import type { JaegerKeyValue, JaegerResponse, JaegerSpan, JaegerTrace } from '../../../src/index.js';

/**
 * What the side-by-side test leaves out of a comparison, and why (docs/graphql.md, "Jaeger-compatible
 * API", lists the same):
 * - tags and log fields starting `ht.`: what @ht's enrichers add;
 * - the tag and field `type`: the views keep attribute values as strings (docs/views.md), so @ht's are
 *   `string` where Jaeger keeps OTLP's int64/float64/bool/binary; values are compared as strings;
 * - `flags` (Jaeger writes the W3C trace flags; the views do not keep them), and the order of spans, tags,
 *   logs and processes (both sort differently; compared as sorted sets) and the names `p1`, `p2` …
 */
export const IGNORED_TAG = (key: string): boolean => key.startsWith('ht.');

/** A tag as the test compares it: key and value as a string. */
const pair = (kv: JaegerKeyValue): string => `${kv.key}=${String(kv.value)}`;

const pairs = (kvs: readonly JaegerKeyValue[]): string[] =>
  kvs
    .filter((kv) => !IGNORED_TAG(kv.key))
    .map(pair)
    .sort();

/** A span as compared: its service instead of its process id, tags and log fields as sorted pairs. */
function normalizeSpan(span: JaegerSpan, trace: JaegerTrace): unknown {
  return {
    traceID: span.traceID,
    spanID: span.spanID,
    operationName: span.operationName,
    references: [...span.references].map((r) => `${r.refType}:${r.traceID}:${r.spanID}`).sort(),
    startTime: span.startTime,
    duration: span.duration,
    tags: pairs(span.tags),
    logs: [...span.logs]
      .sort((a, b) => a.timestamp - b.timestamp)
      .map((log) => ({ timestamp: log.timestamp, fields: pairs(log.fields) })),
    service: trace.processes[span.processID]?.serviceName,
    warnings: span.warnings,
  };
}

/** A trace as compared: spans by id, its processes (service and tags) as a sorted list. */
export function normalizeTrace(trace: JaegerTrace): unknown {
  return {
    traceID: trace.traceID,
    spans: [...trace.spans].sort((a, b) => a.spanID.localeCompare(b.spanID)).map((s) => normalizeSpan(s, trace)),
    processes: Object.values(trace.processes)
      .map((p) => [p.serviceName, ...pairs(p.tags)].join(' '))
      .sort(),
    warnings: trace.warnings,
  };
}

/** A traces answer as compared: the envelope as is, the traces normalized, by trace id. */
export function normalizeTraces(response: JaegerResponse<JaegerTrace[] | null>): unknown {
  return {
    ...response,
    data: [...(response.data ?? [])].sort((a, b) => a.traceID.localeCompare(b.traceID)).map(normalizeTrace),
  };
}
