/**
 * The view catalog of the query API: the views `explore` reads (the built-in contexts' views and every view
 * of the store's catalog, user views included), each with its columns told apart by what `explore` can do
 * with them. Additive to {@link queryTypeDefs}; documented in docs/graphql.md (catalog).
 *
 * @example
 * ```ts
 * import { buildSchema } from 'graphql';
 * const schema = buildSchema([contractTypeDefs, queryTypeDefs, catalogTypeDefs].join('\n'));
 * ```
 */
export const catalogTypeDefs = /* GraphQL */ `
  extend type Query {
    """
    The views explore reads: the built-in contexts' views first (SPAN, TRACE, API_TRACE, BACKEND_TRACE,
    LOG_EVENT), then every other served view by name (the store's catalog: user views included).
    """
    catalog: [CatalogView!]!
  }

  "One view explore can be asked about, with its columns."
  type CatalogView {
    name: String!
    "What explore's context names it: the built-in context (SPAN, …) or the view's name."
    context: String!
    version: String!
    description: String!
    "The datetime column between and interval apply to; '' when none (explore refuses such a view)."
    timeColumn: String!
    "The columns identifying a row (tenant_id left out)."
    key: [String!]!
    "Whether groupBy, select and filterBy take attributes (the view has attribute_keys and attribute_values)."
    hasAttributes: Boolean!
    "Whether explore reads it: a tenant_id column and a time column."
    explorable: Boolean!
    "In table order; tenant_id, fixed by the request's tenant, and the attribute arrays are left out."
    columns: [CatalogColumn!]!
  }

  "One column of a served view."
  type CatalogColumn {
    name: String!
    "The view's column type: string, lowCardinalityString, bool, int8 … uint64, float32, float64, datetime, stringArray, …"
    type: String!
    kind: ColumnKind!
    description: String!
    "explore can group by it (strings, booleans, integers)."
    groupable: Boolean!
    "explore can aggregate it (SUM, AVG, MIN, MAX, PERCENTILE, DISTINCT_COUNT, AVG_RATE: numbers)."
    aggregatable: Boolean!
  }

  """
  What a column is to explore: TIME (a datetime), KEY (identifies a row: an id), METRIC (a number to
  aggregate), DIMENSION (a string or boolean to group and filter by), ARRAY (filtered with CONTAINS).
  """
  enum ColumnKind {
    TIME
    KEY
    DIMENSION
    METRIC
    ARRAY
  }
`;
