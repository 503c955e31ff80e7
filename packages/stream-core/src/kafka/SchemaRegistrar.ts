import type { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { HtError } from '../errors/HtError.js';

/**
 * The little a Kafka writer needs from a schema registry: register a schema under a subject and get its
 * id (an already registered schema gives its existing id). `confluentSchemaRegistrar` implements it over
 * `@kafkajs/confluent-schema-registry`.
 *
 * @example
 * ```ts
 * const registrar: SchemaRegistrar = confluentSchemaRegistrar({ url: 'http://127.0.0.1:8081/apis/ccompat/v7' });
 * const id = await registrar.register('raw-spans-value', { type: 'record', name: 'Line', fields: [{ name: 'text', type: 'string' }] });
 * ```
 */
export interface SchemaRegistrar {
  /** Where the registry is, for error messages. */
  readonly url: string;
  /**
   * Registers an Avro `schema` (plain JSON) under `subject`; resolves to its id. Rejects with a retriable
   * `DEPENDENCY_UNAVAILABLE` `HtError` when the registry does not answer (or answers 5xx), with a
   * non-retriable `CONFIG_INVALID` one when it refuses the schema (incompatible, malformed).
   */
  register(subject: string, schema: object): Promise<number>;
}

/**
 * Options of {@link confluentSchemaRegistrar}.
 *
 * @example
 * ```ts
 * const options: ConfluentSchemaRegistrarOptions = { url: 'http://127.0.0.1:8081/apis/ccompat/v7' };
 * ```
 */
export interface ConfluentSchemaRegistrarOptions {
  /** The Confluent-compatible REST API (Confluent, Karapace, Apicurio's `…/apis/ccompat/v7`). */
  readonly url: string;
  /** Basic auth, when the registry wants it. */
  readonly auth?: { readonly username: string; readonly password: string };
}

/** Socket errors in the text of the client's status-400 "response" for a request that never got one. */
const NETWORK_ERROR =
  /\b(ECONNREFUSED|ECONNRESET|ECONNABORTED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE)\b|socket hang up|Timeout \(/;

/**
 * A {@link SchemaRegistrar} over `@kafkajs/confluent-schema-registry` (an optional peer dependency of
 * `@ht/stream-core`, like kafkajs). The client is asked once per call: cache ids in the caller (the
 * `ConfluentAvroEncoder` does).
 *
 * @example
 * ```ts
 * const registrar = confluentSchemaRegistrar({ url: process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081' });
 * ```
 */
export function confluentSchemaRegistrar(options: ConfluentSchemaRegistrarOptions): SchemaRegistrar {
  // Loaded on first use: the rest of this entry point works without the optional peer installed.
  let client: Promise<{ registry: SchemaRegistry; avro: string }> | undefined;
  const registry = () =>
    (client ??= import('@kafkajs/confluent-schema-registry').then(({ SchemaRegistry, SchemaType }) => ({
      registry: new SchemaRegistry({
        host: options.url,
        ...(options.auth ? { auth: options.auth } : {}),
        // Our own retries (ConfluentAvroEncoder) decide how long to wait; one attempt per call here.
        retry: { retries: 0 },
      }),
      avro: SchemaType.AVRO,
    })));
  return {
    url: options.url,
    async register(subject, schema) {
      const { registry: client, avro } = await registry();
      try {
        const { id } = await client.register({ type: avro as never, schema: JSON.stringify(schema) }, { subject });
        return id;
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        const message = error instanceof Error ? error.message : String(error);
        // The client reports a registry it cannot reach (connection refused, reset, timed out) as a
        // response of status 400 whose body is the socket error's text: that is not a refusal.
        const unreachable = NETWORK_ERROR.test(message);
        if (typeof status === 'number' && status >= 400 && status < 500 && status !== 429 && !unreachable) {
          throw new HtError(
            'CONFIG_INVALID',
            `schema registry ${options.url} refused the schema of subject "${subject}" (${status}): ${message}`,
            { cause: error, context: { subject } },
          );
        }
        throw new HtError(
          'DEPENDENCY_UNAVAILABLE',
          `schema registry ${options.url} did not register subject "${subject}": ${message}`,
          { retriable: true, cause: error, context: { subject } },
        );
      }
    },
  };
}
