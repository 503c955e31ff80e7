import { HtError } from '@ht/stream-core/errors';
import type { AttributeEntries } from '../model/attributes.js';
import { createResource } from '../model/Resource.js';
import type { Resource } from '../model/Resource.js';
import { createSpan, DEFAULT_TENANT, SourceFormat } from '../model/Span.js';
import type { Span, SpanKind, StatusCode } from '../model/Span.js';
import { createSpanEvent } from '../model/SpanEvent.js';
import { createTrace } from '../model/Trace.js';
import type { Trace } from '../model/Trace.js';

/**
 * Options of {@link traceBuilder}.
 *
 * @example
 * ```ts
 * traceBuilder({ tenantId: 'acme', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', fragment: 1 });
 * ```
 */
export interface TraceBuilderOptions {
  readonly tenantId?: string;
  /** Default `0af7651916cd43dd8448eb211c80319c`: fixtures stay deterministic. */
  readonly traceId?: string;
  /** Unix nanoseconds of the trace start. Default 2024-01-01T00:00:00Z. */
  readonly startTimeUnixNano?: bigint;
  readonly fragment?: number;
  /** The grouper session (`Trace.session`). Default 0. */
  readonly session?: number;
}

/**
 * Options of one span in a {@link TraceBuilder}; times are milliseconds from the trace start.
 *
 * @example
 * ```ts
 * traceBuilder().span('web', 'GET /', { kind: 'SERVER', durationMs: 250, statusCode: 'ERROR' });
 * ```
 */
export interface FixtureSpanOptions {
  readonly kind?: SpanKind;
  readonly attributes?: AttributeEntries;
  readonly statusCode?: StatusCode;
  readonly statusMessage?: string;
  /** Start, ms after the trace start. Default: 1 ms after the parent's start per earlier sibling. */
  readonly startMs?: number;
  /** Duration in ms. Default: fits inside the parent (100 ms for a root). */
  readonly durationMs?: number;
  readonly events?: readonly { readonly name: string; readonly atMs: number; readonly attributes?: AttributeEntries }[];
  /** Default: the next id in sequence (`0000000000000001`, …). */
  readonly spanId?: string;
}

/**
 * Options of {@link TraceBuilder.call}: the caller's CLIENT span and the callee's SERVER span.
 *
 * @example
 * ```ts
 * traceBuilder().span('web', 'GET /').call('cart', 'GET /cart', { client: { attributes: { 'server.address': 'cart' } } });
 * ```
 */
export interface FixtureCallOptions {
  readonly client?: FixtureSpanOptions;
  readonly server?: FixtureSpanOptions;
}

interface Draft {
  readonly span: Span;
  readonly parent: Draft | undefined;
  children: number;
}

const DEFAULT_START = 1_704_067_200_000_000_000n; // 2024-01-01T00:00:00Z
const MS = 1_000_000n;

/**
 * Builds fixture traces fluently. A cursor points at the last span added: `child` adds under it,
 * `sibling` next to it, `up` moves back towards the root, `call` adds a CLIENT span in the cursor's
 * service and the SERVER span it reaches in another service. Spans of one service share one resource
 * (`service.name` plus what {@link TraceBuilder.service} declares). Ids and times are deterministic.
 *
 * @example
 * ```ts
 * const trace = traceBuilder()
 *   .span('frontend', 'GET /checkout', { kind: 'SERVER', attributes: { 'http.request.method': 'GET' } })
 *   .call('cart', 'GET /cart/{id}')
 *   .child('cart', 'SELECT carts', { kind: 'CLIENT', attributes: { 'db.system': 'postgresql' } })
 *   .build();
 * ```
 */
export class TraceBuilder {
  private readonly drafts: Draft[] = [];
  private readonly resources = new Map<string, Resource>();
  private readonly serviceAttributes = new Map<string, AttributeEntries>();
  private cursor: Draft | undefined;
  private nextSpan = 1;

  constructor(private readonly options: TraceBuilderOptions = {}) {}

  /** Declares resource attributes for a service (before its first span). */
  service(name: string, attributes: AttributeEntries): this {
    if (this.resources.has(name)) throw new HtError('INPUT_INVALID', `declare service '${name}' before its first span`);
    this.serviceAttributes.set(name, attributes);
    return this;
  }

  /** Adds a root span (no parent); the cursor moves to it. */
  span(service: string, name: string, options: FixtureSpanOptions = {}): this {
    return this.add(undefined, service, name, options);
  }

