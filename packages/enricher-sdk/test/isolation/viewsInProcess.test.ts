import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { defineView } from '../../src/index.js';
import type { ViewDefinition } from '../../src/index.js';
import { prepareView, ViewMaterializer } from '../../src/host/index.js';
import type { LoadedView } from '../../src/host/index.js';
import { MemoryLogger } from '../../src/testing/MemoryLogger.js';
import { MemoryMetrics } from '../../src/testing/MemoryMetrics.js';
import { traceTimeLimitMs } from '../../src/isolation/traceTimeLimit.js';
import { busy, spanRows, traceOf } from './helpers.js';

/** A view under test: a 20 ms time limit. */
const limited = (view: ViewDefinition) => prepareView(view, { timeoutMs: 20 });
/** A view beside it: a limit a loaded machine cannot reach. */
const relaxed = (view: ViewDefinition) => prepareView(view, { timeoutMs: 10_000 });

async function started(...views: LoadedView[]) {
  const metrics = new MemoryMetrics();
  const logger = new MemoryLogger();
  const materializer = new ViewMaterializer(views, { metrics, logger });
  await materializer.start();
  return { materializer, metrics, logger };
}

const throwing = spanRows('thrower_view', () => {
  throw new TypeError('cannot read route');
});

/** A generator yielding one row per 5 ms, 100 rows: stopped between rows once over its time limit. */
const slowGenerator = defineView({
  name: 'slow_generator_view',
  version: '1',
  columns: { tenant_id: { type: 'lowCardinalityString' }, n: { type: 'int32' } },
  key: ['tenant_id', 'n'],
  *fromTrace(trace) {
    for (let n = 0; n < 100; n++) {
      busy(5);
      yield { tenant_id: trace.tenantId, n };
    }
  },
});

