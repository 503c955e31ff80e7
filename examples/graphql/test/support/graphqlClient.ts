/** One GraphQL answer. */
export interface GraphQLAnswer<D = Record<string, unknown>> {
  readonly status: number;
  readonly data?: D;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs a query to `${url}/graphql` with `headers` and returns the status and the parsed body. */
export async function gql<D = Record<string, unknown>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphQLAnswer<D>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const body = (await response.json()) as Omit<GraphQLAnswer<D>, 'status'>;
  return { status: response.status, ...body };
}

/** The data of an answer without errors (throws with the errors otherwise). */
export async function data<D = Record<string, unknown>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<D> {
  const answer = await gql<D>(url, query, options);
  if (answer.errors?.length || answer.data === undefined) {
    throw new Error(`GraphQL errors (status ${answer.status}): ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}