  /** Adds a child of the cursor's span; the cursor moves to it. */
  child(service: string, name: string, options: FixtureSpanOptions = {}): this {
    return this.add(this.current('child'), service, name, options);
  }

  /** Adds a span with the same parent as the cursor's; the cursor moves to it. */
  sibling(service: string, name: string, options: FixtureSpanOptions = {}): this {
    return this.add(this.current('sibling').parent, service, name, options);
  }

  /** Adds a CLIENT span in the cursor's service and, under it, a SERVER span in `service`; cursor: the server span. */
  call(service: string, name: string, options: FixtureCallOptions = {}): this {
    const caller = this.current('call');
    const callerService = caller.span.resource.attr.string('service.name') ?? '';
    this.add(caller, callerService, name, { kind: 'CLIENT', ...options.client });
    return this.child(service, name, { kind: 'SERVER', ...options.server });
  }

  /** Moves the cursor `levels` parents up. */
  up(levels = 1): this {
    for (let i = 0; i < levels; i++) this.cursor = this.current('up').parent;
    return this;
  }

  /** The spans built so far, in the order added. */
  spans(): Span[] {
    return this.drafts.map((d) => d.span);
  }

  /** The trace (fragment as configured). */
  build(): Trace {
    return createTrace({
      tenantId: this.options.tenantId ?? DEFAULT_TENANT,
      traceId: this.traceId,
      fragment: this.options.fragment ?? 0,
      session: this.options.session ?? 0,
      spans: this.spans(),
    });
  }

  private get traceId(): string {
    return this.options.traceId ?? '0af7651916cd43dd8448eb211c80319c';
  }

  private current(what: string): Draft {
    if (this.cursor === undefined)
      throw new HtError('INPUT_INVALID', `${what}() needs a span first: start with span()`);
    return this.cursor;
  }

  private add(parent: Draft | undefined, service: string, name: string, o: FixtureSpanOptions): this {
    const traceStart = this.options.startTimeUnixNano ?? DEFAULT_START;
    const parentStartMs = parent === undefined ? 0 : Number((parent.span.startTimeUnixNano - traceStart) / MS);
    const parentDurationMs =
      parent === undefined ? 100 : Number((parent.span.endTimeUnixNano - parent.span.startTimeUnixNano) / MS);
    const nth = parent === undefined ? 0 : ++parent.children;
    const startMs = o.startMs ?? parentStartMs + nth;
    const durationMs = o.durationMs ?? Math.max(1, parentDurationMs - 2 * nth);
    const span = createSpan({
      tenantId: this.options.tenantId ?? DEFAULT_TENANT,
      traceId: this.traceId,
      spanId: o.spanId ?? (this.nextSpan++).toString(16).padStart(16, '0'),
      parentSpanId: parent?.span.spanId ?? '',
      name,
      kind: o.kind ?? (parent === undefined ? 'SERVER' : 'INTERNAL'),
      startTimeUnixNano: traceStart + millis(startMs),
      endTimeUnixNano: traceStart + millis(startMs + durationMs),
      statusCode: o.statusCode ?? 'UNSET',
      statusMessage: o.statusMessage ?? '',
      attributes: o.attributes ?? {},
      resource: this.resourceOf(service),
      events: (o.events ?? []).map((e) =>
        createSpanEvent({ name: e.name, timeUnixNano: traceStart + millis(e.atMs), attributes: e.attributes ?? {} }),
      ),
      sourceFormat: SourceFormat.INTERNAL,
    });
    const draft: Draft = { span, parent, children: 0 };
    this.drafts.push(draft);
    this.cursor = draft;
    return this;
  }

  private resourceOf(service: string): Resource {
    let resource = this.resources.get(service);
    if (resource === undefined) {
      const declared = this.serviceAttributes.get(service) ?? {};
      const entries = Symbol.iterator in declared ? [...declared] : Object.entries(declared);
      resource = createResource({ attributes: [['service.name', service], ...entries] });
      this.resources.set(service, resource);
    }
    return resource;
  }
}

function millis(ms: number): bigint {
  return BigInt(Math.round(ms * 1000)) * 1000n;
}

/**
 * Starts a {@link TraceBuilder}.
 *
 * @example
 * ```ts
 * const trace = traceBuilder({ tenantId: 'acme' }).span('frontend', 'GET /').child('backend', 'load').build();
 * ```
 */
export function traceBuilder(options: TraceBuilderOptions = {}): TraceBuilder {
  return new TraceBuilder(options);
}
