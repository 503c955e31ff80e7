import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitError } from './limitError.js';
import { measureOperation } from './measureOperation.js';
import type { QueryLimits } from './QueryLimits.js';

/**
 * A Yoga plugin refusing an operation deeper than `maxDepth` or costlier than `maxComplexity` before any
 * resolver runs, with an error naming the limit (see {@link measureOperation} for how they are measured).
 *
 * @example
 * ```ts
 * createYoga({ schema, plugins: [limitsPlugin(DEFAULT_QUERY_LIMITS)] });
 * ```
 */
export function limitsPlugin(limits: Pick<QueryLimits, 'maxDepth' | 'maxComplexity'>): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { schema, document, operationName, variableValues } = args as ExecutionArgs;
      const size = measureOperation(schema, document, operationName, variableValues);
      if (size.depth > limits.maxDepth) {
        setResultAndStopExecution({
          errors: [
            limitError(
              'maxDepth',
              `the query is ${size.depth} fields deep, over the depth limit (maxDepth ${limits.maxDepth})`,
            ),
          ],
        });
      } else if (size.complexity > limits.maxComplexity) {
        setResultAndStopExecution({
          errors: [
            limitError(
              'maxComplexity',
              `the query's complexity is ${size.complexity}, over the complexity limit (maxComplexity ${limits.maxComplexity}); ask for fewer fields or smaller limits`,
            ),
          ],
        });
      }
    },
  };
}
