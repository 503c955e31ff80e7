import { createHash, timingSafeEqual } from 'node:crypto';
import { DEFAULT_TENANT, isTenantId } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';

/**
 * How the receivers (HTTP, gRPC, UDP) and the Kafka source decide the tenant of a request or record
 * (docs/contracts.md, Tenancy): the tenant header (`x-tenant-id`; a gRPC metadata key, a Kafka record
 * header), else the default tenant; when `apiKeys` is set, the key (`authorization: Bearer <key>` or
 * `x-api-key`) decides and a missing or unknown key is refused. A UDP datagram has no headers: it gets the
 * default tenant, or is refused when keys are set. Keys are compared in constant time (SHA-256 digests,
 * `crypto.timingSafeEqual`, every configured key compared) and never put in a message or a log.
 *
 * @example
 * ```ts
 * const tenancy: TenancyOptions = { apiKeys: { 'k-123': 'acme' } };
 * ```
 */
export interface TenancyOptions {
  /** Header / gRPC metadata key carrying the tenant (default `x-tenant-id`). */
  readonly tenantHeader?: string;
  /** Tenant of requests that name none (default `default`). */
  readonly defaultTenant?: string;
  /** API key -> tenant. When set, every request needs a known key. */
  readonly apiKeys?: Readonly<Record<string, string>>;
}

/**
 * The outcome of {@link resolveTenant}.
 *
 * @example
 * ```ts
 * const r: TenantResolution = { ok: false, status: 'unauthenticated', message: 'the API key is not known' };
 * ```
 */
export type TenantResolution =
  | { readonly ok: true; readonly tenantId: string }
  | { readonly ok: false; readonly status: 'unauthenticated' | 'invalid'; readonly message: string };

/**
 * Resolves the tenant of one request from its headers (HTTP headers, gRPC metadata, Kafka record
 * headers), read through `header`; the one tenant rule of every transport. `header` answers `undefined`
 * for a header that is absent (always, for UDP).
 *
 * @example
 * ```ts
 * const r = resolveTenant({}, (name) => req.headers[name] as string | undefined);
 * if (r.ok) console.log(r.tenantId); // 'default' when no x-tenant-id was sent
 * ```
 */
export function resolveTenant(options: TenancyOptions, header: (name: string) => string | undefined): TenantResolution {
  if (options.apiKeys !== undefined) {
    const auth = header('authorization');
    const key = auth?.toLowerCase().startsWith('bearer ') ? auth.slice(7).trim() : header('x-api-key')?.trim();
    if (!key) {
      return {
        ok: false,
        status: 'unauthenticated',
        message: 'an API key is required: send authorization: Bearer <key> or x-api-key',
      };
    }
    const tenantId = tenantOfKey(options.apiKeys, key);
    if (tenantId === undefined) return { ok: false, status: 'unauthenticated', message: 'the API key is not known' };
    return { ok: true, tenantId };
  }
  const sent = header(options.tenantHeader ?? 'x-tenant-id')?.trim();
  if (!sent) return { ok: true, tenantId: options.defaultTenant ?? DEFAULT_TENANT };
  if (!isTenantId(sent)) {
    return {
      ok: false,
      status: 'invalid',
      message: `${options.tenantHeader ?? 'x-tenant-id'} '${sent.slice(0, 40)}' is not a tenant id: use 1-128 letters, digits, '.', '_', ':' or '-'`,
    };
  }
  return { ok: true, tenantId: sent };
}

/**
 * Checks tenancy options at start-up: API keys and tenants must be non-empty tenant ids.
 *
 * @example
 * ```ts
 * validateTenancy({ apiKeys: { '': 'acme' } }); // throws CONFIG_INVALID
 * ```
 */
export function validateTenancy(options: TenancyOptions): void {
  const tenants = [options.defaultTenant ?? DEFAULT_TENANT, ...Object.values(options.apiKeys ?? {})];
  for (const tenant of tenants) {
    if (!isTenantId(tenant)) throw new HtError('CONFIG_INVALID', `tenant '${tenant}' is not a valid tenant id`);
  }
  for (const key of Object.keys(options.apiKeys ?? {})) {
    if (key.trim() === '') throw new HtError('CONFIG_INVALID', 'tenancy.apiKeys has an empty key');
  }
}

/** SHA-256 digests of each configured key with its tenant, computed once per `apiKeys` object. */
const keyDigests = new WeakMap<Readonly<Record<string, string>>, readonly (readonly [Buffer, string])[]>();

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * The tenant of a presented API key, compared in constant time: the key's digest is compared with every
 * configured key's digest by `timingSafeEqual` (equal lengths by construction), without stopping at a
 * match, so the time taken shows neither where a wrong key differs nor which key matched.
 */
function tenantOfKey(apiKeys: Readonly<Record<string, string>>, presented: string): string | undefined {
  let digests = keyDigests.get(apiKeys);
  if (digests === undefined) {
    digests = Object.entries(apiKeys).map(([key, tenant]) => [sha256(key), tenant] as const);
    keyDigests.set(apiKeys, digests);
  }
  const digest = sha256(presented);
  let found: string | undefined;
  for (const [candidate, tenant] of digests) {
    if (timingSafeEqual(candidate, digest) && found === undefined) found = tenant;
  }
  return found;
}