describe('views in process', () => {
  it('a throwing view gives no rows, is counted and logged with the view and trace id; the others keep theirs', async () => {
    const { materializer, metrics, logger } = await started(
      relaxed(spanRows('before_view')),
      limited(throwing),
      relaxed(spanRows('after_view')),
    );
    const trace = traceOf('a', 'b');
    const rows = await materializer.materialize(trace);
    expect([...rows.keys()]).toEqual(['before_view', 'after_view']);
    expect(rows.get('before_view')).toEqual([
      { tenant_id: trace.tenantId, trace_id: trace.traceId, span_id: '0000000000000001' },
      { tenant_id: trace.tenantId, trace_id: trace.traceId, span_id: '0000000000000002' },
    ]);
    expect(rows.get('after_view')).toHaveLength(2);
    expect(metrics.value('ht_view_errors_total', { view: 'thrower_view', code: 'USER_FUNCTION_FAILED' })).toBe(1);
    expect(metrics.value('ht_view_errors_total')).toBe(1);
    const warning = logger.entries.find((e) => e.level === 'warn');
    expect(warning?.fields).toMatchObject({
      view: 'thrower_view',
      traceId: trace.traceId,
      code: 'USER_FUNCTION_FAILED',
    });
    expect(warning?.msg).toBe(
      "view 'thrower_view' failed: cannot read route (no rows from it for this trace; the other views keep theirs)",
    );
    expect(metrics.observations('ht_view_duration_seconds', { view: 'before_view' })).toHaveLength(1);
    expect(metrics.observations('ht_view_duration_seconds', { view: 'thrower_view' })).toHaveLength(1);
    await materializer.close();
  });

  it('stops a generator view between rows once over its time limit; the others keep their rows', async () => {
    const { materializer, metrics, logger } = await started(limited(slowGenerator), relaxed(spanRows('steady_view')));
    const begin = performance.now();
    const trace = traceOf('a');
    const rows = await materializer.materialize(trace);
    expect(performance.now() - begin).toBeLessThan(250); // 100 rows would take 500 ms
    expect([...rows.keys()]).toEqual(['steady_view']);
    expect(metrics.value('ht_view_errors_total', { view: 'slow_generator_view', code: 'TIMEOUT' })).toBe(1);
    expect(logger.entries.find((e) => e.level === 'warn')).toMatchObject({
      fields: { view: 'slow_generator_view', traceId: trace.traceId, code: 'TIMEOUT' },
      msg: expect.stringMatching(/exceeded its 20 ms timeout \(8 rows; stopped\)/) as unknown,
    });
    await materializer.close();
  });

  it('drops the rows of a view that finished over its time limit, as a TIMEOUT', async () => {
    const { materializer, metrics, logger } = await started(
      limited(spanRows('sleepy_view', () => busy(40))),
      relaxed(spanRows('steady_view')),
    );
    const rows = await materializer.materialize(traceOf('a', 'b'));
    expect([...rows.keys()]).toEqual(['steady_view']);
    expect(metrics.value('ht_view_errors_total', { view: 'sleepy_view', code: 'TIMEOUT' })).toBe(1);
    expect(logger.entries.find((e) => e.level === 'warn')?.msg).toMatch(
      /view 'sleepy_view' ran \d+ ms, over its 20 ms timeout; .*run it with isolation: worker/,
    );
    await materializer.close();
  });

  it('gives a trace past 1,000 spans proportionally longer: 40 ms over 10,000 spans is within 20 ms per 1,000', async () => {
    const { materializer, metrics } = await started(limited(spanRows('sleepy_view', () => busy(40))));
    const big = traceOf(...Array.from({ length: 10_000 }, (_, i) => `span ${i}`));
    const rows = await materializer.materialize(big);
    expect(rows.get('sleepy_view')).toHaveLength(10_000);
    expect(metrics.value('ht_view_errors_total', { view: 'sleepy_view', code: 'TIMEOUT' })).toBe(0);
    expect(traceTimeLimitMs(20, 500)).toBe(20);
    expect(traceTimeLimitMs(20, 10_000)).toBe(200);
    await materializer.close();
  });

  it('leaves out views with no rows, and keeps going trace after trace', async () => {
    const { materializer, metrics } = await started(limited(throwing), relaxed(spanRows('steady_view')));
    const empty = defineView({
      name: 'empty_view',
      version: '1',
      columns: { tenant_id: { type: 'lowCardinalityString' }, id: { type: 'string' } },
      key: ['tenant_id', 'id'],
      fromTrace: () => [],
    });
    const other = new ViewMaterializer([prepareView(empty)]);
    await other.start();
    expect((await other.materialize(traceOf('a'))).size).toBe(0);
    for (let i = 0; i < 3; i++)
      expect([...(await materializer.materialize(traceOf('a'))).keys()]).toEqual(['steady_view']);
    expect(metrics.value('ht_view_errors_total', { view: 'thrower_view', code: 'USER_FUNCTION_FAILED' })).toBe(3);
    await Promise.all([materializer.close(), other.close()]);
  });

  it('materializes only between start and close', async () => {
    const materializer = new ViewMaterializer([prepareView(spanRows('a_view'))]);
    expect(materializer.names).toEqual(['a_view']);
    expect(materializer.views.map((v) => v.name)).toEqual(['a_view']);
    await expect(materializer.materialize(traceOf('a'))).rejects.toSatisfy((e) => isHtError(e, 'LIFECYCLE'));
    await materializer.start();
    await expect(materializer.start()).rejects.toSatisfy((e) => isHtError(e, 'LIFECYCLE'));
    await materializer.close();
    await expect(materializer.materialize(traceOf('a'))).rejects.toThrow(/called when closed/);
  });

  it('refuses a worker view without a module to import it from', () => {
    expect(() => prepareView(spanRows('a_view'), { isolation: 'worker' })).toThrow(
      "view 'a_view' needs a source module to run in a worker",
    );
    expect(
      () =>
        new ViewMaterializer([
          { definition: spanRows('a_view'), isolation: 'worker', timeoutMs: 100, source: undefined },
        ]),
    ).toThrow("view 'a_view' cannot run in a worker: no module source");
  });
});
