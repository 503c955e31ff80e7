import { HtErrorCode } from '@ht/stream-core/errors';
import type { ReadonlyAttributes } from '../model/attributes.js';
import type { CallEdge, Entity } from '../model/Entity.js';
import type { InstrumentationScope, Resource } from '../model/Resource.js';
import { ENRICHED_PREFIX } from '../model/Span.js';
import { createTrace } from '../model/Trace.js';
import type { EnrichmentError, Trace } from '../model/Trace.js';
import { attributesFromRecord, attributesToRecord } from './attributesAvro.js';
import type { AttributesRecord } from './attributesAvro.js';
import {
  resourceFromRecord,
  resourceToRecord,
  scopeFromRecord,
  scopeToRecord,
  spanCoreToRecord,
  spanFromRecord,
} from './spanAvro.js';
import type { ResourceRecord, ScopeRecord, SpanCoreRecord } from './spanAvro.js';

interface TraceSpanRecord extends SpanCoreRecord {
  resourceIndex: number;
  scopeIndex: number;
  enriched?: AttributesRecord;
}
/** Avro record of a Trace; the enrichment fields are present only in EnrichedTrace. */
export interface TraceRecord {
  tenantId: string;
  traceId: string;
  fragment: number;
  /** Ms since the epoch; a `bigint` like every Avro long here. */
  session: bigint;
  resources: ResourceRecord[];
  scopes: ScopeRecord[];
  spans: TraceSpanRecord[];
  enriched?: AttributesRecord;
  entities?: Entity[];
  callEdges?: CallEdge[];
  enrichmentErrors?: (Omit<EnrichmentError, 'code'> & { code: string })[];
}

const HT_ERROR_CODES = new Set<string>(Object.values(HtErrorCode));

/** A code written by a newer writer may be unknown here: it reads as INTERNAL. */
function isErrorCode(code: string): code is HtErrorCode {
  return HT_ERROR_CODES.has(code);
}

// Content keys of resources and scopes, computed once per (frozen, immutable) object.
const contentKeys = new WeakMap<Resource | InstrumentationScope, string>();

function contentKey(r: Resource | InstrumentationScope): string {
  let key = contentKeys.get(r);
  if (key === undefined) {
    const scope = r as Partial<InstrumentationScope>;
    key = `${scope.name ?? ''}\u0000${scope.version ?? ''}\u0000${r.schemaUrl}\u0000${r.droppedAttributesCount}\u0000${attributesKey(r.attr)}`;
    contentKeys.set(r, key);
  }
  return key;
}

function attributesKey(attrs: ReadonlyAttributes): string {
  let key = '';
  for (const [k, v] of attrs) key += `${k}\u0001${typeof v}\u0001${String(v)}\u0002`;
  return key;
}

/**
 * Stores each distinct resource (and scope) once per trace: spans of one service usually share one, and
 * spans decoded from separate RawSpans carry equal copies, so equality is by content.
 */
class Interner<T extends Resource | InstrumentationScope, R> {
  readonly records: R[] = [];
  private readonly byObject = new Map<T, number>();
  private readonly byContent = new Map<string, number>();
  constructor(private readonly toRecord: (value: T) => R) {}

  indexOf(value: T): number {
    let index = this.byObject.get(value);
    if (index !== undefined) return index;
    const key = contentKey(value);
    index = this.byContent.get(key);
    if (index === undefined) {
      index = this.records.push(this.toRecord(value)) - 1;
      this.byContent.set(key, index);
    }
    this.byObject.set(value, index);
    return index;
  }
}

/** A trace to its Avro record; `enriched` selects the EnrichedTrace fields. */
export function traceToRecord(trace: Trace, enriched: boolean): TraceRecord {
  const resources = new Interner(resourceToRecord);
  const scopes = new Interner(scopeToRecord);
  const spans = trace.spans.map((span): TraceSpanRecord => {
    const rec: TraceSpanRecord = {
      resourceIndex: resources.indexOf(span.resource),
      scopeIndex: scopes.indexOf(span.scope),
      ...spanCoreToRecord(span),
    };
    if (enriched) rec.enriched = attributesToRecord(span.enriched);
    return rec;
  });
  const rec: TraceRecord = {
    tenantId: trace.tenantId,
    traceId: trace.traceId,
    fragment: trace.fragment,
    session: BigInt(trace.session),
    resources: resources.records,
    scopes: scopes.records,
    spans,
  };
  if (enriched) {
    rec.enriched = attributesToRecord(trace.enriched);
    rec.entities = trace.entities;
    rec.callEdges = trace.callEdges;
    rec.enrichmentErrors = trace.enrichmentErrors;
  }
  return rec;
}

/** A trace from its Avro record (Trace or EnrichedTrace). */
export function traceFromRecord(rec: TraceRecord): Trace {
  const resources = rec.resources.map(resourceFromRecord);
  const scopes = rec.scopes.map(scopeFromRecord);
  const spans = rec.spans.map((s) =>
    spanFromRecord(
      s,
      rec.tenantId,
      rec.traceId,
      resources[s.resourceIndex] ?? resourceFromRecord(emptyResourceRecord()),
      scopes[s.scopeIndex] ?? scopeFromRecord({ ...emptyResourceRecord(), name: '', version: '' }),
      s.enriched,
    ),
  );
  return createTrace({
    tenantId: rec.tenantId,
    traceId: rec.traceId,
    fragment: rec.fragment,
    session: Number(rec.session),
    spans,
    ...(rec.enriched === undefined ? {} : { enriched: attributesFromRecord(rec.enriched, ENRICHED_PREFIX) }),
    entities: rec.entities?.map((e) => ({ ...e, attributes: { ...e.attributes } })) ?? [],
    callEdges: rec.callEdges?.map((e) => ({ ...e })) ?? [],
    enrichmentErrors:
      rec.enrichmentErrors?.map((e) => ({
        ...e,
        code: isErrorCode(e.code) ? e.code : 'INTERNAL',
      })) ?? [],
  });
}

function emptyResourceRecord(): ResourceRecord {
  const none: never[] = [];
  return {
    attributes: {
      strings: none,
      ints: none,
      doubles: none,
      bools: none,
      bytes: none,
      stringArrays: none,
      intArrays: none,
      doubleArrays: none,
      boolArrays: none,
    },
    droppedAttributesCount: 0,
    schemaUrl: '',
  };
}
