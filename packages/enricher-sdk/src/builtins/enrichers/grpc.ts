import { defineEnricher } from '../../plugin/defineEnricher.js';
import { GrpcAttr } from '../../catalogue/attributeKeys.js';
import { Normalized } from '../../catalogue/normalized.js';
import { GRPC_CODE_NAMES, grpcCodeOf } from './grpcCodes.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { setTrusted, setTrustedInt } from '../../model/attributes.js';

/**
 * Built-in `grpc`: on gRPC spans (`rpc.system.name` grpc, old or new name), `ht.grpc.service`
 * (`hipstershop.CartService`), `ht.grpc.method` (`GetCart`), `ht.grpc.endpoint` (`service/method`),
 * `ht.grpc.status_code` (int) and `ht.grpc.status` (`NOT_FOUND`). Depends on `semconv`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(grpc, trace, undefined, { with: [semconv] });
 * run.trace.spans[0]?.enriched.string(GrpcAttr.ENDPOINT); // 'hipstershop.CartService/GetCart'
 * ```
 */
export const grpc = defineEnricher({
  name: BuiltinEnricher.GRPC,
  version: BUILTIN_VERSION,
  description: 'gRPC: service, method, status, endpoint',
  dependsOn: [BuiltinEnricher.SEMCONV],
  enrichSpan(span) {
    const e = span.enriched;
    if (e.string(Normalized.RPC_SYSTEM_NAME) !== 'grpc') return;
    const endpoint = e.string(Normalized.RPC_METHOD);
    if (endpoint !== undefined) {
      const slash = endpoint.lastIndexOf('/');
      if (slash > 0) setTrusted(e, GrpcAttr.SERVICE, endpoint.slice(0, slash));
      setTrusted(e, GrpcAttr.METHOD, endpoint.slice(slash + 1));
      setTrusted(e, GrpcAttr.ENDPOINT, endpoint);
    }
    const status = e.string(Normalized.RPC_RESPONSE_STATUS_CODE);
    const code = status === undefined ? undefined : grpcCodeOf(status);
    if (code !== undefined) {
      setTrustedInt(e, GrpcAttr.STATUS_CODE, code);
      setTrusted(e, GrpcAttr.STATUS, GRPC_CODE_NAMES[code] ?? status ?? '');
    }
  },
});
