import type { Resource, Trace } from '@ht/enricher-sdk';

/**
 * The distinct `service.name`s of the traces a pipeline stored, for its progress line ("services 9"): the
 * demo's first check is that traces from every simulated service arrive. Each resource is read once
 * (spans of one request share theirs; a `WeakSet` remembers them without keeping them), and at most
 * `limit` names are kept, so a pipeline fed with endless service names holds a bounded set.
 *
 * @example
 * ```ts
 * const services = new ServiceTally();
 * services.note(trace);
 * services.count; // 3
 * ```
 */
export class ServiceTally {
  private readonly names = new Set<string>();
  private readonly seen = new WeakSet<Resource>();

  constructor(private readonly limit = 10_000) {}

  /** Notes the services of `trace`'s spans. */
  note(trace: Trace): void {
    for (const span of trace.spans) {
      const resource = span.resource;
      if (this.seen.has(resource)) continue;
      this.seen.add(resource);
      if (this.names.size >= this.limit) return;
      const name = resource.attr.string('service.name');
      if (name !== undefined && name !== '') this.names.add(name);
    }
  }

  /** Distinct services noted (at most `limit`). */
  get count(): number {
    return this.names.size;
  }
}
