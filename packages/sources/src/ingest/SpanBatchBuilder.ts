import { createSpan, validateSpan } from '@ht/enricher-sdk';
import type { Span, SpanInit } from '@ht/enricher-sdk';
import type { DecodeContext, DecodedSpans, RejectedSpan } from './SpanDecoder.js';
import { tooManySpans } from './tooManySpans.js';

/**
 * A span's fields as a mapping produces them; the builder adds tenant, receive time and source format.
 *
 * @example
 * ```ts
 * const mapped: MappedSpan = { traceId, spanId, name: 'GET /', startTimeUnixNano: 1n, endTimeUnixNano: 2n };
 * ```
 */
export type MappedSpan = Omit<SpanInit, 'tenantId' | 'receivedAtUnixNano' | 'sourceFormat'>;

/**
 * Collects the spans of one payload: builds each with {@link createSpan} (tenant, receive time and source
 * format stamped), checks it with `validateSpan`, and keeps the bad ones as {@link RejectedSpan}s with
 * the reason. Every format's mapping ends here, so "bad" means the same for all of them. Past the
 * context's `maxSpans` it throws the `tooManySpans` error: no request builds more than the limit.
 *
 * @example
 * ```ts
 * const out = new SpanBatchBuilder(ctx, SourceFormat.ZIPKIN);
 * for (const z of zipkinSpans) out.add(mapZipkinSpan(z));
 * return out.result();
 * ```
 */
export class SpanBatchBuilder {
  private readonly spans: Span[] = [];
  private readonly rejected: RejectedSpan[] = [];
  private index = 0;

  constructor(
    private readonly ctx: DecodeContext,
    private readonly sourceFormat: Span['sourceFormat'],
  ) {}

  /** Adds one mapped span; returns whether it was valid. */
  add(mapped: MappedSpan): boolean {
    this.checkLimit();
    const span = createSpan({
      ...mapped,
      tenantId: this.ctx.tenantId,
      receivedAtUnixNano: this.ctx.receivedAtUnixNano,
      sourceFormat: this.sourceFormat,
    });
    return this.addSpan(span);
  }

  /** Adds a span built by the caller (fast paths build it themselves); returns whether it was valid. */
  addSpan(span: Span): boolean {
    this.checkLimit();
    const problems = validateSpan(span);
    const index = this.index++;
    if (problems.length === 0) {
      this.spans.push(span);
      return true;
    }
    this.rejected.push({ index, reason: `span ${index} (${span.name || 'unnamed'}): ${problems.join('; ')}` });
    return false;
  }

  /** Records a span that could not even be mapped (e.g. an attribute of an impossible type). */
  reject(reason: string): void {
    this.checkLimit();
    const index = this.index++;
    this.rejected.push({ index, reason: `span ${index}: ${reason}` });
  }

  /** The context the spans are built in. */
  get context(): DecodeContext {
    return this.ctx;
  }

  private checkLimit(): void {
    const max = this.ctx.maxSpans;
    if (max !== undefined && this.index >= max) throw tooManySpans(max);
  }

  result(): DecodedSpans {
    return { spans: this.spans, rejected: this.rejected };
  }
}
