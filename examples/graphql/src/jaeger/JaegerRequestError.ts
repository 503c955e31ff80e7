/**
 * A request the Jaeger API refuses, with the HTTP status it answers (400 for a malformed parameter, 401
 * for a missing or unknown API key, 404 for a trace not found, 504 for a query that met its time limit)
 * and a message naming the parameter or the limit.
 *
 * @example
 * ```ts
 * throw new JaegerRequestError(400, "parameter 'service' is required");
 * ```
 */
export class JaegerRequestError extends Error {
  override readonly name = 'JaegerRequestError';
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
