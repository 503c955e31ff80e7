import { createHash } from 'node:crypto';
import type { EntityType } from '../model/Entity.js';

// A fixed namespace for @ht entity ids (RFC 4122 name-based ids need one).
const NAMESPACE = Buffer.from('6a1f3e2c9b8d4f7a8e5c0d1b2a3f4e5d', 'hex');

// Enrichers ask for the same few services and APIs on every span: remember recent ids (a SHA-1 is ~1 µs).
const MAX_RECENT = 50_000;
const recent = new Map<string, string>();

/**
 * The stable id of an entity: an RFC 4122 version 5 (SHA-1, name-based) UUID of
 * `tenantId \0 type \0 name`. The same identity always gives the same id, on any instance, after any
 * restart and with either built-in store, so replays and restarts never mint a second id for a service.
 *
 * @example
 * ```ts
 * entityId('default', 'SERVICE', 'checkout'); // e.g. '3f0c…-5…'
 * ```
 */
export function entityId(tenantId: string, type: EntityType, name: string): string {
  const identity = `${tenantId}\u0000${type}\u0000${name}`;
  let id = recent.get(identity);
  if (id === undefined) {
    if (recent.size >= MAX_RECENT) recent.clear();
    id = computeId(identity);
    recent.set(identity, id);
  }
  return id;
}

function computeId(identity: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(identity).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50; // version 5
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
