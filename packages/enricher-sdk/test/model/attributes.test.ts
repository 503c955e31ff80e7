import { describe, expect, it } from 'vitest';
import { isHtError } from '@ht/stream-core';
import { Attributes, attributeTypeOf, attributeValueToString } from '../../src/index.js';
import { keysOf, SET_DECODED, setTrusted, setTrustedInt, valuesOf } from '../../src/model/attributes.js';

describe('Attributes', () => {
  const attrs = new Attributes({
    'http.request.method': 'GET',
    'http.response.status_code': 200n,
    'big.int': 2n ** 60n + 1n,
    ratio: 0.25,
    whole: 3,
    ok: true,
    raw: new Uint8Array([1, 2, 255]),
    tags: ['a', 'b'],
    ports: [80n, 443n],
    weights: [0.5, 1.5],
    flags: [true, false],
    empty: [],
  });

  it('returns each value only through the accessor of its type', () => {
    expect(attrs.string('http.request.method')).toBe('GET');
    expect(attrs.int('http.request.method')).toBeUndefined();
    expect(attrs.int('http.response.status_code')).toBe(200);
    expect(attrs.bigint('http.response.status_code')).toBe(200n);
    expect(attrs.double('http.response.status_code')).toBeUndefined();
    expect(attrs.double('ratio')).toBe(0.25);
    expect(attrs.int('whole')).toBeUndefined();
    expect(attrs.double('whole')).toBe(3);
    expect(attrs.number('whole')).toBe(3);
    expect(attrs.number('http.response.status_code')).toBe(200);
    expect(attrs.number('ok')).toBeUndefined();
    expect(attrs.bool('ok')).toBe(true);
    expect(attrs.bytes('raw')).toEqual(new Uint8Array([1, 2, 255]));
    expect(attrs.strings('tags')).toEqual(['a', 'b']);
    expect(attrs.strings('ports')).toBeUndefined();
    expect(attrs.ints('ports')).toEqual([80, 443]);
    expect(attrs.bigints('ports')).toEqual([80n, 443n]);
    expect(attrs.doubles('weights')).toEqual([0.5, 1.5]);
    expect(attrs.bools('flags')).toEqual([true, false]);
    expect(attrs.bigints('empty')).toEqual([]);
    expect(attrs.strings('missing')).toBeUndefined();
  });

  it('keeps int64 values above 2^53 exact', () => {
    expect(attrs.bigint('big.int')).toBe(2n ** 60n + 1n);
    expect(attrs.typeOf('big.int')).toBe('int');
  });

  it('reports types, keys and sizes', () => {
    expect(attrs.size).toBe(12);
    expect(attrs.has('ok')).toBe(true);
    expect(attrs.has('nope')).toBe(false);
    expect([...attrs.keys()].slice(0, 2)).toEqual(['http.request.method', 'http.response.status_code']);
    expect(attrs.typeOf('weights')).toBe('doubleArray');
    expect(attrs.typeOf('raw')).toBe('bytes');
    expect(attrs.typeOf('empty')).toBe('stringArray');
  });

  it('renders any value as a string for string columns', () => {
    expect(attrs.asString('http.response.status_code')).toBe('200');
    expect(attrs.asString('ok')).toBe('true');
    expect(attrs.asString('raw')).toBe('AQL/');
    expect(attrs.asString('tags')).toBe('["a","b"]');
    expect(attrs.asString('ports')).toBe('[80,443]');
    expect(attributeValueToString([Number.NaN, 1])).toBe('["NaN",1]');
  });

  it('rejects invalid values, naming the key', () => {
    const a = new Attributes();
    expect(() => a.set('mixed', ['a', 1] as unknown as string[])).toThrow(/attribute 'mixed'/);
    expect(() => a.set('nil', null as unknown as string)).toThrow(/'nil'.*null/);
    expect(() => a.set('huge', 2n ** 64n)).toThrow(/outside int64/);
    expect(attributeTypeOf({})).toBeUndefined();
    expect(() => a.setInt('f', 1.5)).toThrow(/safe integer/);
    expect(a.setInt('n', 7).bigint('n')).toBe(7n);
  });

  it('enforces the key prefix and freezing', () => {
    const enriched = new Attributes(undefined, 'ht.');
    enriched.set('ht.service.id', 'abc');
    expect(enriched.string('ht.service.id')).toBe('abc');
    try {
      enriched.set('service.id', 'abc');
      expect.unreachable();
    } catch (e) {
      expect(isHtError(e, 'INPUT_INVALID')).toBe(true);
      expect((e as Error).message).toContain("must start with 'ht.'");
    }
    const client = new Attributes({ a: 'x' }).freeze();
    expect(client.isFrozen).toBe(true);
    expect(() => client.set('b', 'y')).toThrow(/read-only/);
    expect(() => client.delete('a')).toThrow(/read-only/);
    expect(client.toObject()).toEqual({ a: 'x' });
  });
});

