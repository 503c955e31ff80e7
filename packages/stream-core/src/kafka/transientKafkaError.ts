/** kafkajs errors of a broker that is away for now (down, restarting, unreachable), whatever wraps them. */
const TRANSIENT = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSNumberOfRetriesExceeded',
  'KafkaJSBrokerNotFound',
  'KafkaJSGroupCoordinatorNotFound',
  'KafkaJSLockTimeout',
  'KafkaJSMetadataNotLoaded',
]);

/**
 * Whether a kafkajs error says the broker is away for now rather than refusing the request: an error of
 * one of the connection kinds, or marked retriable, anywhere along its `cause` chain. kafkajs wraps the
 * last error of retries that ran out (a broker down longer than its retries) in a
 * `KafkaJSNonRetriableError`, which is not retriable itself; what it wraps says what happened.
 *
 * @example
 * ```ts
 * const exhausted = Object.assign(new Error('Connection error'), { name: 'KafkaJSNonRetriableError', retriable: false,
 *   cause: Object.assign(new Error('connect ECONNREFUSED'), { name: 'KafkaJSConnectionError', retriable: true }) });
 * isTransientKafkaError(exhausted); // true
 * ```
 */
export function isTransientKafkaError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 10 && typeof e === 'object' && e !== null; depth++) {
    const { name, retriable, cause } = e as { name?: unknown; retriable?: unknown; cause?: unknown };
    if (retriable === true || (typeof name === 'string' && TRANSIENT.has(name))) return true;
    e = cause;
  }
  return false;
}
