/** Where the UI keeps the API key for the session (the query API refused a request without one). */
export const API_KEY_STORAGE = 'ht.apiKey';

/**
 * A failed query: `status` is the HTTP status (401 when an API key is needed), 0 when the server was
 * not reached.
 *
 * @example
 * ```ts
 * if (error instanceof QueryError && error.status === 401) askForKey();
 * ```
 */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

/** What a request is scoped to: the tenant picked in the UI (when API keys are off). */
export interface RequestScope {
  readonly tenant?: string;
  readonly signal?: AbortSignal;
}

interface GraphQLAnswer<T> {
  readonly data?: T;
  readonly errors?: readonly { readonly message: string }[];
}

/**
 * Sends one GraphQL query to the `ht` process that served the page (`POST /graphql`), with the session's
 * API key or the picked tenant, and returns its data; a transport, HTTP or GraphQL error throws a
 * {@link QueryError}.
 *
 * @example
 * ```ts
 * const data = await runQuery<{ services: { name: string }[] }>('{ services(startTime: "…", endTime: "…") { name } }', {});
 * ```
 */
export async function runQuery<T>(
  query: string,
  variables: Record<string, unknown>,
  scope: RequestScope = {},
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const key = sessionStorage.getItem(API_KEY_STORAGE);
  if (key) headers['authorization'] = `Bearer ${key}`;
  else if (scope.tenant) headers['x-tenant-id'] = scope.tenant;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      ...(scope.signal ? { signal: scope.signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new QueryError(`the query API did not answer (${(error as Error).message}): is ht running?`, 0);
  }
  let body: GraphQLAnswer<T>;
  try {
    body = (await response.json()) as GraphQLAnswer<T>;
  } catch {
    throw new QueryError(`the query API answered ${response.status} without JSON`, response.status);
  }
  if (body.errors?.length) throw new QueryError(body.errors.map((e) => e.message).join('; '), response.status);
  if (!response.ok || body.data === undefined) {
    throw new QueryError(`the query API answered ${response.status}`, response.status);
  }
  return body.data;
}
