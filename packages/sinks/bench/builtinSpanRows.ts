import { createResource, createScope, createSpan, createSpanLink, createTrace } from '@ht/enricher-sdk';
import type { Resource, Trace } from '@ht/enricher-sdk';
import { builtinViews, spanEventView } from '@ht/enricher-sdk/builtins';
import { builtinEnrichers } from '@ht/enricher-sdk/builtins';
import { EnricherChain, loadPlugins, MemoryEntityStore } from '@ht/enricher-sdk/host';
import type { ViewRow } from '../src/index.js';

/**
 * The resource an OTel SDK sends for a service (what `@opentelemetry/sdk-node` with the host, process and
 * k8s detectors reports: 14 attributes), shared by the service's spans as receivers share it per batch.
 */
function sdkResource(service: string, instance: number): Resource {
  return createResource({
    attributes: {
      'service.name': service,
      'service.version': '1.4.2',
      'service.instance.id': `${service}-${instance}`,
      'deployment.environment.name': 'prod',
      'telemetry.sdk.name': 'opentelemetry',
      'telemetry.sdk.language': 'nodejs',
      'telemetry.sdk.version': '1.30.0',
      'host.name': `node-${instance}`,
      'host.arch': 'amd64',
      'os.type': 'linux',
      'process.pid': BigInt(1000 + instance),
      'process.runtime.name': 'nodejs',
      'k8s.namespace.name': 'shop',
      'k8s.pod.name': `${service}-7d9f8-${instance}`,
    },
  });
}

const scope = createScope({ name: '@opentelemetry/instrumentation-http', version: '0.57.0' });

/**
 * `traces` with SDK-sized resources (one per service and instance), an instrumentation scope, and a
 * link on every tenth span, enriched by the built-in chain, as the built-in `span_event_view`'s rows:
 * the rows a pipeline writes for real spans.
 */
export async function builtinSpanEventRows(traces: readonly Trace[]): Promise<ViewRow[]> {
  const rows: ViewRow[] = [];
  for (const t of await builtinEnrichedTraces(traces)) for (const row of spanEventView.fromTrace(t)) rows.push(row);
  return rows;
}

/**
 * `traces` with SDK-sized resources (one per service and instance), an instrumentation scope, and a
 * link on every tenth span, enriched by the built-in chain: the traces a pipeline's views get.
 */
export async function builtinEnrichedTraces(traces: readonly Trace[]): Promise<Trace[]> {
  const resources = new Map<string, Resource>();
  const resourceOf = (service: string, instance: number): Resource => {
    const key = `${service}/${instance}`;
    let resource = resources.get(key);
    if (resource === undefined) resources.set(key, (resource = sdkResource(service, instance)));
    return resource;
  };
  let n = 0;
  const rich = traces.map((t, i) =>
    createTrace({
      tenantId: t.tenantId,
      traceId: t.traceId,
      fragment: t.fragment,
      session: t.session,
      spans: t.spans.map((s) =>
        createSpan({
          ...s,
          attributes: s.attr,
          resource: resourceOf(s.resource.attr.string('service.name') ?? '', i % 3),
          scope,
          links:
            n++ % 10 === 0
              ? [createSpanLink({ traceId: t.traceId, spanId: s.spanId, attributes: { kind: 'retry' } })]
              : [],
        }),
      ),
    }),
  );
  const plugins = await loadPlugins({}, { builtins: { enrichers: builtinEnrichers, views: [] } });
  const chain = new EnricherChain(plugins.enrichers, { entities: new MemoryEntityStore() });
  await chain.start();
  for (const t of rich) await chain.enrich(t);
  await chain.close();
  return rich;
}

/**
 * Every built-in view's rows of `traces` (in their order), cut into batches of about `batchSpans` spans'
 * worth (the last one may be shorter): what a pipeline's sink writes, the views of a batch side by side.
 * `mapRow` may change a view's rows on the way (a bench's variant).
 */
export function builtinViewBatches(
  traces: readonly Trace[],
  batchSpans: number,
  mapRow: (view: string, row: ViewRow) => ViewRow = (_view, row) => row,
): Map<string, ViewRow[]>[] {
  const batches: Map<string, ViewRow[]>[] = [];
  let current = new Map<string, ViewRow[]>();
  let inBatch = 0;
  for (const trace of traces) {
    for (const view of builtinViews) {
      let rows = current.get(view.name);
      if (rows === undefined) current.set(view.name, (rows = []));
      for (const row of view.fromTrace(trace)) rows.push(mapRow(view.name, row));
    }
    inBatch += trace.spans.length;
    if (inBatch >= batchSpans) {
      batches.push(current);
      current = new Map();
      inBatch = 0;
    }
  }
  if (inBatch > 0) batches.push(current);
  return batches;
}
