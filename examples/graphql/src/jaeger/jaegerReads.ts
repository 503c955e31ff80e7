import type { QueryOptions, QueryRow, ViewStore } from '@ht/sinks';
import { isHtError } from '@ht/stream-core';
import type { JaegerDependencyLink, JaegerOperation, JaegerTrace } from './JaegerJson.js';
import type { DependencyRequest, TraceSearch } from './jaegerParams.js';
import { dependenciesQuery, operationsQuery, servicesQuery, traceSearchQuery } from './jaegerQueries.js';
import { toJaegerTrace } from './toJaegerTrace.js';

/** Traces read side by side while answering a search. */
const TRACE_READS_AT_ONCE = 8;

/**
 * What the Jaeger API reads from a view store for one tenant; each read is one or a few queries of the
 * query model, with the request's limits (`timeoutMs`, `signal`).
 *
 * @example
 * ```ts
 * const reads = new JaegerReads(store, 'acme', { timeoutMs: 10_000 });
 * const services = await reads.services();
 * ```
 */
export class JaegerReads {
  constructor(
    private readonly store: ViewStore,
    private readonly tenantId: string,
    private readonly options: QueryOptions,
  ) {}

  /** Service names, sorted. */
  async services(): Promise<string[]> {
    const rows = await this.store.query(servicesQuery(this.tenantId), this.options);
    return rows.map((row) => String(row['service_name']));
  }

  /** The operations of a service with their kinds (lowercase), of one kind when `spanKind` is given. */
  async operations(service: string, spanKind?: string): Promise<JaegerOperation[]> {
    const rows = await this.store.query(operationsQuery(this.tenantId, service, spanKind), this.options);
    return rows.map((row) => ({ name: String(row['span_name']), spanKind: String(row['span_kind']).toLowerCase() }));
  }

  /** The distinct operation names of a service, sorted. */
  async operationNames(service: string): Promise<string[]> {
    return [...new Set((await this.operations(service)).map((op) => op.name))];
  }

  /** One whole trace, or `undefined` when the tenant has no span of it. */
  async trace(traceId: string): Promise<JaegerTrace | undefined> {
    const [spans, events, resourceRows, linkRows] = await Promise.all([
      this.store.traceRows('span_event_view', this.tenantId, traceId),
      this.store.traceRows('log_event_view', this.tenantId, traceId),
      this.optionalTraceRows('span_resource_view', traceId),
      this.optionalTraceRows('span_link_view', traceId),
    ]);
    return spans.length === 0 ? undefined : toJaegerTrace(spans, events, { resourceRows, linkRows });
  }

  /**
   * The trace's rows of a view the store may not have (span_resource_view and span_link_view are off in
   * some pipelines): none when it has no table for it; any other failure as it is.
   */
  private async optionalTraceRows(view: string, traceId: string): Promise<QueryRow[]> {
    try {
      return await this.store.traceRows(view, this.tenantId, traceId);
    } catch (error) {
      if (isHtError(error, 'LIFECYCLE') && error.message.includes('has no table')) return [];
      throw error;
    }
  }

  /** The traces of the given ids that exist, in that order, and the ids that do not. */
  async traces(traceIds: readonly string[]): Promise<{ found: JaegerTrace[]; missing: string[] }> {
    const read: (JaegerTrace | undefined)[] = [];
    for (let i = 0; i < traceIds.length; i += TRACE_READS_AT_ONCE) {
      this.options.signal?.throwIfAborted();
      read.push(...(await Promise.all(traceIds.slice(i, i + TRACE_READS_AT_ONCE).map((id) => this.trace(id)))));
    }
    return {
      found: read.filter((trace): trace is JaegerTrace => trace !== undefined),
      missing: traceIds.filter((_, i) => read[i] === undefined),
    };
  }

  /** The traces a search finds, whole, the most recent first. */
  async search(search: TraceSearch): Promise<JaegerTrace[]> {
    const rows: QueryRow[] = await this.store.query(traceSearchQuery(this.tenantId, search), this.options);
    return (await this.traces(rows.map((row) => String(row['trace_id'])))).found;
  }

  /** Calls per caller and callee in the range; with a service, only the links it is part of. */
  async dependencies(request: DependencyRequest): Promise<JaegerDependencyLink[]> {
    const rows = await this.store.query(dependenciesQuery(this.tenantId, request), this.options);
    return rows
      .map((row) => ({
        parent: String(row['caller_service']),
        child: String(row['callee_name']),
        callCount: Number(row['calls']),
      }))
      .filter(
        (link) => request.service === undefined || link.parent === request.service || link.child === request.service,
      );
  }
}
