import { Attributes, SET_DECODED } from '../model/attributes.js';
import type { ReadonlyAttributes } from '../model/attributes.js';
import type { AttributeValue } from '../model/AttributeValue.js';

interface KeyValue<V> {
  key: string;
  value: V;
}

/** The Avro form of attributes: one key/value list per value type (see schemaParts.ts). */
export interface AttributesRecord {
  strings: KeyValue<string>[];
  ints: KeyValue<bigint>[];
  doubles: KeyValue<number>[];
  bools: KeyValue<boolean>[];
  bytes: KeyValue<Buffer>[];
  stringArrays: KeyValue<readonly string[]>[];
  intArrays: KeyValue<readonly bigint[]>[];
  doubleArrays: KeyValue<readonly number[]>[];
  boolArrays: KeyValue<readonly boolean[]>[];
}

// Shared, never written to: most attribute sets use two or three of the nine lists.
const NONE: KeyValue<never>[] = [];

/** Attributes to their Avro record. */
export function attributesToRecord(attrs: ReadonlyAttributes): AttributesRecord {
  const rec: AttributesRecord = {
    strings: NONE,
    ints: NONE,
    doubles: NONE,
    bools: NONE,
    bytes: NONE,
    stringArrays: NONE,
    intArrays: NONE,
    doubleArrays: NONE,
    boolArrays: NONE,
  };
  for (const [key, value] of attrs) {
    switch (typeof value) {
      case 'string':
        (rec.strings === NONE ? (rec.strings = []) : rec.strings).push({ key, value });
        continue;
      case 'bigint':
        (rec.ints === NONE ? (rec.ints = []) : rec.ints).push({ key, value });
        continue;
      case 'number':
        (rec.doubles === NONE ? (rec.doubles = []) : rec.doubles).push({ key, value });
        continue;
      case 'boolean':
        (rec.bools === NONE ? (rec.bools = []) : rec.bools).push({ key, value });
        continue;
    }
    if (value instanceof Uint8Array) {
      const buf = Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      (rec.bytes === NONE ? (rec.bytes = []) : rec.bytes).push({ key, value: buf });
      continue;
    }
    pushArray(rec, key, value);
  }
  return rec;
}

function pushArray(rec: AttributesRecord, key: string, value: AttributeValue): void {
  const first: unknown = (value as readonly unknown[])[0];
  if (typeof first === 'bigint') {
    (rec.intArrays === NONE ? (rec.intArrays = []) : rec.intArrays).push({ key, value: value as readonly bigint[] });
  } else if (typeof first === 'number') {
    const list = rec.doubleArrays === NONE ? (rec.doubleArrays = []) : rec.doubleArrays;
    list.push({ key, value: value as readonly number[] });
  } else if (typeof first === 'boolean') {
    (rec.boolArrays === NONE ? (rec.boolArrays = []) : rec.boolArrays).push({
      key,
      value: value as readonly boolean[],
    });
  } else {
    const list = rec.stringArrays === NONE ? (rec.stringArrays = []) : rec.stringArrays;
    list.push({ key, value: value as readonly string[] });
  }
}

/** Attributes from their Avro record (`keyPrefix` as in {@link Attributes}). */
export function attributesFromRecord(rec: AttributesRecord, keyPrefix = ''): Attributes {
  const attrs = new Attributes(undefined, keyPrefix);
  addAll(attrs, rec.strings);
  addAll(attrs, rec.ints);
  addAll(attrs, rec.doubles);
  addAll(attrs, rec.bools);
  addAll(attrs, rec.bytes);
  addAll(attrs, rec.stringArrays);
  addAll(attrs, rec.intArrays);
  addAll(attrs, rec.doubleArrays);
  addAll(attrs, rec.boolArrays);
  return attrs;
}

function addAll(attrs: Attributes, list: readonly KeyValue<AttributeValue>[]): void {
  for (let i = 0; i < list.length; i++) {
    const kv = list[i]!;
    // Avro's typed lists guarantee the value types: only the key prefix needs checking.
    attrs[SET_DECODED](kv.key, kv.value);
  }
}
