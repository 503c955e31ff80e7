import {
  ApiAttr,
  ApiBoundary,
  ApiStatus,
  BackendAttr,
  HttpAttr,
  ServiceAttr,
  SpanAttr,
  SpanType,
} from '../../../src/catalogue/attributeKeys.js';
import type { Protocol } from '../../../src/catalogue/attributeKeys.js';
import { apiEntityName, serviceEntityName } from '../../../src/builtins/enrichers/entityNames.js';
import { entityId } from '../../../src/entities/entityId.js';
import type { AttributeValue } from '../../../src/model/AttributeValue.js';

/** Enriched attributes to set on a span or trace. */
export type Enrichment = Readonly<Record<string, AttributeValue>>;
import type { Span } from '../../../src/model/Span.js';
import type { Trace } from '../../../src/model/Trace.js';

/*
 * Builders of the enriched attributes the built-in enrichers write (keys from the catalogue), so
 * fixtures state a span's enrichment in a line or two.
 */

/** The tenant of the fixture traces. */
export const TENANT = 'acme';

/** A span of `trace` by its fixture number (1-8, see checkoutTrace.ts). */
export function spanNo(trace: Trace, n: number): Span {
  const span = trace.spans.find((s) => s.spanId === n.toString(16).padStart(16, '0'));
  if (span === undefined) throw new Error(`no span ${n} in the fixture`);
  return span;
}

/** Deployment environments of the fixture services (part of a service's entity name). */
export const ENVIRONMENTS: Readonly<Record<string, string>> = { frontend: 'prod' };

const serviceEntity = (name: string): string => serviceEntityName(name, '', ENVIRONMENTS[name] ?? '');

/** The entity ids the `service-entity`, `api-naming` and `backend` enrichers give these names. */
export const serviceId = (name: string): string => entityId(TENANT, 'SERVICE', serviceEntity(name));
export const apiId = (service: string, api: string): string =>
  entityId(TENANT, 'API', apiEntityName(serviceEntity(service), api));
export const backendId = (name: string): string => entityId(TENANT, 'BACKEND', name);

/** Enriched attributes every span of a service visit shares. */
export function visit(service: string, api: string, entry: number, type: SpanType, protocol: Protocol): Enrichment {
  return {
    [SpanAttr.TYPE]: type,
    [SpanAttr.PROTOCOL]: protocol,
    [ServiceAttr.NAME]: service,
    [ServiceAttr.ID]: serviceId(service),
    [ApiAttr.BOUNDARY]: type === SpanType.ENTRY ? ApiBoundary.ENTRY : ApiBoundary.EXIT,
    [ApiAttr.ENTRY_SPAN_ID]: entry.toString(16).padStart(16, '0'),
    [ApiAttr.ID]: apiId(service, api),
    [ApiAttr.NAME]: api,
  };
}

/** What the `http` and `api-status` enrichers write for a status. */
export function httpStatus(method: string, status: number): Enrichment {
  return {
    [HttpAttr.METHOD]: method,
    [HttpAttr.STATUS_CODE]: BigInt(status),
    [ApiAttr.STATUS]: status >= 500 ? ApiStatus.FAIL : ApiStatus.SUCCESS,
    [ApiAttr.STATUS_CODE]: String(status),
  };
}

/** What the `backend` enricher writes on an exit span to a backend. */
export function backendCall(
  name: string,
  type: string,
  protocol: string,
  host: string,
  port: number,
  operation: string,
  destination: string,
): Enrichment {
  return {
    [BackendAttr.ID]: backendId(name),
    [BackendAttr.NAME]: name,
    [BackendAttr.TYPE]: type,
    [BackendAttr.PROTOCOL]: protocol,
    [BackendAttr.HOST]: host,
    [BackendAttr.PORT]: BigInt(port),
    [BackendAttr.OPERATION]: operation,
    [BackendAttr.DESTINATION]: destination,
  };
}
