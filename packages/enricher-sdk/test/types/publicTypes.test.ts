/* eslint-disable @typescript-eslint/no-unsafe-call -- the @ts-expect-error lines call what does not type-check */
/*
 * Type-level tests of the public generics. `expectTypeOf` and every `@ts-expect-error` below are checked
 * by `tsc -p packages/enricher-sdk/test` (an unused @ts-expect-error is itself an error); the runtime
 * assertions check the same definitions behave as typed.
 */
import { pino } from 'pino';
import { describe, expectTypeOf, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEnricher, defineView } from '../../src/index.js';
import type {
  EnrichContext,
  EnricherDefinition,
  Logger,
  ReadonlyAttributes,
  RowOf,
  Span,
  Trace,
  ViewDefinition,
} from '../../src/index.js';
import { runEnricher, runView, traceBuilder } from '../../src/testing/index.js';

const configured = defineEnricher({
  name: 'typed',
  version: '1',
  config: z.object({
    rules: z.array(z.object({ tag: z.string(), weight: z.number().default(1) })),
    mode: z.enum(['a', 'b']),
  }),
  enrichSpan(span, trace, ctx) {
    expectTypeOf(span).toEqualTypeOf<Span>();
    expectTypeOf(trace).toEqualTypeOf<Trace>();
    expectTypeOf(ctx.config).toEqualTypeOf<{ rules: { tag: string; weight: number }[]; mode: 'a' | 'b' }>();
    expectTypeOf(ctx.signal).toEqualTypeOf<AbortSignal>();
    // Compile-time checks only: never called.
    const _mistakes = () => {
      // @ts-expect-error: config is typed by the schema
      void ctx.config.missing;
      // @ts-expect-error: client attributes are read-only to enrichers
      span.attr.set('http.route', '/');
      // @ts-expect-error: spans cannot be replaced
      trace.spans = [];
    };
    span.enriched.set('ht.mode', ctx.config.mode);
  },
});

describe('defineEnricher types', () => {
  it('types ctx.config from the zod schema, and the definition by config output and input', () => {
    expectTypeOf(configured).toEqualTypeOf<
      EnricherDefinition<
        { rules: { tag: string; weight: number }[]; mode: 'a' | 'b' },
        { rules: { tag: string; weight?: number | undefined }[]; mode: 'a' | 'b' }
      >
    >();
    // Any definition fits the untyped list the loader and chain take.
    expectTypeOf(configured).toExtend<EnricherDefinition>();
    expect(configured.configSchema.parse({ rules: [{ tag: 'x' }], mode: 'a' })).toEqual({
      rules: [{ tag: 'x', weight: 1 }],
      mode: 'a',
    });
  });

  it('gives enrichers without a schema an empty config', () => {
    defineEnricher({
      name: 'plain',
      version: '1',
      enrichTrace(_trace, ctx: EnrichContext<Record<string, never>>) {
        expectTypeOf(ctx.config).toEqualTypeOf<Record<string, never>>();
      },
    });
  });

  it('refuses specs with both hooks, neither, or a wrong hook shape', () => {
    // @ts-expect-error: exactly one of enrichTrace / enrichSpan
    expect(() => defineEnricher({ name: 'both', version: '1', enrichTrace() {}, enrichSpan() {} })).toThrow();
    // @ts-expect-error: a hook is required
    expect(() => defineEnricher({ name: 'none', version: '1' })).toThrow();
    defineEnricher({
      name: 'wrong-return',
      version: '1',
      // @ts-expect-error: hooks return nothing (or a promise of nothing)
      enrichTrace: () => 42,
    });
  });

  it('types runEnricher config by the enricher config input', async () => {
    const trace = traceBuilder().span('a', 'x').build();
    // @ts-expect-error: 'c' is not a mode
    await expect(runEnricher(configured, trace, { rules: [], mode: 'c' })).rejects.toThrow(/invalid/);
    const run = await runEnricher(configured, trace, { rules: [{ tag: 't' }], mode: 'b' });
    expect(run.trace.spans[0]?.enriched.string('ht.mode')).toBe('b');
  });
});

