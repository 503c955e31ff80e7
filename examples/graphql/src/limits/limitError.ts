import { GraphQLError } from 'graphql';
import type { ASTNode } from 'graphql';

/**
 * The error of a request over one of the limits: `extensions.code` is `LIMIT_EXCEEDED` and
 * `extensions.limit` names the limit (`maxDepth`, `maxComplexity`, `maxRows`, `maxTimeRangeMs`,
 * `queryTimeoutMs`), which the message names too.
 *
 * @example
 * ```ts
 * throw limitError('maxRows', 'limit 20000 is over the max rows limit (maxRows 10000)');
 * ```
 */
export function limitError(limit: string, message: string, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { ...(nodes ? { nodes } : {}), extensions: { code: 'LIMIT_EXCEEDED', limit } });
}
