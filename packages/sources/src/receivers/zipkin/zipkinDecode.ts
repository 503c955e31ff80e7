import { SourceFormat } from '@ht/enricher-sdk';
import { guardDecode } from '../../ingest/inputError.js';
import { SpanBatchBuilder } from '../../ingest/SpanBatchBuilder.js';
import type { DecodeContext, DecodedSpans } from '../../ingest/SpanDecoder.js';
import { mapZipkinSpan, ZipkinResources } from './zipkinMapping.js';
import type { ZipkinSpan } from './ZipkinSpan.js';

/**
 * The common tail of every Zipkin decoder: read the payload into {@link ZipkinSpan}s (any library or
 * shape error becomes an `INPUT_INVALID` naming the encoding), then map each onto a canonical span.
 *
 * @example
 * ```ts
 * return decodeZipkin('zipkin_proto', 'not a zipkin.proto3.ListOfSpans', ctx, () => fromProto(payload));
 * ```
 */
export function decodeZipkin(
  encoding: string,
  problem: string,
  ctx: DecodeContext,
  read: () => readonly ZipkinSpan[],
): DecodedSpans {
  const spans = guardDecode(encoding, problem, read);
  const out = new SpanBatchBuilder(ctx, SourceFormat.ZIPKIN);
  const resources = new ZipkinResources();
  for (const span of spans) {
    try {
      out.add(mapZipkinSpan(span, resources));
    } catch (error) {
      out.reject(error instanceof Error ? error.message : String(error));
    }
  }
  return out.result();
}
