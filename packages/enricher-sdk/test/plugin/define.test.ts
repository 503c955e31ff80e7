import { isHtError } from '@ht/stream-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTrace, defineEnricher, defineView, isColumnValue } from '../../src/index.js';
import { isEnricherDefinition, isViewDefinition } from '../../src/host/index.js';
import type { EnricherSpec } from '../../src/index.js';

function problemOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(isHtError(err, 'CONFIG_INVALID')).toBe(true);
    return (err as Error).message;
  }
  throw new Error('expected a CONFIG_INVALID error');
}

describe('defineEnricher', () => {
  it('normalizes the definition and keeps `this` bound to the spec', () => {
    const spec = {
      name: 'counter',
      version: '1.2.3',
      config: z.object({ step: z.number().default(2) }),
      total: 0,
      enrichTrace(this: { total: number }) {
        this.total += 1;
      },
    };
    const def = defineEnricher(spec as EnricherSpec<typeof spec.config>);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- checks that hooks are bound to the spec
    const detached = def.enrichTrace;
    void detached?.(createTrace({ traceId: 'a'.repeat(32), spans: [] }), {} as never);
    expect(spec.total).toBe(1);
    expect(def.kind).toBe('ht.enricher');
    expect(def.dependsOn).toEqual([]);
    expect(def.description).toBe('');
    expect(def.configSchema.parse({})).toEqual({ step: 2 });
    expect(Object.isFrozen(def)).toBe(true);
    expect(isEnricherDefinition(def)).toBe(true);
  });

  it('uses a strict empty config when none is declared', () => {
    const def = defineEnricher({ name: 'plain', version: '1', enrichTrace: () => undefined });
    expect(def.configSchema.safeParse({}).success).toBe(true);
    expect(def.configSchema.safeParse({ typo: 1 }).success).toBe(false);
  });

  it('refuses malformed specs, naming every problem', () => {
    const bad = {
      name: '',
      version: '',
      dependsOn: 'x',
      config: {},
      enrichTrace: () => undefined,
      enrichSpan: () => undefined,
    };
    const message = problemOf(() => defineEnricher(bad as never));
    for (const part of [
      'name must be',
      'version must be',
      'dependsOn must be',
      'config must be a zod schema',
      'exactly one of',
    ]) {
      expect(message).toContain(part);
    }
    expect(problemOf(() => defineEnricher({ name: 'a', version: '1' } as never))).toContain('exactly one of');
    expect(
      problemOf(() => defineEnricher({ name: 'a', version: '1', dependsOn: ['a'], enrichTrace: () => undefined })),
    ).toContain('depends on itself');
  });
});

describe('defineView', () => {
  const columns = {
    tenant_id: { type: 'lowCardinalityString' },
    span_id: { type: 'string' },
    start_time: { type: 'datetime' },
  } as const;

  it('returns a frozen definition', () => {
    const view = defineView({
      name: 'v',
      version: '1',
      columns,
      key: ['tenant_id', 'span_id'],
      timeColumn: 'start_time',
      fromTrace: () => [],
    });
    expect(view.key).toEqual(['tenant_id', 'span_id']);
    expect(view.timeColumn).toBe('start_time');
    expect(isViewDefinition(view)).toBe(true);
    const untimed = defineView({
      name: 'w',
      version: '1',
      columns,
      key: ['tenant_id', 'span_id'],
      fromTrace: () => [],
    });
    expect(untimed.timeColumn).toBe('');
  });

  it('refuses bad names, types, keys and time columns', () => {
    const message = problemOf(() =>
      defineView({
        name: 'Bad-Name',
        version: '1',
        columns: { ok: { type: 'string' }, 'Bad Col': { type: 'text' }, __ht_seq: { type: 'int32' } },
        key: ['missing', 'missing'],
        timeColumn: 'ok',
        fromTrace: () => [],
      } as never),
    );
    for (const part of [
      'name must be',
      "column 'Bad Col' must be",
      "column '__ht_seq': names starting __ht_ are reserved",
      'unknown type "text"',
      "key column 'missing'",
      'twice',
      'datetime column',
    ]) {
      expect(message).toContain(part);
    }
  });

  it('refuses a view without a tenant_id key column, saying how to add one', () => {
    const spec = { name: 'v', version: '1', fromTrace: () => [] };
    const missing = problemOf(() =>
      defineView({ ...spec, columns: { span_id: { type: 'string' } }, key: ['span_id'] }),
    );
    expect(missing).toContain("invalid view 'v': a view needs a 'tenant_id' column in its key");
    expect(missing).toContain("add tenant_id: { type: 'lowCardinalityString' }");
    expect(problemOf(() => defineView({ ...spec, columns, key: ['span_id'] }))).toContain(
      "key must include 'tenant_id' so queries stay within one tenant",
    );
    const numeric = { tenant_id: { type: 'uint32' }, span_id: { type: 'string' } } as const;
    expect(problemOf(() => defineView({ ...spec, columns: numeric, key: ['tenant_id', 'span_id'] }))).toContain(
      'column \'tenant_id\' must be a string or lowCardinalityString, not "uint32"',
    );
    expect(defineView({ ...spec, columns: { tenant_id: { type: 'string' } }, key: ['tenant_id'] }).key).toEqual([
      'tenant_id',
    ]);
  });
});

describe('isColumnValue', () => {
  it('checks type, integrality and range', () => {
    expect(isColumnValue('uint8', 255)).toBe(true);
    expect(isColumnValue('uint8', 256)).toBe(false);
    expect(isColumnValue('int8', -129)).toBe(false);
    expect(isColumnValue('int32', 1.5)).toBe(false);
    expect(isColumnValue('int32', 1n)).toBe(false);
    expect(isColumnValue('uint64', 2n ** 64n - 1n)).toBe(true);
    expect(isColumnValue('uint64', -1)).toBe(false);
    expect(isColumnValue('int64', 2 ** 60)).toBe(false);
    expect(isColumnValue('datetime', 1_700_000_000_000_000)).toBe(true);
    expect(isColumnValue('datetime', -1)).toBe(false);
    expect(isColumnValue('float64', Number.NaN)).toBe(true);
    expect(isColumnValue('bool', 0)).toBe(false);
    expect(isColumnValue('stringArray', ['a', 1])).toBe(false);
    expect(isColumnValue('int64Array', [1, 2n])).toBe(true);
    expect(isColumnValue('float64Array', [1, '2'])).toBe(false);
    expect(isColumnValue('lowCardinalityString', 'x')).toBe(true);
  });
});
