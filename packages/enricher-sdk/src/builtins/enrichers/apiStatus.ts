import { STATUS_CODES } from 'node:http';
import type { Span } from '../../model/Span.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { ApiAttr, ApiStatus } from '../../catalogue/attributeKeys.js';
import { Normalized } from '../../catalogue/normalized.js';
import { GRPC_CODE_NAMES, grpcCodeOf, isGrpcError } from './grpcCodes.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { setTrusted } from '../../model/attributes.js';

/**
 * Built-in `api-status`: `ht.api.status` (`SUCCESS` | `FAIL`), `ht.api.status_code` and
 * `ht.api.status_message` on every span, from the protocol status (old or new names, via `semconv`):
 * - gRPC: code `'0'`-`'16'`, message the code name; FAIL as OTel's gRPC conventions say (any non-OK
 *   code on a client, only server-side faults such as INTERNAL or UNAVAILABLE on a server).
 * - HTTP: the status code, message the reason phrase; FAIL on 5xx, and on 4xx for client spans.
 * - Otherwise no code; FAIL when the span's status is ERROR.
 * A span with status ERROR always FAILs; a non-empty span status message is preferred as the message.
 * Depends on `semconv`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(apiStatus, trace, undefined, { with: [semconv] });
 * run.trace.spans[0]?.enriched.string(ApiAttr.STATUS); // 'FAIL' for an HTTP 503
 * ```
 */
export const apiStatus = defineEnricher({
  name: BuiltinEnricher.API_STATUS,
  version: BUILTIN_VERSION,
  description: 'API status (SUCCESS/FAIL) from HTTP, gRPC and RPC status codes',
  dependsOn: [BuiltinEnricher.SEMCONV],
  enrichSpan(span) {
    const { code, message, failed } = statusOf(span);
    setTrusted(
      span.enriched,
      ApiAttr.STATUS,
      failed || span.statusCode === 'ERROR' ? ApiStatus.FAIL : ApiStatus.SUCCESS,
    );
    if (code !== '') setTrusted(span.enriched, ApiAttr.STATUS_CODE, code);
    const text = span.statusMessage !== '' ? span.statusMessage : message;
    if (text !== '') setTrusted(span.enriched, ApiAttr.STATUS_MESSAGE, text);
  },
});

interface ProtocolStatus {
  readonly code: string;
  readonly message: string;
  readonly failed: boolean;
}

const NONE: ProtocolStatus = { code: '', message: '', failed: false };

function statusOf(span: Span): ProtocolStatus {
  const rpcStatus = span.enriched.string(Normalized.RPC_RESPONSE_STATUS_CODE);
  if (rpcStatus !== undefined) {
    if (span.enriched.string(Normalized.RPC_SYSTEM_NAME) !== 'grpc') {
      return { code: rpcStatus, message: '', failed: false };
    }
    const code = grpcCodeOf(rpcStatus);
    if (code === undefined) return { code: rpcStatus, message: '', failed: true };
    return { code: String(code), message: GRPC_CODE_NAMES[code] ?? rpcStatus, failed: isGrpcError(code, span.kind) };
  }
  const http = span.enriched.int(Normalized.HTTP_RESPONSE_STATUS_CODE);
  if (http !== undefined) {
    const client = span.kind === 'CLIENT';
    return { code: String(http), message: STATUS_CODES[http] ?? '', failed: http >= 500 || (client && http >= 400) };
  }
  return NONE;
}