describe('Attributes storage (shared key layouts)', () => {
  it('keeps sets with the same keys independent, in insertion order, updates in place', () => {
    const a = new Attributes({ x: 'a1', y: 1n });
    const b = new Attributes({ x: 'b1', y: 2n });
    b.set('x', 'b2');
    expect(a.toObject()).toEqual({ x: 'a1', y: 1n });
    expect([...b]).toEqual([
      ['x', 'b2'],
      ['y', 2n],
    ]);
    expect(b.size).toBe(2);
  });

  it('does not see keys that a longer set with the same first keys added', () => {
    const long = new Attributes({ k1: 'a', k2: 'b', k3: 'c' });
    const short = new Attributes({ k1: 'x' });
    expect(short.has('k2')).toBe(false);
    expect(short.get('k3')).toBeUndefined();
    expect(short.size).toBe(1);
    // branching off after k1 with another key, then with a key the long set has later
    short.set('other', 1n).set('k3', 'z');
    expect([...short.keys()]).toEqual(['k1', 'other', 'k3']);
    expect([...long.keys()]).toEqual(['k1', 'k2', 'k3']);
    expect(long.string('k3')).toBe('c');
    expect(short.string('k3')).toBe('z');
    expect(new Attributes({ k1: 1n, k2: 2n }).get('k3')).toBeUndefined();
  });

  it('deletes (keeping the order of the rest) and appends a key set again', () => {
    const attrs = new Attributes({ a: '1', b: '2', c: '3' });
    expect(attrs.delete('missing')).toBe(false);
    expect(attrs.delete('b')).toBe(true);
    expect(attrs.has('b')).toBe(false);
    attrs.set('b', '4').set('d', '5');
    expect([...attrs.keys()]).toEqual(['a', 'c', 'b', 'd']);
    expect(attrs.size).toBe(4);
    expect(new Attributes({ a: '1', b: '2', c: '3' }).toObject()).toEqual({ a: '1', b: '2', c: '3' });
  });

  it('stays correct past the sharing limits (many distinct keys after the same keys)', () => {
    const sets = Array.from({ length: 300 }, (_, i) => new Attributes({ first: 'f', [`id.${i}`]: BigInt(i), last: i }));
    sets.forEach((attrs, i) => {
      expect([...attrs.keys()]).toEqual(['first', `id.${i}`, 'last']);
      expect(attrs.bigint(`id.${i}`)).toBe(BigInt(i));
      expect(attrs.has(`id.${i + 1}`)).toBe(false);
      expect(attrs.double('last')).toBe(i);
    });
  });

  it('checks the key prefix for every write, also for keys other sets already used', () => {
    new Attributes({ 'no.prefix': 'x' });
    const enriched = new Attributes(undefined, 'ht.');
    expect(() => enriched.set('no.prefix', 'x')).toThrow(/must start with 'ht.'/);
    expect(() => enriched[SET_DECODED]('no.prefix', 'x')).toThrow(/must start with 'ht.'/);
    enriched[SET_DECODED]('ht.a', 'x');
    expect(enriched.string('ht.a')).toBe('x');
  });
});

describe('trusted writes (decoders and built-in enrichers)', () => {
  it('builds attributes from decoded keys and values, taking the values array over', () => {
    const values = ['GET', 8080n, ['a']];
    const attrs = Attributes.fromTrusted(['http.request.method', 'server.port', 'tags'], values);
    expect(attrs.toObject()).toEqual({ 'http.request.method': 'GET', 'server.port': 8080n, tags: ['a'] });
    expect(attrs.size).toBe(3);
    // same keys again: a second set with the same layout, independent values
    const other = Attributes.fromTrusted(['http.request.method', 'server.port', 'tags'], ['POST', 1n, []]);
    expect(other.string('http.request.method')).toBe('POST');
    expect(attrs.string('http.request.method')).toBe('GET');
    other.set('extra', true);
    expect([...other.keys()]).toEqual(['http.request.method', 'server.port', 'tags', 'extra']);
    expect(attrs.has('extra')).toBe(false);
  });

  it('keeps the last value of a repeated key, checks the key prefix and the lengths', () => {
    expect(Attributes.fromTrusted(['a', 'b', 'a'], ['1', '2', '3']).toObject()).toEqual({ a: '3', b: '2' });
    expect(() => Attributes.fromTrusted(['ht.a', 'b'], ['1', '2'], 'ht.')).toThrow(/'b' must start with 'ht.'/);
    expect(() => Attributes.fromTrusted(['a'], [])).toThrow(/1 attribute keys but 0 values/);
    expect(Attributes.fromTrusted([], []).size).toBe(0);
  });

  it('refuses read-only sets, keys without the prefix and ints that are not safe integers', () => {
    const frozen = new Attributes(undefined, 'ht.').freeze();
    expect(() => setTrusted(frozen, 'ht.a', 'x')).toThrow(/read-only/);
    const enriched = new Attributes(undefined, 'ht.');
    expect(() => setTrusted(enriched, 'a', 'x')).toThrow(/must start with 'ht.'/);
    expect(() => setTrustedInt(enriched, 'ht.n', 1.5)).toThrow(/safe integer/);
    setTrustedInt(enriched, 'ht.n', 7);
    expect(enriched.bigint('ht.n')).toBe(7n);
  });

  it('gives built-ins the keys and values by position, shared or from a set of its own', () => {
    const shared = new Attributes({ a: '1', b: 2n });
    expect(keysOf(shared).slice(0, shared.size)).toEqual(['a', 'b']);
    expect(valuesOf(shared).slice(0, shared.size)).toEqual(['1', 2n]);
    const own = new Attributes({ a: '1', b: 2n, c: true });
    own.delete('a');
    expect(keysOf(own)).toEqual(['b', 'c']);
    expect(valuesOf(own)).toEqual([2n, true]);
  });
});
