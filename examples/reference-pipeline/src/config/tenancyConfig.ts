import { DEFAULT_TENANT, isTenantId } from '@ht/enricher-sdk';
import { z } from 'zod';

const TENANT_RULE =
  "must be a tenant id; use 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";
const HEADER = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

const tenantId = z.string().refine(isTenantId, { message: TENANT_RULE });

/**
 * The `tenancy` section (docs/contracts.md, Tenancy), in the shape of `TenancyOptions` of `@ht/sources`
 * and checked by the same rule: the header naming a request's tenant (lowercased), the tenant of requests
 * that name none, and `apiKeys`, API key → tenant, which when set makes every request need a known key.
 * API keys never appear in error messages.
 *
 * @example
 * ```ts
 * tenancyConfigSchema.parse({ apiKeys: { 'k-123': 'acme' } }).defaultTenant; // 'default'
 * ```
 */
export const tenancyConfigSchema = z.strictObject({
  tenantHeader: z
    .string()
    .regex(HEADER, { message: 'must be an HTTP header name; use letters, digits and -, e.g. x-tenant-id' })
    .transform((header) => header.toLowerCase())
    .default('x-tenant-id'),
  defaultTenant: tenantId.default(DEFAULT_TENANT),
  apiKeys: z
    .record(
      z.string().refine((key) => key.trim() !== '', { message: 'must not be empty; give each API key some text' }),
      tenantId,
    )
    .optional(),
});

/**
 * The `tenancy` section after validation and defaults: a `TenancyOptions` of `@ht/sources`.
 *
 * @example
 * ```ts
 * import { CollectingSpanSink, startReceivers } from '@ht/sources';
 *
 * const config = await loadConfig('ht.yaml');
 * const tenancy: TenancyConfig = config.tenancy;
 * await startReceivers({ sink: new CollectingSpanSink(), tenancy });
 * ```
 */
export type TenancyConfig = z.output<typeof tenancyConfigSchema>;
