import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The size of one GraphQL operation, as the limits measure it: `depth`, the deepest field nesting, and
 * `complexity`, each field counting 1 plus its sub-selection's cost times its `limit` argument (given, a
 * variable, or the argument's default; 1 without one). Introspection fields (`__schema`, `__type`) are free.
 *
 * @example
 * ```ts
 * import { buildSchema, parse } from 'graphql';
 *
 * const document = parse('query($f: TraceFilter!) { traces(filter: $f, limit: 20) { traceId } }');
 * const size: OperationSize = measureOperation(buildSchema(htTypeDefs), document, undefined, {});
 * size.complexity; // 1 + 20 × 1 = 21
 * ```
 */
export interface OperationSize {
  readonly depth: number;
  readonly complexity: number;
}

/**
 * Measures the operation of `document` named `operationName` (or its only one): see {@link OperationSize}.
 *
 * @example
 * ```ts
 * import { buildSchema, parse } from 'graphql';
 *
 * const { depth } = measureOperation(buildSchema(htTypeDefs), parse('{ services(startTime: "", endTime: "") { name } }'), undefined, {});
 * ```
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): OperationSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION && (operationName ? d.name?.value === operationName : !operation)) {
      operation = d;
    }
  }
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return { depth: 0, complexity: 0 };

  const walk = (
    set: SelectionSetNode,
    type: GraphQLNamedType,
    seen: ReadonlySet<string>,
  ): { depth: number; complexity: number } => {
    let depth = 0;
    let complexity = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[s.name.value] : undefined;
        let multiplier = 1;
        const limitArg = field?.args.find((a) => a.name === 'limit');
        if (limitArg) {
          const given = s.arguments?.find((a) => a.name.value === 'limit');
          const value = given ? valueFromAST(given.value, limitArg.type, variables ?? {}) : limitArg.defaultValue;
          if (typeof value === 'number' && value > 1) multiplier = value;
        }
        const inner =
          s.selectionSet && field ? walk(s.selectionSet, getNamedType(field.type), seen) : { depth: 0, complexity: 0 };
        depth = Math.max(depth, 1 + inner.depth);
        complexity += 1 + multiplier * inner.complexity;
      } else {
        const fragment = s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value) : s;
        const name = s.kind === Kind.FRAGMENT_SPREAD ? s.name.value : undefined;
        if (!fragment || (name !== undefined && seen.has(name))) continue;
        const on = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        const inner = walk(fragment.selectionSet, on ?? type, name === undefined ? seen : new Set([...seen, name]));
        depth = Math.max(depth, inner.depth);
        complexity += inner.complexity;
      }
    }
    return { depth, complexity };
  };
  return walk(operation.selectionSet, root, new Set());
}
