import { describe, expect, it } from 'vitest';
import { clickHouseError, clickHouseErrorCode } from '../../src/index.js';

describe('ClickHouse errors', () => {
  it('parses Code: NN from 18.x messages and prefers a typed code', () => {
    expect(
      clickHouseErrorCode(new Error('Code: 202, e.displayText() = DB::Exception: Too many simultaneous queries')),
    ).toBe(202);
    expect(clickHouseErrorCode(Object.assign(new Error('x'), { code: '241' }))).toBe(241);
    expect(clickHouseErrorCode(new Error('connect ECONNREFUSED 127.0.0.1:8123'))).toBeUndefined();
  });

  it('marks busy/overload/network errors retriable, schema and data errors not', () => {
    const cases: [Error, string, boolean][] = [
      [
        new Error('Code: 202, e.displayText() = DB::Exception: Too many simultaneous queries'),
        'DEPENDENCY_UNAVAILABLE',
        true,
      ],
      [new Error('Code: 159, e.displayText() = DB::Exception: Timeout exceeded'), 'TIMEOUT', true],
      [new Error('Code: 252, e.displayText() = DB::Exception: Too many parts (300)'), 'DEPENDENCY_UNAVAILABLE', true],
      [new Error('Code: 241, e.displayText() = DB::Exception: Memory limit exceeded'), 'DEPENDENCY_UNAVAILABLE', true],
      [
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8123'), { code: 'ECONNREFUSED' }),
        'DEPENDENCY_UNAVAILABLE',
        true,
      ],
      [new Error('socket hang up'), 'DEPENDENCY_UNAVAILABLE', true],
      [new Error('Code: 60, e.displayText() = DB::Exception: Table ht.x does not exist'), 'CONFIG_INVALID', false],
      [new Error('Code: 27, e.displayText() = DB::Exception: Cannot parse input'), 'INPUT_INVALID', false],
      [new Error('Code: 999999, something new'), 'INTERNAL', false],
    ];
    for (const [error, code, retriable] of cases) {
      const e = clickHouseError(error, 'insert into t');
      expect({ code: e.code, retriable: e.retriable }, error.message).toEqual({ code, retriable });
      expect(e.message).toContain('insert into t');
      expect(e.cause).toBe(error);
    }
  });
});
