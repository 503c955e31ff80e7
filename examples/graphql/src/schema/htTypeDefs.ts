import { catalogTypeDefs } from './catalogTypeDefs.js';
import { contractTypeDefs } from './contractTypeDefs.js';
import { queryTypeDefs } from './queryTypeDefs.js';
import { traceOutlineTypeDefs } from './traceOutlineTypeDefs.js';

/**
 * The whole schema's SDL: the contract's minimum, then the extensions.
 *
 * @example
 * ```ts
 * import { buildSchema, printSchema } from 'graphql';
 * console.log(printSchema(buildSchema(htTypeDefs)));
 * ```
 */
export const htTypeDefs = `${contractTypeDefs}\n${queryTypeDefs}\n${catalogTypeDefs}\n${traceOutlineTypeDefs}`;
