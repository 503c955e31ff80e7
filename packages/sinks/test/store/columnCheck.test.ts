import { COLUMN_TYPES, isColumnValue } from '@ht/enricher-sdk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnCheck } from '../../src/rows/columnCheck.js';

const values = fc.oneof(
  fc.anything(),
  fc.integer(),
  fc.integer({ min: -(2 ** 33), max: 2 ** 33 }),
  fc.bigInt({ min: -(2n ** 65n), max: 2n ** 65n }),
  fc.double(),
  fc.constantFrom(
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    -1,
    255,
    256,
    65_535,
    65_536,
    2 ** 31,
    2 ** 32,
    -(2 ** 31) - 1,
  ),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.bigInt())),
);

describe('columnCheck', () => {
  it('agrees with isColumnValue on every column type (floats must also be finite)', () => {
    for (const type of COLUMN_TYPES) {
      const check = columnCheck(type);
      fc.assert(
        fc.property(values, (v) => {
          const finite =
            type === 'float32' || type === 'float64'
              ? Number.isFinite(v)
              : type === 'float64Array'
                ? Array.isArray(v) && v.every((x) => Number.isFinite(x))
                : true;
          expect(check(v), `${type} ${fc.stringify(v)}`).toBe(isColumnValue(type, v) && finite);
        }),
        { numRuns: 300 },
      );
    }
  });
});
