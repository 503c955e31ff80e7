import { describe, expect, it } from 'vitest';
import { goldenOf, goldenPath, readGolden } from './golden.js';

const SPACES = {
  rules: [
    { attribute: 'k8s.namespace.name' },
    { attribute: 'ht.api.name', matches: '^POST /checkout', space: 'checkout-team' },
    { attribute: 'service.name', equals: 'cart', space: 'cart-team', tenants: ['default'] },
    { attribute: 'service.name', equals: 'frontend', space: 'never', tenants: ['other-tenant'] },
  ],
};

/** Which golden cases each built-in is checked on (where it has something to say, plus a contrast). */
const MATRIX: readonly (readonly [string, readonly string[], unknown?])[] = [
  ['semconv', ['http-checkout', 'grpc', 'sql', 'redis', 'kafka', 'zipkin-tags', 'errors-exceptions']],
  ['resource-attributes', ['http-checkout']],
  ['clock-skew', ['clock-skew', 'http-checkout']],
  ['span-type', ['http-checkout', 'grpc', 'kafka', 'broken-parents']],
  ['api-status', ['http-checkout', 'grpc', 'errors-exceptions', 'zipkin-tags']],
  ['api-boundary', ['http-checkout', 'kafka', 'broken-parents']],
  ['service-entity', ['http-checkout', 'broken-parents']],
  ['api-naming', ['http-checkout', 'grpc', 'kafka', 'zipkin-tags', 'broken-parents']],
  ['transaction-name', ['http-checkout', 'broken-parents']],
  ['errors', ['errors-exceptions', 'grpc']],
  ['backend', ['http-checkout', 'grpc', 'sql', 'redis', 'kafka', 'zipkin-tags']],
  ['http', ['http-checkout', 'kafka', 'zipkin-tags']],
  ['grpc', ['grpc', 'errors-exceptions']],
  ['user-agent', ['browser-user-agents', 'http-checkout']],
  ['spaces', ['http-checkout'], SPACES],
  ['exit-calls', ['http-checkout', 'kafka', 'sql']],
  ['trace-stats', ['http-checkout', 'kafka', 'clock-skew', 'broken-parents']],
  ['entity-writes', ['http-checkout', 'sql']],
];

describe('built-in enrichers match their golden files (HT_UPDATE_GOLDEN=1 rewrites them)', () => {
  for (const [enricher, cases, config] of MATRIX) {
    describe(enricher, () => {
      for (const caseName of cases) {
        it(caseName, async () => {
          const actual = JSON.parse(JSON.stringify(await goldenOf(enricher, caseName, config))) as unknown;
          const golden = readGolden(enricher, caseName, actual);
          expect(golden, `missing ${goldenPath(enricher, caseName)}`).toBeDefined();
          expect(actual).toEqual(golden);
        });
      }
    });
  }
});
