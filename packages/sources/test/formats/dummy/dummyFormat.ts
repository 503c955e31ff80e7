import { createSpan, validateSpan } from '@ht/enricher-sdk';
import type { Span } from '@ht/enricher-sdk';
import { defineFormat, httpEndpoint, textAccepted, textProblem } from '../../../src/index.js';
import type { RejectedSpan, SpanDecoder } from '../../../src/index.js';
import { malformed } from '../../../src/ingest/SpanDecoder.js';

interface DummySpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly name: string;
}

/** A test-only payload: a JSON array of `{ traceId, spanId, name }`, each span 1 ms long from t = 1 s. */
export const dummyJsonDecoder: SpanDecoder = {
  encoding: 'dummy_json',
  decode(payload, ctx) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload).toString('utf8'));
    } catch (error) {
      throw malformed('dummy_json', 'not JSON', error);
    }
    if (!Array.isArray(parsed)) throw malformed('dummy_json', 'expected a JSON array');
    const spans: Span[] = [];
    const rejected: RejectedSpan[] = [];
    (parsed as DummySpan[]).forEach((d, index) => {
      const span = createSpan({
        tenantId: ctx.tenantId,
        traceId: d.traceId,
        spanId: d.spanId,
        name: d.name,
        startTimeUnixNano: 1_000_000_000n,
        endTimeUnixNano: 1_001_000_000n,
        receivedAtUnixNano: ctx.receivedAtUnixNano,
      });
      const problems = validateSpan(span);
      if (problems.length === 0) spans.push(span);
      else rejected.push({ index, reason: problems.join('; ') });
    });
    return { spans, rejected };
  },
};

/**
 * A trace format that exists only in tests: one folder, registered by listing it beside FORMATS
 * (`[...FORMATS, dummyFormat]`); nothing else in the package knows of it.
 */
export const dummyFormat = defineFormat({
  name: 'dummy',
  endpoints: [
    httpEndpoint({
      name: 'dummyHttp',
      purpose: 'Dummy HTTP',
      defaultPort: 7070,
      routes: (receiver) => [
        {
          path: '/dummy/spans',
          receiver,
          contentTypes: ['application/json'],
          decoderFor: (type) => (type === 'application/json' ? dummyJsonDecoder : undefined),
          success: textAccepted,
          problem: textProblem,
        },
      ],
    }),
  ],
  decoders: [dummyJsonDecoder],
  kafkaEncodings: [{ encoding: 'dummy_json', holds: 'a JSON array of dummy spans', decoder: dummyJsonDecoder }],
});
