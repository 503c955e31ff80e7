import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/config/index.js';

describe('parseDuration', () => {
  it('reads a number of ms or a number with a unit', () => {
    expect(parseDuration(250)).toBe(250);
    expect(parseDuration('250')).toBe(250);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('3s')).toBe(3000);
    expect(parseDuration('1.5m')).toBe(90_000);
    expect(parseDuration('24h')).toBe(86_400_000);
    expect(parseDuration('7d')).toBe(604_800_000);
    expect(parseDuration('2w')).toBe(1_209_600_000);
    expect(parseDuration(' 3 s ')).toBe(3000);
  });

  it('refuses anything else', () => {
    for (const bad of ['soon', '3 seconds', '-1s', '3S', '', 'off', -5, Infinity, NaN, true, null, {}]) {
      expect(parseDuration(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
});
