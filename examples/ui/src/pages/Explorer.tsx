import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CATALOG_QUERY, VIEW_ATTRIBUTE_KEYS_QUERY } from '../api/explorerQueries.js';
import type { AttributeKeysData } from '../api/queries.js';
import type { CatalogData, CatalogView } from '../api/explorerQueries.js';
import { ErrorState, Loading } from '../components/States.js';
import {
  DashboardFormatError,
  encodeDashboard,
  loadDashboards,
  saveDashboards,
  withPanel,
} from '../explorer/dashboards.js';
import { ExplorePanel } from '../explorer/ExplorePanel.js';
import {
  AGGREGATIONS,
  definitionFromParams,
  definitionParams,
  definitionTitle,
  forView,
  groupKeyText,
  viewFilter,
} from '../explorer/exploreDefinition.js';
import type { ExploreDefinition } from '../explorer/exploreDefinition.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useTimeWindow } from '../state/useTimeWindow.js';
import { ConditionBox } from '../trace/ConditionBox.js';
import { SearchSyntaxError } from '../trace/searchExpression.js';
import { attributeKeys } from '../trace/suggestions.js';

/** The explorer's pickers' label of a view: its context, and the view behind a built-in one. */
function viewLabel(v: CatalogView): string {
  return v.context === v.name ? v.name : `${v.context} (${v.name})`;
}

/**
 * The explorer: any view the query API serves (the `catalog`, user views included), filtered with the trace
 * search's condition language, grouped by columns or attributes, one aggregation, per bucket of the range
 * (a line per group) and in a table; the definition lives in the URL, and "Save to dashboard" adds it as a
 * panel to a dashboard saved in the browser.
 */
export default function Explorer() {
  const [params, setParams] = useSearchParams();
  // The URL holds the definition, but the router applies a change in a transition: the pickers show the
  // picked value at once from local state (an arrow key pressed before the URL catches up is not lost),
  // and a URL changed from outside (back, a link) wins.
  const fromUrl = definitionFromParams(params);
  const urlKey = params.toString();
  const [local, setLocal] = useState({ urlKey, definition: fromUrl });
  let definition = local.definition;
  if (local.urlKey !== urlKey) {
    setLocal({ urlKey, definition: fromUrl });
    definition = fromUrl;
  }
  const catalog = useQuery<CatalogData>(CATALOG_QUERY, {});
  const views = useMemo(() => catalog.data?.catalog.filter((v) => v.explorable) ?? [], [catalog.data]);
  const view = views.find((v) => v.context === definition.view || v.name === definition.view);
  const update = (next: ExploreDefinition): void => {
    setLocal((l) => ({ ...l, definition: next }));
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        for (const [name, value] of Object.entries(definitionParams(next))) {
          if (value === '') copy.delete(name);
          else copy.set(name, value);
        }
        // An empty grouping is written, so the view's default grouping does not come back.
        if (next.groupBy.length === 0) copy.set('group', '');
        return copy;
      },
      { replace: true },
    );
  };
  return (
    <section>
      <h1>Explorer</h1>
      {catalog.error && !catalog.data ? <ErrorState error={catalog.error} /> : null}
      {!catalog.data && !catalog.error ? <Loading what="the views" /> : null}
      {catalog.data ? (
        <>
          <ExploreForm definition={definition} views={views} view={view} onChange={update} />
          <div className="panel" data-testid="explore-panel">
            <h2>{definitionTitle(definition)}</h2>
            {/* A new question is a new panel: no rows of the last one shown under the new one's columns. */}
            <ExplorePanel key={JSON.stringify(definitionParams(definition))} definition={definition} view={view} />
          </div>
          <SaveToDashboard definition={definition} />
        </>
      ) : null}
    </section>
  );
}

