import { describe, expect, it } from 'vitest';
import { HtError, isHtError, toHtError } from '../src/index.js';

describe('HtError', () => {
  it('carries code, retriable flag, cause and context', () => {
    const cause = new Error('socket hang up');
    const err = new HtError('DEPENDENCY_UNAVAILABLE', 'ClickHouse at 127.0.0.1:8123 did not answer', {
      retriable: true,
      cause,
      context: { host: '127.0.0.1' },
    });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('HtError');
    expect(err.code).toBe('DEPENDENCY_UNAVAILABLE');
    expect(err.retriable).toBe(true);
    expect(err.cause).toBe(cause);
    expect(err.context).toEqual({ host: '127.0.0.1' });
    expect(isHtError(err, 'DEPENDENCY_UNAVAILABLE')).toBe(true);
    expect(isHtError(err, 'TIMEOUT')).toBe(false);
  });

  it('defaults to not retriable with empty context', () => {
    const err = new HtError('CONFIG_INVALID', 'bad');
    expect(err.retriable).toBe(false);
    expect(err.context).toEqual({});
    expect(err.cause).toBeUndefined();
  });

  it('toHtError passes HtErrors through and wraps anything else', () => {
    const original = new HtError('TIMEOUT', 'slow');
    expect(toHtError(original)).toBe(original);
    const wrapped = toHtError(new TypeError('x is undefined'), 'USER_FUNCTION_FAILED', 'map callback failed');
    expect(wrapped.code).toBe('USER_FUNCTION_FAILED');
    expect(wrapped.message).toBe('map callback failed: x is undefined');
    expect(wrapped.cause).toBeInstanceOf(TypeError);
    expect(toHtError('boom').message).toBe('boom');
    expect(toHtError('boom').code).toBe('INTERNAL');
  });
});
