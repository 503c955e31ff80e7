import { HtError, HtErrorCode } from '@ht/stream-core/errors';
import { z } from 'zod';
import { EntityType } from '../model/Entity.js';
import { SourceFormat, SpanKind, StatusCode } from '../model/Span.js';

/**
 * zod schemas of the JSON debug form, used when reading it back. Fields a person would leave out when
 * writing a fixture by hand have defaults; ids, names and times are required.
 */

const nanos = z.union([
  z.string().regex(/^\d+$/, 'expected a decimal string of nanoseconds'),
  z.number().int().nonnegative().refine(Number.isSafeInteger, 'beyond 2^53: write it as a decimal string'),
]);
const attributes = z.record(z.string(), z.unknown()).default({});
const count = z.number().int().nonnegative().default(0);

const resource = z
  .object({ attributes, droppedAttributesCount: count, schemaUrl: z.string().default('') })
  .default({ attributes: {}, droppedAttributesCount: 0, schemaUrl: '' });

const scope = z
  .object({
    name: z.string().default(''),
    version: z.string().default(''),
    attributes,
    droppedAttributesCount: count,
    schemaUrl: z.string().default(''),
  })
  .default({ name: '', version: '', attributes: {}, droppedAttributesCount: 0, schemaUrl: '' });

const event = z.object({ name: z.string(), timeUnixNano: nanos, attributes, droppedAttributesCount: count });

const link = z.object({
  traceId: z.string(),
  spanId: z.string(),
  traceState: z.string().default(''),
  flags: z.number().int().default(0),
  attributes,
  droppedAttributesCount: count,
});

/** The JSON form of a span as read (after defaults). */
export const spanJsonSchema = z.object({
  tenantId: z.string().default('default'),
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().default(''),
  traceState: z.string().default(''),
  flags: z.number().int().default(0),
  name: z.string(),
  kind: z.enum(Object.values(SpanKind)).default('INTERNAL'),
  startTimeUnixNano: nanos,
  endTimeUnixNano: nanos,
  statusCode: z.enum(Object.values(StatusCode)).default('UNSET'),
  statusMessage: z.string().default(''),
  attributes,
  resource,
  scope,
  events: z.array(event).default([]),
  links: z.array(link).default([]),
  droppedAttributesCount: count,
  droppedEventsCount: count,
  droppedLinksCount: count,
  receivedAtUnixNano: nanos.default('0'),
  sourceFormat: z.enum(Object.values(SourceFormat)).default('internal'),
  enriched: attributes,
});

const entity = z.object({
  id: z.string(),
  tenantId: z.string(),
  type: z.enum(Object.values(EntityType)),
  name: z.string(),
  attributes: z.record(z.string(), z.string()).default({}),
});

const callEdge = z.object({
  id: z.string(),
  callerSpanId: z.string(),
  calleeSpanId: z.string().default(''),
  callerServiceId: z.string().default(''),
  callerApiId: z.string().default(''),
  calleeType: z.enum([EntityType.SERVICE, EntityType.BACKEND]),
  calleeId: z.string().default(''),
  calleeApiId: z.string().default(''),
});

const enrichmentError = z.object({
  enricher: z.string(),
  spanId: z.string().default(''),
  code: z.enum(Object.values(HtErrorCode) as [HtErrorCode, ...HtErrorCode[]]),
  message: z.string(),
});

/** The JSON form of a trace as read (after defaults). */
export const traceJsonSchema = z.object({
  tenantId: z.string().optional(),
  traceId: z.string().optional(),
  fragment: z.number().int().nonnegative().default(0),
  session: z.number().int().nonnegative().default(0),
  spans: z.array(spanJsonSchema),
  enriched: attributes,
  entities: z.array(entity).default([]),
  callEdges: z.array(callEdge).default([]),
  enrichmentErrors: z.array(enrichmentError).default([]),
});

/**
 * Parses `json` with `schema`, turning a validation failure into `INPUT_INVALID` with every issue and
 * its path in the message.
 */
export function parseJsonForm<S extends z.ZodType>(schema: S, json: unknown, what: string): z.output<S> {
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new HtError('INPUT_INVALID', `malformed ${what} JSON:\n${z.prettifyError(result.error)}`, {
      cause: result.error,
    });
  }
  return result.data;
}
