import { describe, expect, it } from 'vitest';
import {
  DEFAULT_JAEGER_API_LIMITS,
  JaegerRequestError,
  parseDependencyRequest,
  parseJaegerDuration,
  parseJaegerTags,
  parseTraceId,
  parseTraceSearch,
} from '../../src/index.js';

const NOW = 1_700_000_000_000_000;
const search = (query: string) => parseTraceSearch(new URLSearchParams(query), DEFAULT_JAEGER_API_LIMITS, NOW);
const refusal = (run: () => unknown): JaegerRequestError => {
  try {
    run();
  } catch (e) {
    if (e instanceof JaegerRequestError) return e;
    throw e;
  }
  throw new Error('expected a JaegerRequestError');
};

describe('parseJaegerDuration (Go duration strings, in µs)', () => {
  it.each([
    ['0', 0],
    ['1500ns', 1.5],
    ['300us', 300],
    ['300µs', 300],
    ['300μs', 300],
    ['1.5ms', 1500],
    ['2s', 2_000_000],
    ['1m30s', 90_000_000],
    ['1h', 3_600_000_000],
    ['.5s', 500_000],
  ])('%s is %d µs', (text, micros) => {
    expect(parseJaegerDuration(text, 'minDuration')).toBe(micros);
  });

  it.each(['', '5', 'fast', '-1ms', '1.5', 'ms', '1d', '1ms2'])('refuses %j naming the parameter', (text) => {
    const e = refusal(() => parseJaegerDuration(text, 'maxDuration'));
    expect(e.status).toBe(400);
    expect(e.message).toContain("'maxDuration'");
  });
});

describe('parseJaegerTags', () => {
  it('reads tag=key:value (colons in the value kept), JSON tags and logfmt tags', () => {
    expect(parseJaegerTags(['url:http://a:8080/x'], [])).toEqual(new Map([['url', 'http://a:8080/x']]));
    expect(parseJaegerTags([], ['{"error":"true","http.status_code":500,"ok":false}'])).toEqual(
      new Map([
        ['error', 'true'],
        ['http.status_code', '500'],
        ['ok', 'false'],
      ]),
    );
    expect(parseJaegerTags([], ['error=true  http.route="/cart/{id} x" q="a\\"b"'])).toEqual(
      new Map([
        ['error', 'true'],
        ['http.route', '/cart/{id} x'],
        ['q', 'a"b'],
      ]),
    );
    expect(parseJaegerTags([], [''])).toEqual(new Map());
  });

  it.each([
    [['novalue'], [], "'tag'"],
    [[], ['{"a"'], 'cannot unmarshal JSON'],
    [[], ['["a"]'], 'JSON object'],
    [[], ['{"a":{"b":1}}'], "'a' is not a string"],
    [[], ['just words'], 'logfmt'],
  ])('refuses %j %j with 400', (simple, json, message) => {
    const e = refusal(() => parseJaegerTags(simple, json));
    expect(e.status).toBe(400);
    expect(e.message).toContain(message);
  });
});

describe('parseTraceSearch', () => {
  it("takes Jaeger's defaults: the 2 days up to now, limit 100", () => {
    expect(search('service=cart')).toEqual({
      service: 'cart',
      tags: new Map(),
      startMicros: NOW - 2 * 24 * 3600e6,
      endMicros: NOW,
      limit: 100,
      traceIds: [],
    });
  });

  it('reads every parameter, and lookback when start is missing', () => {
    expect(
      search('service=cart&operation=GET%20%2Fcart&start=10&end=20&minDuration=1ms&maxDuration=2s&limit=5&tag=a:b'),
    ).toEqual({
      service: 'cart',
      operation: 'GET /cart',
      tags: new Map([['a', 'b']]),
      startMicros: 10,
      endMicros: 20,
      minDurationMicros: 1000,
      maxDurationMicros: 2_000_000,
      limit: 5,
      traceIds: [],
    });
    expect(search('service=cart&lookback=1h').startMicros).toBe(NOW - 3600e6);
    expect(search('service=cart&lookback=custom').startMicros).toBe(NOW - 2 * 24 * 3600e6);
    expect(search('traceID=ABC').traceIds).toEqual(['00000000000000000000000000000abc']);
  });

  it.each([
    ['', "parameter 'service' is required"],
    ['service=a&limit=0', "'limit'"],
    ['service=a&limit=x', "'limit'"],
    ['service=a&limit=1501', 'maxTraces (1500)'],
    ['service=a&start=abc', "'start'"],
    ['service=a&start=20&end=10', "'end' must not be before 'start'"],
    ['service=a&start=0', 'maxTimeRange'],
    ['service=a&minDuration=2ms&maxDuration=1ms', "'maxDuration' should be greater than 'minDuration'"],
    ['traceID=xyz', 'cannot parse traceID'],
  ])('refuses %j with 400: %s', (query, message) => {
    const e = refusal(() => search(query));
    expect(e.status).toBe(400);
    expect(e.message).toContain(message);
  });
});

describe('parseDependencyRequest', () => {
  const deps = (query: string) => parseDependencyRequest(new URLSearchParams(query), DEFAULT_JAEGER_API_LIMITS, NOW);

  it('takes endTs and lookback in ms, by default now and 24 h', () => {
    expect(deps('')).toEqual({ startMicros: NOW - 24 * 3600e6, endMicros: NOW });
    expect(deps('endTs=1000&lookback=500&service=cart')).toEqual({
      startMicros: 500_000,
      endMicros: 1_000_000,
      service: 'cart',
    });
  });

  it('refuses a negative or too long lookback', () => {
    expect(refusal(() => deps('lookback=-1')).message).toContain("'lookback'");
    expect(refusal(() => deps(`lookback=${32 * 24 * 3600e3}`)).message).toContain('maxTimeRange');
  });
});

describe('parseTraceId', () => {
  it('pads to 32 lowercase hex digits and refuses anything else', () => {
    expect(parseTraceId('4BF92F3577B34DA6A3CE929D0E0E4736')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(parseTraceId('1')).toBe('00000000000000000000000000000001');
    for (const bad of ['', 'g', '0'.repeat(33), "1' OR '1"]) expect(refusal(() => parseTraceId(bad)).status).toBe(400);
  });
});
