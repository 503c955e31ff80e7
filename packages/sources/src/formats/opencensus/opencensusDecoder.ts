import { SourceFormat } from '@ht/enricher-sdk';
import type { Resource } from '@ht/enricher-sdk';
import { opencensus } from '#generated/proto/opencensus.js';
import { guardDecode } from '../../ingest/SpanDecoder.js';
import { SpanBatchBuilder } from '../../ingest/SpanBatchBuilder.js';
import type { DecodeContext, DecodedSpans, SpanDecoder } from '../../ingest/SpanDecoder.js';
import { refuseOverLimit } from '../../ingest/tooManySpans.js';
import { countProtoFields } from '../../wire/countProtoFields.js';
import { mapOpencensusSpan, opencensusResource } from './opencensusMapping.js';

const { ExportTraceServiceRequest } = opencensus.proto.agent.trace.v1;

/**
 * Decodes the messages of one OpenCensus agent `Export` stream. The agent protocol sends the node (and
 * resource) in the first message and lets later ones omit them, so a decoder is made per stream and
 * remembers the last node and resource it saw.
 *
 * @example
 * ```ts
 * const decoder = opencensusStreamDecoder();
 * call.on('data', (message: Buffer) => ingestor.ingest('openCensus', decoder, message, tenant));
 * ```
 */
export function opencensusStreamDecoder(): SpanDecoder {
  let node: opencensus.proto.agent.common.v1.INode | null | undefined;
  let resourceMessage: opencensus.proto.resource.v1.IResource | null | undefined;
  let resource: Resource | undefined;
  return {
    encoding: 'opencensus',
    decode(payload: Uint8Array, ctx: DecodeContext): DecodedSpans {
      refuseOverLimit(ctx.maxSpans, () => countProtoFields(payload, [2])); // ExportTraceServiceRequest.spans(2)
      const request = guardDecode('opencensus', 'not an opencensus ExportTraceServiceRequest', () =>
        ExportTraceServiceRequest.decode(payload),
      );
      if (request.node || request.resource || !resource) {
        node = request.node ?? node;
        resourceMessage = request.resource ?? resourceMessage;
        resource = opencensusResource(node, resourceMessage);
      }
      const out = new SpanBatchBuilder(ctx, SourceFormat.OPENCENSUS);
      for (const span of request.spans) {
        try {
          out.add(mapOpencensusSpan(span, resource));
        } catch (error) {
          out.reject(error instanceof Error ? error.message : String(error));
        }
      }
      return out.result();
    },
  };
}
