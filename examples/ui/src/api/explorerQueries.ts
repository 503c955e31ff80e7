// The explorer's and dashboards' queries (docs/graphql.md, page → query: explorer), with their answers' types.

/** A served view's column, as the `catalog` query answers it. */
export interface CatalogColumn {
  readonly name: string;
  readonly type: string;
  readonly kind: 'TIME' | 'KEY' | 'DIMENSION' | 'METRIC' | 'ARRAY';
  readonly groupable: boolean;
  readonly aggregatable: boolean;
}

/** A served view, as the `catalog` query answers it. */
export interface CatalogView {
  readonly name: string;
  readonly context: string;
  readonly description: string;
  readonly hasAttributes: boolean;
  readonly explorable: boolean;
  readonly columns: readonly CatalogColumn[];
}

/** The views explore reads, with their columns: the explorer's pickers. */
export const CATALOG_QUERY = `query Catalog {
  catalog { name context description hasAttributes explorable columns { name type kind groupable aggregatable } }
}`;

/** {@link CATALOG_QUERY}'s answer. */
export interface CatalogData {
  readonly catalog: readonly CatalogView[];
}

/** A panel's table: the aggregation per group, largest first (cells: the group values, then the value). */
export const PANEL_TABLE_QUERY = `query PanelTable($context: String!, $between: TimeRange!, $select: [SelectArg!]!, $filterBy: [FilterArg!], $groupBy: [GroupArg!], $limit: Int) {
  explore(context: $context, between: $between, select: $select, filterBy: $filterBy, groupBy: $groupBy, orderBy: [{ key: "value", direction: DESC }], limit: $limit) {
    rows { cells { value } }
  }
}`;

/** A panel's chart: the aggregation per bucket of the top groups (the cells as in the table). */
export const PANEL_SERIES_QUERY = `query PanelSeries($context: String!, $between: TimeRange!, $select: [SelectArg!]!, $filterBy: [FilterArg!], $groupBy: [GroupArg!], $interval: IntervalArg!, $limit: Int) {
  explore(context: $context, between: $between, select: $select, filterBy: $filterBy, groupBy: $groupBy, interval: $interval, limit: $limit) {
    rows { intervalStart cells { value } }
  }
}`;

/** {@link PANEL_TABLE_QUERY}'s and {@link PANEL_SERIES_QUERY}'s answer. */
export interface PanelData {
  readonly explore: {
    readonly rows: readonly {
      readonly intervalStart?: string | null;
      readonly cells: readonly { readonly value: string }[];
    }[];
  };
}

/** A view's attribute key sets with their row counts (views with attributes): the group-by attribute's suggestions. */
export const VIEW_ATTRIBUTE_KEYS_QUERY = `query ViewAttributeKeys($context: String!, $between: TimeRange!) {
  explore(context: $context, between: $between, select: [{ aggregation: COUNT, as: "spans" }],
          groupBy: [{ key: "attribute_keys" }], orderBy: [{ key: "spans", direction: DESC }], limit: 500) {
    rows { cells { name value number values } }
  }
}`;

/** The commonest values of a view's column or attribute (`groupBy` as "value"), for the explorer's condition box. */
export const VIEW_VALUES_QUERY = `query ViewValues($context: String!, $between: TimeRange!, $groupBy: [GroupArg!], $filterBy: [FilterArg!]) {
  explore(context: $context, between: $between, select: [{ aggregation: COUNT, as: "spans" }],
          groupBy: $groupBy, filterBy: $filterBy, orderBy: [{ key: "spans", direction: DESC }], limit: 20) {
    rows { cells { name value number } }
  }
}`;
