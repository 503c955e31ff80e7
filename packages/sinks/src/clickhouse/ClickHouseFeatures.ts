import { HtError } from '@ht/stream-core';

/**
 * What a ClickHouse server supports, from its `version()`. 18.x (Debian's 18.16) lacks DateTime64, Bool,
 * Map, TTL, codecs, skip indexes and query parameters, and needs a setting for LowCardinality; modern
 * servers (20.1+ for DateTime64; we target 23-25) have them all.
 *
 * @example
 * ```ts
 * const store = await createClickHouseStore({ url: 'http://127.0.0.1:8123' });
 * store.features; // on 18.16.1: { version: '18.16.1', major: 18, modern: false, lowCardinalitySetting: true, … }
 * ```
 */
export interface ClickHouseFeatures {
  readonly version: string;
  readonly major: number;
  /** DateTime64(6), Bool, Map, TTL, CODEC, skip indexes. */
  readonly modern: boolean;
  /** LowCardinality needs `allow_experimental_low_cardinality_type=1` (18.x / 19.0-19.8). */
  readonly lowCardinalitySetting: boolean;
  /** Error codes come only in the message text (`Code: NN`), not as a typed error. */
  readonly codeInMessage: boolean;
}

/** The oldest release with everything the modern branch uses (DateTime64 arrived in 20.1, Bool in 21.12). */
const MODERN_FROM = [21, 12] as const;

/**
 * Parses a `version()` string into {@link ClickHouseFeatures}.
 *
 * @example
 * ```ts
 * clickHouseFeatures('24.8.4.13').modern; // true
 * ```
 */
export function clickHouseFeatures(version: string): ClickHouseFeatures {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  if (!match) throw new HtError('DEPENDENCY_UNAVAILABLE', `unrecognized ClickHouse version '${version}'`);
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const modern = major > MODERN_FROM[0] || (major === MODERN_FROM[0] && minor >= MODERN_FROM[1]);
  if (major < 18) throw new HtError('CONFIG_INVALID', `ClickHouse ${version} is too old (18.16 or newer needed)`);
  // 19.x to 21.11 take the 18.x branch: plain types work there, only untested here.
  return {
    version: version.trim(),
    major,
    modern,
    lowCardinalitySetting: major < 19 || (major === 19 && minor < 9),
    codeInMessage: major < 20,
  };
}