function ExploreForm({
  definition,
  views,
  view,
  onChange,
}: {
  definition: ExploreDefinition;
  views: readonly CatalogView[];
  view: CatalogView | undefined;
  onChange: (next: ExploreDefinition) => void;
}) {
  const groupable = view?.columns.filter((c) => c.groupable) ?? [];
  const aggregatable = view?.columns.filter((c) => c.aggregatable) ?? [];
  const used = new Set(definition.groupBy.map(groupKeyText));
  const [attribute, setAttribute] = useState('');
  // The view's attribute keys, suggested once the attribute box is first used (most used first).
  const { window } = useTimeWindow();
  const between = { startTime: window.startTime, endTime: window.endTime };
  let invalid: string | undefined;
  if (view) {
    try {
      viewFilter(definition.where, view);
    } catch (error) {
      if (!(error instanceof SearchSyntaxError)) throw error;
      invalid = `The conditions cannot be read: ${error.message}${error.at > 0 ? ` (character ${error.at + 1})` : ''}.`;
    }
  }
  const [suggest, setSuggest] = useState(false);
  const keysState = useQuery<AttributeKeysData>(
    VIEW_ATTRIBUTE_KEYS_QUERY,
    { context: view?.context ?? '', between },
    !suggest || !view?.hasAttributes,
  );
  const keys = useMemo(() => (keysState.data ? attributeKeys(keysState.data).slice(0, 200) : []), [keysState.data]);
  const addAttribute = (): void => {
    const key = attribute.trim().replace(/,/g, '');
    if (key && !used.has(`@${key}`)) onChange({ ...definition, groupBy: [...definition.groupBy, { attribute: key }] });
    setAttribute('');
  };
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Explore">
      <label>
        View
        <select
          aria-label="View"
          value={view?.context ?? definition.view}
          onChange={(e) => {
            const next = views.find((v) => v.context === e.target.value);
            if (next) onChange(forView(definition, next.context, next));
          }}
        >
          {view ? null : <option value={definition.view}>{definition.view} (not served)</option>}
          {views.map((v) => (
            <option key={v.name} value={v.context} title={v.description}>
              {viewLabel(v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Aggregation
        <select
          aria-label="Aggregation"
          value={definition.aggregation}
          onChange={(e) => {
            const aggregation = e.target.value as ExploreDefinition['aggregation'];
            const of =
              aggregation === 'count'
                ? ''
                : definition.of ||
                  (aggregatable.some((c) => c.name === 'duration_micros')
                    ? 'duration_micros'
                    : (aggregatable[0]?.name ?? ''));
            onChange({ ...definition, aggregation, of });
          }}
        >
          {AGGREGATIONS.some((a) => a.value === definition.aggregation) ? null : (
            <option value={definition.aggregation}>{definition.aggregation}</option>
          )}
          {AGGREGATIONS.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Of
        <select
          aria-label="Aggregated column"
          value={definition.of}
          disabled={definition.aggregation === 'count'}
          onChange={(e) => onChange({ ...definition, of: e.target.value })}
        >
          <option value="">{definition.aggregation === 'count' ? '(rows)' : 'pick a column'}</option>
          {aggregatable.map((c) => (
            <option key={c.name}>{c.name}</option>
          ))}
        </select>
      </label>
      <fieldset className="group-by">
        <legend>Group by</legend>
        {definition.groupBy.map((g, i) => (
          <span key={groupKeyText(g)} className="chip">
            {groupKeyText(g)}
            <button
              type="button"
              aria-label={`Stop grouping by ${groupKeyText(g)}`}
              onClick={() => onChange({ ...definition, groupBy: definition.groupBy.filter((_, j) => j !== i) })}
            >
              ×
            </button>
          </span>
        ))}
        {definition.groupBy.length < 5 ? (
          <select
            aria-label="Add a group by column"
            value=""
            onChange={(e) => {
              if (e.target.value) {
                onChange({ ...definition, groupBy: [...definition.groupBy, { column: e.target.value }] });
              }
            }}
          >
            <option value="">add a column…</option>
            {groupable
              .filter((c) => !used.has(c.name))
              .map((c) => (
                <option key={c.name}>{c.name}</option>
              ))}
          </select>
        ) : null}
        {view?.hasAttributes && definition.groupBy.length < 5 ? (
          <input
            aria-label="Add a group by attribute (Enter)"
            placeholder="or an attribute, Enter"
            size={18}
            value={attribute}
            list="attribute-keys"
            onFocus={() => setSuggest(true)}
            onChange={(e) => setAttribute(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') addAttribute();
            }}
          />
        ) : null}
        <datalist id="attribute-keys">
          {keys
            .filter((k) => !used.has(`@${k.key}`))
            .map((k) => (
              <option key={k.key} value={k.key} />
            ))}
        </datalist>
      </fieldset>
      <label>
        Over time
        <select
          aria-label="Over time"
          value={definition.interval}
          onChange={(e) => onChange({ ...definition, interval: e.target.value === 'none' ? 'none' : 'auto' })}
        >
          <option value="auto">per bucket (chart)</option>
          <option value="none">totals only</option>
        </select>
      </label>
      <label className="grow wide">
        Conditions on a row (column=value, attribute=value, AND, OR, NOT, *, key alone: present)
        <ConditionBox
          value={definition.where}
          onCommit={(where) => onChange({ ...definition, where })}
          between={between}
          view={view}
          label="Conditions"
          placeholder="service_name=checkout AND duration_micros>100000"
          unit="rows"
          invalid={invalid}
        />
      </label>
    </form>
  );
}

/** "Save to dashboard": the definition as a panel of a dashboard saved in the browser (a new one or not). */
function SaveToDashboard({ definition }: { definition: ExploreDefinition }) {
  const search = useSharedSearch();
  const [saved, setSaved] = useState(() => loadDashboards(localStorage));
  const [name, setName] = useState(saved[0]?.name ?? 'My dashboard');
  const [title, setTitle] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string; link?: string } | undefined>();
  const save = (): void => {
    const dashboardName = name.trim() || 'My dashboard';
    try {
      const current = loadDashboards(localStorage);
      const next = withPanel(current, dashboardName, {
        ...definition,
        title: title.trim() || definitionTitle(definition),
      });
      const all = current.some((d) => d.name === dashboardName)
        ? current.map((d) => (d.name === dashboardName ? next : d))
        : [...current, next];
      saveDashboards(localStorage, all);
      setSaved(all);
      setTitle('');
      const params = new URLSearchParams(search);
      params.set('d', encodeDashboard(next));
      setOutcome({
        ok: true,
        text: `Saved to '${dashboardName}' (${next.panels.length} panel${next.panels.length === 1 ? '' : 's'}).`,
        link: `/dashboards/view?${params.toString()}`,
      });
    } catch (error) {
      if (!(error instanceof DashboardFormatError)) throw error;
      setOutcome({ ok: false, text: error.message });
    }
  };
  return (
    <form
      className="filters"
      aria-label="Save to a dashboard"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="grow">
        Panel title
        <input
          aria-label="Panel title"
          value={title}
          placeholder={definitionTitle(definition)}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label>
        Dashboard
        <input
          aria-label="Dashboard name"
          value={name}
          list="saved-dashboards"
          onChange={(e) => setName(e.target.value)}
        />
        <datalist id="saved-dashboards">
          {saved.map((d) => (
            <option key={d.name} value={d.name} />
          ))}
        </datalist>
      </label>
      <button type="submit" data-testid="save-panel">
        Save to dashboard
      </button>
      {outcome ? (
        <p className={outcome.ok ? 'hint' : 'bad'} role={outcome.ok ? 'status' : 'alert'} data-testid="save-outcome">
          {outcome.text}{' '}
          {outcome.link ? (
            <Link to={outcome.link} data-testid="open-dashboard">
              Open the dashboard
            </Link>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}
