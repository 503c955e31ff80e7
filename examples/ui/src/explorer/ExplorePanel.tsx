import { useMemo } from 'react';
import { PANEL_SERIES_QUERY, PANEL_TABLE_QUERY } from '../api/explorerQueries.js';
import type { CatalogView, PanelData } from '../api/explorerQueries.js';
import { ErrorState, Loading } from '../components/States.js';
import { TimeChart } from '../components/TimeChart.js';
import { formatCount, formatDuration } from '../format.js';
import { useQuery } from '../state/useQuery.js';
import { useTimeWindow } from '../state/useTimeWindow.js';
import { SearchSyntaxError } from '../trace/searchExpression.js';
import type { FilterEntry } from '../trace/searchExpression.js';
import { serviceColor } from '../trace/serviceColor.js';
import { aggregationSelect, definitionProblem, groupArgs, groupKeyText, viewFilter } from './exploreDefinition.js';
import type { ExploreDefinition } from './exploreDefinition.js';
import { chartGroups, groupRows, groupSeries, MAX_SERIES_ROWS, TABLE_ROWS, topGroupsFilter } from './exploreSeries.js';

/** How a panel's numbers read: durations for a microsecond column's measures, counts otherwise. */
function valueFormat(d: ExploreDefinition): (value: number) => string {
  const duration = d.of.endsWith('_micros') && d.aggregation !== 'count' && d.aggregation !== 'distinctCount';
  return duration ? formatDuration : formatCount;
}

/**
 * One explore definition drawn: a chart of the aggregation per bucket with a line per group (the top
 * groups) and a table of every group, largest first. `view` is the definition's view as the catalog
 * describes it (undefined: not served); a definition the view cannot answer says why.
 */
export function ExplorePanel({ definition, view }: { definition: ExploreDefinition; view: CatalogView | undefined }) {
  const { window } = useTimeWindow();
  const between = { startTime: window.startTime, endTime: window.endTime };
  let problem = view ? definitionProblem(definition, view) : `no view '${definition.view}' is served by this ht`;
  let filterBy: FilterEntry[] = [];
  if (view && !problem) {
    try {
      filterBy = viewFilter(definition.where, view);
    } catch (error) {
      if (!(error instanceof SearchSyntaxError)) throw error;
      problem = `the conditions cannot be read: ${error.message}${error.at > 0 ? ` (character ${error.at + 1})` : ''}`;
    }
  }
  const base = {
    context: definition.view,
    between,
    select: [aggregationSelect(definition)],
    groupBy: groupArgs(definition),
  };
  const table = useQuery<PanelData>(PANEL_TABLE_QUERY, { ...base, filterBy, limit: TABLE_ROWS }, problem !== undefined);
  const rows = useMemo(
    () => (table.data ? groupRows(table.data.explore.rows, definition.groupBy.length) : []),
    [table.data, definition.groupBy.length],
  );
  const top = rows.slice(0, chartGroups(window));
  const charted = definition.interval === 'auto' && problem === undefined && table.data !== undefined;
  const series = useQuery<PanelData>(
    PANEL_SERIES_QUERY,
    {
      ...base,
      filterBy: [...filterBy, ...topGroupsFilter(definition.groupBy, top)],
      interval: window.interval,
      limit: MAX_SERIES_ROWS,
    },
    !charted || top.length === 0,
  );
  const format = valueFormat(definition);
  // The top groups' labels as one string: the chart's memo keys on their values, not on a new array.
  const labels = JSON.stringify(top.map((r) => r.label));
  const lines = useMemo(() => {
    if (!series.data) return undefined;
    const { times, series: values } = groupSeries(
      window,
      series.data.explore.rows,
      definition.groupBy.length,
      JSON.parse(labels) as string[],
      definition.aggregation,
    );
    return { times, series: values.map((s) => ({ ...s, color: serviceColor(s.label) })) };
  }, [series.data, window, definition.groupBy.length, labels, definition.aggregation]);

  if (problem) {
    return (
      <div className="state empty" role="alert" data-testid="panel-problem">
        <p>Cannot ask this of the view: {problem}.</p>
      </div>
    );
  }
  if (table.error && !table.data) return <ErrorState error={table.error} />;
  if (!table.data) return <Loading what="the rows" />;
  const what = definition.aggregation === 'count' ? 'count' : `${definition.aggregation} of ${definition.of}`;
  return (
    <div className="explore-panel">
      {table.error ? <ErrorState error={table.error} /> : null}
      {rows.length === 0 ? (
        <p className="muted" data-testid="panel-empty">
          No rows match in this range.
        </p>
      ) : (
        <>
          {charted ? (
            series.error ? (
              <ErrorState error={series.error} />
            ) : lines ? (
              <TimeChart times={lines.times} series={lines.series} height={220} format={format} title={what} />
            ) : (
              <Loading what="the chart" />
            )
          ) : null}
          <table className="data" aria-label="Explore results">
            <thead>
              <tr>
                {definition.groupBy.map((g) => (
                  <th key={groupKeyText(g)}>{groupKeyText(g)}</th>
                ))}
                <th className="num">{what}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label}>
                  {r.groups.map((g, i) => (
                    <td key={i}>{g === '' ? <span className="muted">(none)</span> : g}</td>
                  ))}
                  <td className="num">{r.value === null ? '–' : format(r.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length >= TABLE_ROWS ? (
            <p className="hint">
              The first {TABLE_ROWS} groups, largest first; the chart draws the first {top.length}.
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
