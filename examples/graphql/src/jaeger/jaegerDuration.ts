import { JaegerRequestError } from './JaegerRequestError.js';

/** Nanoseconds per unit of a Go duration string. */
const UNIT_NANOS: Readonly<Record<string, number>> = {
  ns: 1,
  us: 1e3,
  µs: 1e3, // U+00B5 micro sign
  μs: 1e3, // U+03BC Greek mu
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

const TERM = /(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/y;

/**
 * Parses a duration the way Jaeger does (Go's `time.ParseDuration`: `1.5ms`, `300us`, `1h30m`, `0`)
 * into microseconds; `param` names the parameter in the 400 error a malformed or negative one gets.
 *
 * @example
 * ```ts
 * parseJaegerDuration('1.5ms', 'minDuration'); // 1500
 * ```
 */
export function parseJaegerDuration(text: string, param: string): number {
  const refuse = (): never => {
    throw new JaegerRequestError(
      400,
      `unable to parse param '${param}': invalid duration ${JSON.stringify(text.slice(0, 64))}; use a number with a unit (ns, us, ms, s, m, h), e.g. 1.5ms`,
    );
  };
  const input = text.trim().replace(/^\+/, '');
  if (input === '0') return 0;
  if (input === '') refuse();
  let nanos = 0;
  TERM.lastIndex = 0;
  while (TERM.lastIndex < input.length) {
    const at = TERM.lastIndex;
    const match = TERM.exec(input);
    if (!match || match.index !== at) return refuse();
    const [, number = '', unit = ''] = match;
    if (number === '' || number === '.') return refuse();
    nanos += Number(number) * UNIT_NANOS[unit]!;
  }
  if (!Number.isFinite(nanos)) refuse();
  return nanos / 1e3;
}
