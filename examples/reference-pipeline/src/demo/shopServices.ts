import type { SemconvGeneration } from './semconvDialects.js';

/**
 * The trace client a demo service is instrumented with: the OTel JS SDK exporting OTLP/HTTP protobuf
 * (`otlpProto`) or OTLP gRPC (`otlpGrpc`), the OTel Zipkin exporter (`zipkin`) or the OTel Jaeger
 * exporter (`jaeger`, Thrift over HTTP or to the agent's UDP port).
 *
 * @example
 * ```ts
 * const client: DemoClient = 'zipkin';
 * ```
 */
export type DemoClient = 'otlpProto' | 'otlpGrpc' | 'zipkin' | 'jaeger';

/**
 * The name of one service of the simulated shop.
 *
 * @example
 * ```ts
 * const service: ShopServiceName = 'checkout';
 * ```
 */
export type ShopServiceName =
  | 'web-frontend'
  | 'api-gateway'
  | 'catalog'
  | 'cart'
  | 'checkout'
  | 'payment'
  | 'inventory'
  | 'recommendation'
  | 'user'
  | 'notification';

/**
 * One service of the simulated shop: how it is instrumented (its trace client and which generation of
 * the semantic conventions its instrumentation writes) and its OTel resource.
 *
 * @example
 * ```ts
 * SHOP_SERVICES.payment.client; // 'otlpGrpc'
 * ```
 */
export interface ShopService {
  readonly name: ShopServiceName;
  readonly version: string;
  readonly client: DemoClient;
  readonly semconv: SemconvGeneration;
  /** Where the service listens, as other services call it (`catalog:8080`). */
  readonly port: number;
  /** The service's resource attributes (service.name, version, environment, host, k8s for some). */
  readonly resource: Readonly<Record<string, string>>;
}

interface ServiceSpec {
  readonly version: string;
  readonly client: DemoClient;
  readonly semconv: SemconvGeneration;
  readonly port: number;
  /** Runs on Kubernetes (k8s.* resource attributes) rather than a plain VM. */
  readonly k8s: boolean;
  readonly pod: string;
}

const SPECS: Readonly<Record<ShopServiceName, ServiceSpec>> = {
  'web-frontend': { version: '2.14.0', client: 'otlpProto', semconv: 'new', port: 8080, k8s: true, pod: '7c9d5-x2k4p' },
  'api-gateway': { version: '1.9.3', client: 'otlpGrpc', semconv: 'new', port: 8080, k8s: true, pod: '5f7b8-m9q2w' },
  catalog: { version: '3.2.1', client: 'otlpProto', semconv: 'old', port: 8080, k8s: true, pod: '6d4c9-r7t1z' },
  cart: { version: '1.4.0', client: 'otlpGrpc', semconv: 'new', port: 8080, k8s: true, pod: '84b6f-h3n8v' },
  checkout: { version: '2.0.7', client: 'otlpProto', semconv: 'new', port: 8080, k8s: true, pod: '9a1e3-c5d6f' },
  payment: { version: '1.12.2', client: 'otlpGrpc', semconv: 'old', port: 50051, k8s: false, pod: '' },
  inventory: { version: '0.9.5', client: 'jaeger', semconv: 'old', port: 8080, k8s: false, pod: '' },
  recommendation: { version: '4.1.0', client: 'zipkin', semconv: 'old', port: 8080, k8s: true, pod: '3b2a7-p0k9s' },
  user: { version: '2.3.4', client: 'zipkin', semconv: 'old', port: 8080, k8s: false, pod: '' },
  notification: { version: '1.0.3', client: 'otlpGrpc', semconv: 'new', port: 8080, k8s: true, pod: '2e8c4-w6y5u' },
};

function resourceOf(name: ShopServiceName, spec: ServiceSpec): Record<string, string> {
  const environment = spec.semconv === 'new' ? 'deployment.environment.name' : 'deployment.environment';
  const base: Record<string, string> = {
    'service.name': name,
    'service.namespace': 'shop',
    'service.version': spec.version,
    [environment]: 'demo',
  };
  if (!spec.k8s) return { ...base, 'host.name': `${name}-vm-01` };
  const pod = `${name}-${spec.pod}`;
  return {
    ...base,
    'host.name': 'node-pool-a-3',
    'k8s.cluster.name': 'demo',
    'k8s.namespace.name': 'shop',
    'k8s.deployment.name': name,
    'k8s.pod.name': pod,
  };
}

/**
 * The simulated shop's services, by name: a web frontend and an API gateway in front of catalog, cart,
 * checkout, payment (gRPC), inventory, recommendation, user and notification (a Kafka consumer). The
 * README's "Demo traffic" section shows the call graph.
 *
 * @example
 * ```ts
 * for (const service of Object.values(SHOP_SERVICES)) console.log(service.name, service.client);
 * ```
 */
export const SHOP_SERVICES: Readonly<Record<ShopServiceName, ShopService>> = Object.freeze(
  Object.fromEntries(
    (Object.entries(SPECS) as [ShopServiceName, ServiceSpec][]).map(([name, spec]) => [
      name,
      Object.freeze({
        name,
        version: spec.version,
        client: spec.client,
        semconv: spec.semconv,
        port: spec.port,
        resource: Object.freeze(resourceOf(name, spec)),
      }),
    ]),
  ) as Record<ShopServiceName, ShopService>,
);
