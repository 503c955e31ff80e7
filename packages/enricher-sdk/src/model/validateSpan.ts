import { isSpanId, isTraceId } from './ids.js';
import { SourceFormat, SpanKind, StatusCode } from './Span.js';
import type { Span } from './Span.js';

const KINDS = new Set<string>(Object.values(SpanKind));
const STATUS_CODES = new Set<string>(Object.values(StatusCode));
const SOURCE_FORMATS = new Set<string>(Object.values(SourceFormat));

/**
 * Checks a span against the canonical model's rules and returns the problems found (empty when valid):
 * id formats, the end not before the start, known kind/status/source format, a tenant. Normalizers use it
 * to count and report bad spans instead of passing them on.
 *
 * @example
 * ```ts
 * const problems = validateSpan(span);
 * if (problems.length > 0) badSpans.inc(1, { reason: problems[0] ?? '' });
 * ```
 */
export function validateSpan(span: Span): string[] {
  const problems: string[] = [];
  if (span.tenantId === '') problems.push('tenantId is empty');
  if (!isTraceId(span.traceId))
    problems.push(`traceId '${span.traceId}' is not 32 lowercase hex characters (non-zero)`);
  if (!isSpanId(span.spanId)) problems.push(`spanId '${span.spanId}' is not 16 lowercase hex characters (non-zero)`);
  if (span.parentSpanId !== '' && !isSpanId(span.parentSpanId)) {
    problems.push(`parentSpanId '${span.parentSpanId}' is not 16 lowercase hex characters`);
  }
  if (span.parentSpanId === span.spanId) problems.push('parentSpanId equals spanId');
  if (span.startTimeUnixNano <= 0n) problems.push('startTimeUnixNano is not set');
  if (span.endTimeUnixNano < span.startTimeUnixNano) problems.push('endTimeUnixNano is before startTimeUnixNano');
  if (!KINDS.has(span.kind)) problems.push(`kind '${span.kind}' is unknown`);
  if (!STATUS_CODES.has(span.statusCode)) problems.push(`statusCode '${span.statusCode}' is unknown`);
  if (!SOURCE_FORMATS.has(span.sourceFormat)) problems.push(`sourceFormat '${span.sourceFormat}' is unknown`);
  for (const link of span.links) {
    if (!isTraceId(link.traceId) || !isSpanId(link.spanId)) {
      problems.push(`link to ${link.traceId}/${link.spanId} has malformed ids`);
    }
  }
  return problems;
}