const view = defineView({
  name: 'typed_view',
  version: '1',
  columns: {
    tenant_id: { type: 'lowCardinalityString' },
    span_id: { type: 'string' },
    at: { type: 'datetime' },
    count: { type: 'uint64' },
    tags: { type: 'stringArray' },
    ok: { type: 'bool' },
  },
  key: ['tenant_id', 'span_id'],
  timeColumn: 'at',
  fromTrace: (trace) =>
    trace.spans.map((s) => ({ tenant_id: s.tenantId, span_id: s.spanId, at: 0, count: 1n, tags: [], ok: true })),
});

describe('defineView types', () => {
  it('derives the row type from the column types', () => {
    expectTypeOf<RowOf<typeof view.columns>>().toEqualTypeOf<{
      tenant_id: string;
      span_id: string;
      at: number;
      count: number | bigint;
      tags: readonly string[];
      ok: boolean;
    }>();
    expectTypeOf(view).toExtend<ViewDefinition>();
    expect(runView(view, traceBuilder().span('a', 'x').build())).toHaveLength(1);
  });

  it('refuses rows, keys and time columns that do not fit the columns', () => {
    const columns = {
      tenant_id: { type: 'string' },
      id: { type: 'string' },
      at: { type: 'datetime' },
      n: { type: 'int32' },
    } as const;
    const key = ['tenant_id', 'id'] as const;
    const spec = { name: 'v1', version: '1', columns, key };
    // @ts-expect-error: a string in an int32 column
    defineView({ ...spec, fromTrace: () => [{ tenant_id: 't', id: 'x', at: 0, n: 'one' }] });
    // @ts-expect-error: a row missing a column
    defineView({ ...spec, fromTrace: () => [{ tenant_id: 't', id: 'x', at: 0 }] });
    const v3 = () =>
      // @ts-expect-error: the key names a column that does not exist
      defineView({ name: 'v3', version: '1', columns, key: ['nope'], fromTrace: () => [] });
    const v4 = () =>
      // @ts-expect-error: the key cannot be empty
      defineView({ name: 'v4', version: '1', columns, key: [], fromTrace: () => [] });
    const v5 = () =>
      defineView({
        name: 'v5',
        version: '1',
        columns,
        key,
        // @ts-expect-error: the time column must be a datetime column
        timeColumn: 'n',
        fromTrace: () => [],
      });
    const v6 = () =>
      defineView({
        name: 'v6',
        version: '1',
        // @ts-expect-error: unknown column type
        columns: { id: { type: 'text' } },
        key: ['id'],
        fromTrace: () => [],
      });
    for (const invalid of [v3, v4, v5, v6]) expect(invalid).toThrow(/invalid view/);
  });
});

describe('model and host types', () => {
  it('keeps accessors typed', () => {
    const span = traceBuilder()
      .span('a', 'x', { attributes: { n: 5n } })
      .build().spans[0]!;
    expectTypeOf(span.attr).toEqualTypeOf<ReadonlyAttributes>();
    expectTypeOf(span.attr.int('n')).toEqualTypeOf<number | undefined>();
    expectTypeOf(span.attr.bigint('n')).toEqualTypeOf<bigint | undefined>();
    expectTypeOf(span.attr.strings('n')).toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf(span.startTimeUnixNano).toEqualTypeOf<bigint>();
    expectTypeOf(span.kind).toEqualTypeOf<'SERVER' | 'CLIENT' | 'PRODUCER' | 'CONSUMER' | 'INTERNAL'>();
    // @ts-expect-error: undefined is not an attribute value
    expect(() => span.enriched.set('ht.x', undefined)).toThrow(/unsupported value/);
    expect(span.attr.int('n')).toBe(5);
  });

  it('accepts a pino logger as the Logger', () => {
    const logger = pino({ enabled: false });
    expectTypeOf(logger).toExtend<Logger>();
    const asLogger: Logger = logger;
    asLogger.child({ enricher: 'x' }).info({ a: 1 }, 'typed');
    expect(typeof asLogger.warn).toBe('function');
  });
});
