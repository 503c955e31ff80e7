import { HtError } from '@ht/stream-core/errors';
import type { HtErrorCode } from '@ht/stream-core/errors';
import type { AttributeEntries, Attributes } from './attributes.js';
import type { CallEdge, Entity } from './Entity.js';
import { DEFAULT_TENANT, enrichedAttributes } from './Span.js';
import type { Span } from './Span.js';

/**
 * A failure of one enricher on one trace (or one span of it), recorded on the trace so the trace still
 * flows through the rest of the pipeline and the failure stays visible downstream.
 *
 * @example
 * ```ts
 * for (const e of trace.enrichmentErrors) console.warn(`${e.enricher} failed on ${e.spanId || 'trace'}: ${e.message}`);
 * ```
 */
export interface EnrichmentError {
  /** The enricher's name. */
  readonly enricher: string;
  /** The span being enriched, `''` for a trace-level failure. */
  readonly spanId: string;
  /** `USER_FUNCTION_FAILED` (it threw), `TIMEOUT` (too slow), or another code. */
  readonly code: HtErrorCode;
  readonly message: string;
}

/**
 * The spans of one trace grouped by the grouper, plus what enrichers found. A trace may arrive in
 * fragments, numbered within a grouper session: `fragment` 0 is the first emission of the session,
 * 1..n carry spans that arrived later; a trace that pauses longer than the grouper keeps it starts a
 * new session (`session`, the event time of the span that opened it) at fragment 0 again. Views key
 * rows by `(tenantId, traceId, session, fragment)` or by span id so fragments merge on read.
 *
 * The arrays enrichers add to (`entities`, `callEdges`, `enrichmentErrors`) are mutable; `spans` is not.
 *
 * @example
 * ```ts
 * const trace = createTrace({ spans });
 * trace.enriched.set('ht.trace.span_count', BigInt(trace.spans.length));
 * ```
 */
export interface Trace {
  readonly tenantId: string;
  /** 32 lowercase hex characters. */
  readonly traceId: string;
  /** 0 for the first emission of the trace, 1..n for late fragments. */
  readonly fragment: number;
  /**
   * Event time, ms since the epoch, of the span that opened this trace's grouper session; fragments
   * are numbered from 0 within a session. 0 when the trace did not come from the grouper.
   */
  readonly session: number;
  readonly spans: readonly Span[];
  /** Trace-level enriched attributes (`ht.` keys). */
  readonly enriched: Attributes;
  readonly entities: Entity[];
  readonly callEdges: CallEdge[];
  readonly enrichmentErrors: EnrichmentError[];
}

/**
 * Fields accepted by {@link createTrace}. Tenant and trace id default to those of the first span.
 *
 * @example
 * ```ts
 * createTrace({ spans, fragment: 1 });
 * ```
 */
export interface TraceInit {
  readonly tenantId?: string;
  readonly traceId?: string;
  readonly fragment?: number;
  /** The grouper session (see {@link Trace.session}): a non-negative safe integer, default 0. */
  readonly session?: number;
  readonly spans: readonly Span[];
  readonly enriched?: Attributes | AttributeEntries;
  readonly entities?: readonly Entity[];
  readonly callEdges?: readonly CallEdge[];
  readonly enrichmentErrors?: readonly EnrichmentError[];
}

/**
 * Builds a {@link Trace}; throws `INPUT_INVALID` when a span belongs to another tenant or trace, when
 * neither `traceId` nor a span gives the trace id, or when `fragment` or `session` is not a
 * non-negative integer.
 *
 * @example
 * ```ts
 * const trace = createTrace({ spans: [root, child], fragment: 0 });
 * ```
 */
export function createTrace(init: TraceInit): Trace {
  const first = init.spans[0];
  const tenantId = init.tenantId ?? first?.tenantId ?? DEFAULT_TENANT;
  const traceId = init.traceId ?? first?.traceId;
  if (traceId === undefined) {
    throw new HtError('INPUT_INVALID', 'createTrace needs a traceId or at least one span');
  }
  for (const span of init.spans) {
    if (span.traceId !== traceId || span.tenantId !== tenantId) {
      throw new HtError(
        'INPUT_INVALID',
        `span ${span.spanId} belongs to ${span.tenantId}/${span.traceId}, not to trace ${tenantId}/${traceId}`,
      );
    }
  }
  const fragment = init.fragment ?? 0;
  if (!Number.isInteger(fragment) || fragment < 0) {
    throw new HtError('INPUT_INVALID', `trace fragment must be a non-negative integer, got ${fragment}`);
  }
  const session = init.session ?? 0;
  if (!Number.isSafeInteger(session) || session < 0) {
    throw new HtError(
      'INPUT_INVALID',
      `trace session must be a non-negative safe integer (event time in ms), got ${String(session)}`,
    );
  }
  return {
    tenantId,
    traceId,
    fragment,
    session,
    spans: init.spans,
    enriched: enrichedAttributes(init.enriched),
    entities: init.entities ? [...init.entities] : [],
    callEdges: init.callEdges ? [...init.callEdges] : [],
    enrichmentErrors: init.enrichmentErrors ? [...init.enrichmentErrors] : [],
  };
}
