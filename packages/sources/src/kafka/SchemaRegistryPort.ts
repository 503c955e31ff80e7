import { HtError } from '@ht/stream-core';

/**
 * A schema as the registry holds it: its text exactly as registered, its type, and the subjects it
 * is a version of.
 *
 * @example
 * ```ts
 * const s: RegistrySchema = { id: 7, schemaType: 'AVRO', schema: '{"type":"record",…}', subjects: ['spans-value'] };
 * ```
 */
export interface RegistrySchema {
  readonly id: number;
  /** `AVRO`, `PROTOBUF` or `JSON`. */
  readonly schemaType: string;
  readonly schema: string;
  readonly subjects: readonly string[];
}

/**
 * The little the Avro decoder needs from a schema registry: a schema by id, as text. Parsing stays
 * with our codecs, whose longs are bigints (a client that parses with its own avsc loses them).
 *
 * @example
 * ```ts
 * const registry: SchemaRegistryPort = httpSchemaRegistry({ url: 'http://127.0.0.1:8081/apis/ccompat/v7' });
 * const schema = await registry.schemaById(7);
 * ```
 */
export interface SchemaRegistryPort {
  /**
   * The schema registered under `id`, or `undefined` when the registry has none. Rejects with a
   * retriable `DEPENDENCY_UNAVAILABLE` `HtError` when the registry does not answer.
   */
  schemaById(id: number): Promise<RegistrySchema | undefined>;
}

/**
 * Options of {@link httpSchemaRegistry}.
 *
 * @example
 * ```ts
 * const options: HttpSchemaRegistryOptions = { url: 'http://127.0.0.1:8081/apis/ccompat/v7', timeoutMs: 5_000 };
 * ```
 */
export interface HttpSchemaRegistryOptions {
  /** The Confluent-compatible REST API (Apicurio: `…/apis/ccompat/v7`). */
  readonly url: string;
  /** Per request. Default 10 000 ms. */
  readonly timeoutMs?: number;
  /** Extra request headers (e.g. `authorization`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A {@link SchemaRegistryPort} over the Confluent schema-registry REST API (Confluent, Apicurio's
 * ccompat, Karapace): `GET /schemas/ids/{id}` for the text and `GET /schemas/ids/{id}/versions` for the
 * subjects, with Node's `fetch`.
 *
 * @example
 * ```ts
 * const registry = httpSchemaRegistry({ url: process.env['HT_SCHEMA_REGISTRY_URL'] ?? 'http://127.0.0.1:8081' });
 * ```
 */
export function httpSchemaRegistry(options: HttpSchemaRegistryOptions): SchemaRegistryPort {
  const base = options.url.replace(/\/+$/, '');
  const get = async (path: string): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        headers: { accept: 'application/vnd.schemaregistry.v1+json, application/json', ...options.headers },
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw unavailable(`GET ${path} failed`, error);
    }
    if (response.status === 404) return undefined;
    if (!response.ok) {
      const text = (await response.text().catch(() => '')).slice(0, 200);
      if (response.status >= 500 || response.status === 429) {
        throw unavailable(`GET ${path} answered ${response.status} ${text}`);
      }
      throw new HtError('CONFIG_INVALID', `schema registry: GET ${path} answered ${response.status} ${text}`, {
        context: { url: base },
      });
    }
    return response.json();
  };
  return {
    async schemaById(id) {
      const [found, versions] = await Promise.all([get(`/schemas/ids/${id}`), get(`/schemas/ids/${id}/versions`)]);
      if (found === undefined) return undefined;
      const { schema, schemaType } = found as { schema?: unknown; schemaType?: unknown };
      if (typeof schema !== 'string') throw unavailable(`GET /schemas/ids/${id} gave no schema text`);
      const subjects = Array.isArray(versions)
        ? versions.flatMap((v) => {
            const subject = (v as { subject?: unknown }).subject;
            return typeof subject === 'string' ? [subject] : [];
          })
        : [];
      return { id, schema, schemaType: typeof schemaType === 'string' ? schemaType : 'AVRO', subjects };
    },
  };
}

function unavailable(problem: string, cause?: unknown): HtError {
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return new HtError('DEPENDENCY_UNAVAILABLE', `schema registry: ${problem}${detail}`, { cause, retriable: true });
}
