import type { ColumnType } from '@ht/enricher-sdk';
import type { ScalarValue } from '@ht/sinks';
import { GraphQLError } from 'graphql';
import { parseTimeMicros } from './timeText.js';

const bad = (message: string): GraphQLError => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * A filter value given as text, as the column's type: numbers for integer and float columns, booleans,
 * unix µs for datetimes (from RFC 3339), text for strings.
 *
 * @example
 * ```ts
 * typedValue('duration_micros', 'uint64', '1500'); // 1500
 * ```
 */
export function typedValue(column: string, type: ColumnType, text: string): ScalarValue {
  switch (type) {
    case 'string':
    case 'lowCardinalityString':
    case 'stringArray':
    case 'lowCardinalityStringArray':
      return text;
    case 'bool':
      if (text !== 'true' && text !== 'false') throw bad(`'${column}' is a boolean: give true or false`);
      return text === 'true';
    case 'datetime':
      return parseTimeMicros(text, column);
    default: {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n))
        throw bad(`'${column}' is a number: '${text.slice(0, 40)}' is not`);
      if (type === 'float32' || type === 'float64' || type === 'float64Array') return n;
      if (!Number.isInteger(n)) throw bad(`'${column}' is an integer: '${text.slice(0, 40)}' is not`);
      return Number.isSafeInteger(n) ? n : BigInt(text);
    }
  }
}
