import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { defineView } from '@ht/enricher-sdk';
import type { ViewDefinition } from '@ht/enricher-sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreparedWrites } from '../../src/duckdb/PreparedWrites.js';
import { createDuckDbStore } from '../../src/index.js';
import type { DuckDbStore, ViewRow } from '../../src/index.js';

/*
 * The DuckDB store's direct path (docs/stores.md, "How the DuckDB store writes"): a batch is appended
 * straight into its table as typed data chunks, and committed only when the table then holds no key twice
 * in the batch's time range; otherwise it is rolled back and takes the staged merge. Every column type
 * must land as the staged merge writes it, and replays must still be stored once.
 */

const columns = {
  tenant_id: { type: 'lowCardinalityString' },
  id: { type: 'string' },
  time: { type: 'datetime' },
  text: { type: 'string' },
  flag: { type: 'bool' },
  i8: { type: 'int8' },
  i16: { type: 'int16' },
  i32: { type: 'int32' },
  i64: { type: 'int64' },
  u8: { type: 'uint8' },
  u16: { type: 'uint16' },
  u32: { type: 'uint32' },
  u64: { type: 'uint64' },
  f32: { type: 'float32' },
  f64: { type: 'float64' },
  texts: { type: 'stringArray' },
  labels: { type: 'lowCardinalityStringArray' },
  ints: { type: 'int64Array' },
  floats: { type: 'float64Array' },
} as const;

const everyType = defineView({
  name: 'every_type_view',
  version: '0.1.0',
  description: 'one column of each type (test)',
  columns,
  key: ['tenant_id', 'id'],
  timeColumn: 'time',
  sortBy: ['tenant_id', 'time'],
  *fromTrace() {},
});

/** Strings around DuckDB's 12-byte inline limit, non-ASCII, NUL and the staging separators, long ones. */
const STRINGS = [
  '',
  'a',
  'twelve chars',
  'thirteen char',
  'é',
  'çà et là, ok',
  'ünïcödé that is longer than twelve',
  '日本語のテキスト',
  '😀 emoji',
  'nul\u0000inside',
  'a long string with a nul \u0000 and \u0001 inside it',
  'x'.repeat(5000),
  'GET /api/v1/orders/{id}',
];

const BASE = 1_780_000_000_000_000;

/**
 * Row `i`; `plain`: no string holding the staging's separators and no bigint, so the staged merge stages
 * it by column (otherwise as JSON).
 */
function row(i: number, plain = false): ViewRow {
  const strings = plain ? STRINGS.filter((s) => !s.includes('\u0000') && !s.includes('\u0001')) : STRINGS;
  const s = (k: number): string => strings[(i + k) % strings.length]!;
  const big = (v: bigint): bigint | number => (plain ? Number(v / 4096n) : v);
  return {
    tenant_id: i % 7 === 0 ? 'tenant-with-a-long-name' : 'default',
    id: `id-${i.toString().padStart(6, '0')}`,
    time: BASE + i * 1000,
    text: s(0),
    flag: i % 3 === 0,
    i8: i % 2 === 0 ? -128 : 127,
    i16: i % 2 === 0 ? -32_768 : 32_767,
    i32: i % 2 === 0 ? -2_147_483_648 : 2_147_483_647,
    i64: i % 5 === 0 ? big(-(2n ** 63n)) : i % 5 === 1 ? big(2n ** 63n - 1n) : i % 5 === 2 ? -(2 ** 53 - 1) : i - 1000,
    u8: 255,
    u16: 65_535,
    u32: 4_294_967_295,
    u64: i % 4 === 0 ? big(2n ** 64n - 1n) : i % 4 === 1 ? 2 ** 53 - 1 : i % 4 === 2 ? 2 ** 32 : i,
    f32: i / 7,
    f64: i % 2 === 0 ? -1e308 : Math.PI * i,
    texts: i % 6 === 0 ? [] : [s(1), s(2), s(3)].slice(0, 1 + (i % 3)),
    labels: i % 5 === 0 ? [''] : [s(4), s(5)],
    ints: i % 4 === 0 ? [] : [i, big(-(2n ** 62n)), 2 ** 40],
    floats: i % 3 === 0 ? [] : [0.5, -i, Number.MIN_VALUE],
  };
}

let dir: string;
let store: DuckDbStore;
const open = async (name: string, views: readonly ViewDefinition[] = [everyType]): Promise<DuckDbStore> => {
  const s = await createDuckDbStore({ path: join(dir, `${name}.duckdb`) });
  await s.ensureTables(views);
  return s;
};

