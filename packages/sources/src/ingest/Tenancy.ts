import { DEFAULT_TENANT } from '@ht/enricher-sdk';
import { HtError } from '@ht/stream-core';

/**
 * How receivers decide a request's tenant (docs/contracts.md, Tenancy): the tenant header (`x-tenant-id`), else
 * the default tenant; when `apiKeys` is set, the key (`authorization: Bearer <key>` or `x-api-key`) decides
 * and a missing or unknown key is refused.
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

const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * Resolves the tenant of one request from its headers (or gRPC metadata), read through `header`
 * (lowercase names).
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
    const tenantId = Object.hasOwn(options.apiKeys, key) ? options.apiKeys[key] : undefined;
    if (tenantId === undefined) return { ok: false, status: 'unauthenticated', message: 'the API key is not known' };
    return { ok: true, tenantId };
  }
  const sent = header(options.tenantHeader ?? 'x-tenant-id')?.trim();
  if (!sent) return { ok: true, tenantId: options.defaultTenant ?? DEFAULT_TENANT };
  if (!TENANT_ID.test(sent)) {
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
    if (!TENANT_ID.test(tenant)) throw new HtError('CONFIG_INVALID', `tenant '${tenant}' is not a valid tenant id`);
  }
  for (const key of Object.keys(options.apiKeys ?? {})) {
    if (key.trim() === '') throw new HtError('CONFIG_INVALID', 'tenancy.apiKeys has an empty key');
  }
}
