import type { ReadonlyAttributes } from '../../model/attributes.js';
import type { Span } from '../../model/Span.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ApiAttr, ApiBoundary, ApiStatus, ErrorAttr, TraceAttr } from '../../catalogue/attributeKeys.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { setTrusted, setTrustedInt } from '../../model/attributes.js';

interface ExceptionFacts {
  count: number;
  type: string;
  message: string;
}

/**
 * Built-in `errors`: errors and exceptions per span, per API visit and per trace.
 * - Span: `ht.error.count` (1 when `ht.api.status` is FAIL, i.e. status ERROR or a failing protocol
 *   status, else 0); `ht.exception.count`, `ht.exception.type`, `ht.exception.message` from `exception`
 *   events (OTel), OpenTracing `error` log events (`error.kind`, `message`/`error.object`), or exception
 *   attributes on the span itself (counted once).
 * - API visit (on its entry span): `ht.api.error_count`, `ht.api.exception_count` over the visit's spans.
 * - Trace: `ht.trace.error_count`, `ht.trace.exception_count`, `ht.trace.has_error`.
 * Depends on `api-status` and `api-boundary`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(errors, trace, undefined, { with: [semconv, spanType, apiStatus, apiBoundary] });
 * run.trace.enriched.bool(TraceAttr.HAS_ERROR); // true
 * ```
 */
export const errors = defineEnricher({
  name: BuiltinEnricher.ERRORS,
  version: BUILTIN_VERSION,
  description: 'errors and exceptions per span, per API visit, per trace',
  dependsOn: [BuiltinEnricher.API_STATUS, BuiltinEnricher.API_BOUNDARY],
  enrichTrace(trace) {
    const perVisit = new Map<string, { errors: number; exceptions: number }>();
    let errorCount = 0;
    let exceptionCount = 0;
    for (const span of trace.spans) {
      const failed = span.enriched.string(ApiAttr.STATUS) === ApiStatus.FAIL || span.statusCode === 'ERROR' ? 1 : 0;
      const exceptions = exceptionsOf(span);
      setTrustedInt(span.enriched, ErrorAttr.ERROR_COUNT, failed);
      setTrustedInt(span.enriched, ErrorAttr.EXCEPTION_COUNT, exceptions.count);
      if (exceptions.type !== '') setTrusted(span.enriched, ErrorAttr.EXCEPTION_TYPE, exceptions.type);
      if (exceptions.message !== '') setTrusted(span.enriched, ErrorAttr.EXCEPTION_MESSAGE, exceptions.message);
      errorCount += failed;
      exceptionCount += exceptions.count;
      const entry = span.enriched.string(ApiAttr.ENTRY_SPAN_ID);
      if (entry === undefined) continue;
      const visit = perVisit.get(entry) ?? { errors: 0, exceptions: 0 };
      visit.errors += failed;
      visit.exceptions += exceptions.count;
      perVisit.set(entry, visit);
    }
    for (const span of trace.spans) {
      if (span.enriched.string(ApiAttr.BOUNDARY) !== ApiBoundary.ENTRY) continue;
      const visit = perVisit.get(span.spanId) ?? { errors: 0, exceptions: 0 };
      setTrustedInt(span.enriched, ApiAttr.ERROR_COUNT, visit.errors);
      setTrustedInt(span.enriched, ApiAttr.EXCEPTION_COUNT, visit.exceptions);
    }
    trace.enriched.setInt(TraceAttr.ERROR_COUNT, errorCount);
    trace.enriched.setInt(TraceAttr.EXCEPTION_COUNT, exceptionCount);
    trace.enriched.set(TraceAttr.HAS_ERROR, errorCount > 0);
  },
});

const NO_EXCEPTIONS: ExceptionFacts = Object.freeze({ count: 0, type: '', message: '' });

function exceptionsOf(span: Span): ExceptionFacts {
  if (span.events.length === 0 && !span.attr.has('exception.type') && !span.attr.has('exception.message')) {
    return NO_EXCEPTIONS;
  }
  const facts: ExceptionFacts = { count: 0, type: '', message: '' };
  for (const event of span.events) {
    if (event.name === 'exception') note(facts, event.attr, 'exception.type', 'exception.message');
    else if (event.name === 'error' || event.attr.string('event') === 'error')
      note(facts, event.attr, 'error.kind', 'message');
  }
  if (facts.count === 0 && (span.attr.has('exception.type') || span.attr.has('exception.message'))) {
    note(facts, span.attr, 'exception.type', 'exception.message');
  }
  return facts;
}

function note(facts: ExceptionFacts, attr: ReadonlyAttributes, typeKey: string, messageKey: string): void {
  facts.count++;
  if (facts.count > 1) return;
  facts.type = attr.string(typeKey) ?? '';
  facts.message = attr.string(messageKey) ?? attr.string('error.object') ?? '';
}
