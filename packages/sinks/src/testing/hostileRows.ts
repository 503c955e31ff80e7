import type { ViewRow } from '../store/ViewStore.js';
import { FIXTURE_START_MICROS } from './fixtureTraces.js';

/**
 * Strings that break naive SQL or JavaScript: quotes, backslashes, LIKE wildcards, case pairs, unicode,
 * control characters, prototype names and the empty string.
 *
 * @example
 * ```ts
 * const where = [or(...HOSTILE_STRINGS.map((name) => eq('span_name', name)))];
 * ```
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  '%',
  '_',
  '\\',
  "it's",
  '100% off_sale',
  'a\\%b',
  'GET /Cart',
  'get /cart',
  'naïve 🚀 Ünïcode',
  'tab\tnew\nline',
  '__proto__',
  'constructor',
  'toString',
  "O'Brien\\agent",
];

/**
 * Attribute pairs of the hostile rows: keys that are prototype names or empty, numeric-looking and
 * non-numeric values, wildcards in values.
 */
const ATTRIBUTES: readonly (readonly [string, string])[][] = [
  [
    ['__proto__', 'polluted'],
    ['http.status_code', '500'],
  ],
  [
    ['constructor', ''],
    ['http.status_code', '404'],
    ['note', '50%_off'],
  ],
  [
    ['', 'empty key'],
    ['http.status_code', '-1.5'],
  ],
  [
    ['http.status_code', '1e3'],
    ['note', "it's \\ 100%"],
  ],
  [
    ['http.status_code', 'abc'],
    ['toString', 'GET /Cart'],
  ],
  [
    ['http.status_code', '0500'],
    ['note', 'naïve 🚀'],
  ],
  [
    ['http.status_code', ''],
    ['note', 'get /cart'],
  ],
  [],
];

/**
 * Rows of `fixture_span_event_view` with a hostile string as span name, service and status, and hostile
 * attributes, for `tenantId` (default `default`): what the filter conformance cases read beside the
 * fixture traces.
 *
 * @example
 * ```ts
 * await store.write('fixture_span_event_view', hostileSpanRows());
 * ```
 */
export function hostileSpanRows(tenantId = 'default'): ViewRow[] {
  return HOSTILE_STRINGS.map((name, i) => {
    const attributes = ATTRIBUTES[i % ATTRIBUTES.length]!;
    return {
      tenant_id: tenantId,
      trace_id: `hostile${String(i).padStart(25, '0')}`,
      span_id: `hostile${String(i).padStart(9, '0')}`,
      parent_span_id: '',
      service_name: HOSTILE_STRINGS[(i + 3) % HOSTILE_STRINGS.length]!,
      span_name: name,
      span_kind: 'SERVER',
      start_time: FIXTURE_START_MICROS + i * 1_000_000,
      duration_micros: 1000 * (i + 1),
      status_code: i % 3 === 0 ? 'ERROR' : 'OK',
      error_count: i % 3 === 0 ? 1 : 0,
      is_entry: i % 2 === 0,
      http_status: 200 + i,
      size_ratio: i / 7,
      attribute_keys: attributes.map(([k]) => k),
      attribute_values: attributes.map(([, v]) => v),
    };
  });
}
