// Type-level tests: the expectTypeOf and @ts-expect-error lines are checked by `tsc -p packages/stream-core/test`
// (part of the package checks); at run time the builder calls run too and must not throw.
import { describe, expectTypeOf, it } from 'vitest';
import type { KeyedStream, Stream, WindowInfo } from '../src/index.js';
import { Job, OutputTag, countAggregate, mapState, tumblingWindows, valueState } from '../src/index.js';
import { MemorySink, MemorySource } from '../src/testing/index.js';

interface Span {
  readonly service: string;
  readonly kind: 'SERVER' | 'CLIENT';
  readonly ms: number;
}

describe('types flow end to end', () => {
  it('through the builder', () => {
    const job = new Job({ name: 'types' });
    const spans = job.source(new MemorySource<Span>({ partitions: {} }));
    expectTypeOf(spans).toEqualTypeOf<Stream<Span>>();
    expectTypeOf(spans.map((s) => s.ms)).toEqualTypeOf<Stream<number>>();
    const servers = spans.filter((s): s is Span & { kind: 'SERVER' } => s.kind === 'SERVER');
    expectTypeOf(servers).toEqualTypeOf<Stream<Span & { kind: 'SERVER' }>>();
    const keyed = spans.keyBy((s) => s.service);
    expectTypeOf(keyed).toEqualTypeOf<KeyedStream<string, Span>>();

    const counts = keyed.window(tumblingWindows({ sizeMs: 1_000 })).aggregate(countAggregate(), (n, w) => {
      expectTypeOf(w).toEqualTypeOf<WindowInfo<string>>();
      return { service: w.key, n };
    });
    counts.map((c) => {
      expectTypeOf(c).toEqualTypeOf<{ service: string; n: number }>();
      return c;
    });

    const slow = new OutputTag<Span>('slow');
    // With an explicit output type, name the state's type too (TypeScript infers all type arguments or none).
    const state = { total: valueState<number>('total'), perKind: mapState<string, number>('perKind') };
    const processed = keyed.process<number, typeof state>({
      state,
      processElement(span, ctx) {
        expectTypeOf(ctx.key).toEqualTypeOf<string>();
        expectTypeOf(ctx.state.total.get()).toEqualTypeOf<number | undefined>();
        expectTypeOf(ctx.state.perKind.get('x')).toEqualTypeOf<number | undefined>();
        ctx.emit(span.ms);
        ctx.output(slow, span);
        // @ts-expect-error the main output is number
        ctx.emit('text');
        // @ts-expect-error the tag carries spans
        ctx.output(slow, 1);
      },
    });
    expectTypeOf(processed.sideOutput(slow)).toEqualTypeOf<Stream<Span>>();
    // @ts-expect-error a sink of strings does not take numbers
    processed.to(new MemorySink<string>());
    // @ts-expect-error keys are strings or numbers
    spans.keyBy((s) => ({ s }));
  });
});