/** Every row of `view` in the file, ordered by id, as DuckDB returns them. */
async function tableRows(name: string, view = everyType.name): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(join(dir, `${name}.duckdb`), { access_mode: 'READ_ONLY' });
  try {
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(`SELECT * FROM main."${view}" ORDER BY tenant_id, id`);
    connection.closeSync();
    return reader.getRowsJS();
  } finally {
    instance.closeSync();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's7-store-direct-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('DuckDB store: the direct path (typed data chunks into the table)', () => {
  it.each([
    ['as JSON', false],
    ['by column', true],
  ])('stores every column type as the staged merge does (staged %s), over several data chunks', async (_, plain) => {
    const rows = Array.from({ length: 5000 }, (_, i) => row(i, plain));
    const duplicates = vi.spyOn(PreparedWrites.prototype, 'duplicates');
    const check = vi.spyOn(PreparedWrites.prototype, 'check');
    const repeats = vi.spyOn(PreparedWrites.prototype, 'repeats');
    store = await open('direct');
    await store.write(everyType.name, rows);
    await store.close();
    expect([duplicates.mock.calls.length, check.mock.calls.length, repeats.mock.calls.length]).toEqual([1, 0, 0]);

    // The same rows, with one repeated: the direct path rolls back and the staged merge stores them.
    store = await open('staged');
    await store.write(everyType.name, [...rows, rows[17]!]);
    await store.close();
    expect(await duplicates.mock.results[1]?.value).toBe(1);
    // By column: the key-only count of repeats (the table is empty); as JSON: the JSON merge.
    expect(repeats.mock.calls.length).toBe(plain ? 1 : 0);

    const direct = await tableRows('direct');
    expect(direct).toEqual(await tableRows('staged'));
    expect(direct).toHaveLength(rows.length);
    // Spot checks against the rows written (DuckDB's JS values: bigints, Dates).
    const byId = new Map(direct.map((r) => [r[1], r]));
    for (const i of [0, 1, 2, 3, 9, 10, 11, 12, 2047, 2048, 4999]) {
      const got = byId.get(`id-${i.toString().padStart(6, '0')}`)!;
      const want = row(i, plain);
      expect(got[3]).toBe(want['text']);
      expect(got[8]).toBe(BigInt(want['i64'] as number | bigint));
      expect(got[12]).toBe(BigInt(want['u64'] as number | bigint));
      expect(got[14]).toBe(want['f64']);
      expect(got[15]).toEqual(want['texts']);
      expect(got[16]).toEqual(want['labels']);
      expect(got[17]).toEqual((want['ints'] as (number | bigint)[]).map((v) => BigInt(v)));
      expect(got[18]).toEqual(want['floats']);
    }
  });

  it('drops a replayed batch after a direct append: stored once, by the staged merge', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => row(i, true));
    store = await open('replay');
    const check = vi.spyOn(PreparedWrites.prototype, 'check');
    await store.write(everyType.name, rows);
    expect(check).not.toHaveBeenCalled();
    await store.write(everyType.name, rows);
    await store.write(everyType.name, rows.slice(100, 200));
    // Half stored already, half new (later).
    await store.write(everyType.name, [
      ...rows.slice(250),
      ...Array.from({ length: 50 }, (_, i) => row(300 + i, true)),
    ]);
    expect(check.mock.calls.length).toBe(3);
    await store.close();
    const stored = await tableRows('replay');
    expect(stored).toHaveLength(350);
    expect(new Set(stored.map((r) => r[1])).size).toBe(350);
  });

  it('keeps the last copy of a key repeated within a batch', async () => {
    store = await open('repeat');
    const rows = Array.from({ length: 50 }, (_, i) => row(i));
    await store.write(everyType.name, [...rows, { ...rows[10]!, text: 'the last copy' }]);
    await store.close();
    const stored = await tableRows('repeat');
    expect(stored).toHaveLength(50);
    expect(stored.find((r) => r[1] === 'id-000010')?.[3]).toBe('the last copy');
  });

  it('writes nothing of a batch holding an invalid value, and the store goes on', async () => {
    store = await open('invalid');
    const rows = Array.from({ length: 3000 }, (_, i) => row(i));
    const bad = [...rows];
    bad[2500] = { ...rows[2500]!, u8: 256 };
    await expect(store.write(everyType.name, bad)).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(store.write(everyType.name, bad)).rejects.toThrow(/row 2500.*u8/);
    await expect(store.write(everyType.name, [rows[0]!, null as unknown as ViewRow])).rejects.toThrow(
      /row 1: not an object/,
    );
    await store.write(everyType.name, rows.slice(0, 10));
    await store.close();
    expect(await tableRows('invalid')).toHaveLength(10);
  });

  it("writes by the table's column order after a migration added a column in the middle of the view", async () => {
    store = await open('migrated');
    await store.write(everyType.name, [row(0)]);
    await store.close();
    const { texts, ...before } = columns;
    const migrated = defineView({
      name: everyType.name,
      version: '0.2.0',
      description: 'one column of each type, and one added (test)',
      columns: { ...before, added: { type: 'string' }, texts },
      key: ['tenant_id', 'id'],
      timeColumn: 'time',
      sortBy: ['tenant_id', 'time'],
      *fromTrace() {},
    });
    store = await open('migrated', [migrated]);
    const duplicates = vi.spyOn(PreparedWrites.prototype, 'duplicates');
    await store.write(everyType.name, [{ ...row(1), added: 'the new column' }]);
    expect(duplicates).toHaveBeenCalledTimes(1);
    await store.close();
    const instance = await DuckDBInstance.create(join(dir, 'migrated.duckdb'), { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const reader = await connection.runAndReadAll(`SELECT id, added, texts, floats FROM every_type_view ORDER BY id`);
    const got = reader.getRowsJS();
    connection.closeSync();
    instance.closeSync();
    expect(got).toEqual([
      ['id-000000', '', [], []],
      ['id-000001', 'the new column', row(1)['texts'], row(1)['floats']],
    ]);
  });
});
