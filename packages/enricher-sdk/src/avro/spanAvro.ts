import { createResource, createScope } from '../model/Resource.js';
import type { InstrumentationScope, Resource } from '../model/Resource.js';
import { createSpan, ENRICHED_PREFIX, SourceFormat } from '../model/Span.js';
import type { Span, SpanKind, StatusCode } from '../model/Span.js';
import { createSpanEvent, createSpanLink } from '../model/SpanEvent.js';
import type { SpanEvent, SpanLink } from '../model/SpanEvent.js';
import { attributesFromRecord, attributesToRecord } from './attributesAvro.js';
import type { AttributesRecord } from './attributesAvro.js';

/** Avro record of a resource. */
export interface ResourceRecord {
  attributes: AttributesRecord;
  droppedAttributesCount: number;
  schemaUrl: string;
}
/** Avro record of an instrumentation scope. */
export interface ScopeRecord extends ResourceRecord {
  name: string;
  version: string;
}
interface EventRecord {
  name: string;
  timeUnixNano: bigint;
  attributes: AttributesRecord;
  droppedAttributesCount: number;
}
interface LinkRecord {
  traceId: string;
  spanId: string;
  traceState: string;
  flags: number;
  attributes: AttributesRecord;
  droppedAttributesCount: number;
}
/** The span fields common to RawSpan and the spans inside traces. */
export interface SpanCoreRecord {
  spanId: string;
  parentSpanId: string;
  traceState: string;
  flags: number;
  name: string;
  kind: SpanKind;
  startTimeUnixNano: bigint;
  endTimeUnixNano: bigint;
  statusCode: StatusCode;
  statusMessage: string;
  attributes: AttributesRecord;
  events: EventRecord[];
  links: LinkRecord[];
  droppedAttributesCount: number;
  droppedEventsCount: number;
  droppedLinksCount: number;
  receivedAtUnixNano: bigint;
  sourceFormat: string;
}
/** Avro record of a RawSpan. */
export interface RawSpanRecord extends SpanCoreRecord {
  tenantId: string;
  traceId: string;
  resource: ResourceRecord;
  scope: ScopeRecord;
}

const SOURCE_FORMATS = new Set<string>(Object.values(SourceFormat));

// Resources and scopes are immutable and shared by many spans: convert each object once.
const resourceRecords = new WeakMap<Resource, ResourceRecord>();
const scopeRecords = new WeakMap<InstrumentationScope, ScopeRecord>();

export function resourceToRecord(r: Resource): ResourceRecord {
  let rec = resourceRecords.get(r);
  if (rec === undefined) {
    rec = {
      attributes: attributesToRecord(r.attr),
      droppedAttributesCount: r.droppedAttributesCount,
      schemaUrl: r.schemaUrl,
    };
    resourceRecords.set(r, rec);
  }
  return rec;
}
export function scopeToRecord(s: InstrumentationScope): ScopeRecord {
  let rec = scopeRecords.get(s);
  if (rec === undefined) {
    rec = {
      attributes: attributesToRecord(s.attr),
      droppedAttributesCount: s.droppedAttributesCount,
      schemaUrl: s.schemaUrl,
      name: s.name,
      version: s.version,
    };
    scopeRecords.set(s, rec);
  }
  return rec;
}
export function resourceFromRecord(r: ResourceRecord): Resource {
  return createResource({ ...r, attributes: attributesFromRecord(r.attributes) });
}
export function scopeFromRecord(s: ScopeRecord): InstrumentationScope {
  return createScope({ ...s, attributes: attributesFromRecord(s.attributes) });
}

/** The span's own fields as an Avro record (without tenant, trace id, resource and scope). */
export function spanCoreToRecord(span: Span): SpanCoreRecord {
  return {
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    traceState: span.traceState,
    flags: span.flags,
    name: span.name,
    kind: span.kind,
    startTimeUnixNano: span.startTimeUnixNano,
    endTimeUnixNano: span.endTimeUnixNano,
    statusCode: span.statusCode,
    statusMessage: span.statusMessage,
    attributes: attributesToRecord(span.attr),
    events: span.events.map(eventToRecord),
    links: span.links.map(linkToRecord),
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
    receivedAtUnixNano: span.receivedAtUnixNano,
    sourceFormat: span.sourceFormat,
  };
}

function eventToRecord(e: SpanEvent): EventRecord {
  return {
    name: e.name,
    timeUnixNano: e.timeUnixNano,
    attributes: attributesToRecord(e.attr),
    droppedAttributesCount: e.droppedAttributesCount,
  };
}

function linkToRecord(l: SpanLink): LinkRecord {
  return { ...l, attributes: attributesToRecord(l.attr) };
}

/** Rebuilds a span from its Avro fields plus what the enclosing record supplies. */
export function spanFromRecord(
  rec: SpanCoreRecord,
  tenantId: string,
  traceId: string,
  resource: Resource,
  scope: InstrumentationScope,
  enriched: AttributesRecord | undefined,
): Span {
  return createSpan({
    tenantId,
    traceId,
    spanId: rec.spanId,
    parentSpanId: rec.parentSpanId,
    traceState: rec.traceState,
    flags: rec.flags,
    name: rec.name,
    kind: rec.kind,
    startTimeUnixNano: rec.startTimeUnixNano,
    endTimeUnixNano: rec.endTimeUnixNano,
    statusCode: rec.statusCode,
    statusMessage: rec.statusMessage,
    attributes: attributesFromRecord(rec.attributes),
    resource,
    scope,
    events: rec.events.map((e) => createSpanEvent({ ...e, attributes: attributesFromRecord(e.attributes) })),
    links: rec.links.map((l) => createSpanLink({ ...l, attributes: attributesFromRecord(l.attributes) })),
    droppedAttributesCount: rec.droppedAttributesCount,
    droppedEventsCount: rec.droppedEventsCount,
    droppedLinksCount: rec.droppedLinksCount,
    receivedAtUnixNano: rec.receivedAtUnixNano,
    // A format added by a newer writer is unknown here: keep the type honest rather than the string.
    sourceFormat: SOURCE_FORMATS.has(rec.sourceFormat) ? (rec.sourceFormat as SourceFormat) : SourceFormat.INTERNAL,
    ...(enriched === undefined ? {} : { enriched: attributesFromRecord(enriched, ENRICHED_PREFIX) }),
  });
}

/** A span to its RawSpan record. */
export function rawSpanToRecord(span: Span): RawSpanRecord {
  return {
    tenantId: span.tenantId,
    traceId: span.traceId,
    resource: resourceToRecord(span.resource),
    scope: scopeToRecord(span.scope),
    ...spanCoreToRecord(span),
  };
}

/** A span from its RawSpan record. */
export function rawSpanFromRecord(rec: RawSpanRecord): Span {
  return spanFromRecord(
    rec,
    rec.tenantId,
    rec.traceId,
    resourceFromRecord(rec.resource),
    scopeFromRecord(rec.scope),
    undefined,
  );
}
