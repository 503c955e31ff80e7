import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CATALOG_QUERY } from '../api/explorerQueries.js';
import type { CatalogData } from '../api/explorerQueries.js';
import { ErrorState } from '../components/States.js';
import {
  DashboardFormatError,
  dashboardsFile,
  decodeDashboard,
  encodeDashboard,
  loadDashboards,
  mergeDashboards,
  saveDashboards,
} from '../explorer/dashboards.js';
import type { Dashboard } from '../explorer/dashboards.js';
import { downloadText, exportFileName } from '../explorer/download.js';
import { ExplorePanel } from '../explorer/ExplorePanel.js';
import { definitionParams } from '../explorer/exploreDefinition.js';
import { useSharedSearch } from '../state/useUrlState.js';
import { useQuery } from '../state/useQuery.js';

/**
 * One dashboard, from its URL (`?d=`, the whole definition): every panel drawn over the picked range. It
 * can be saved in this browser (replacing a saved one of its name), exported, and a panel removed or opened
 * in the explorer.
 */
export default function DashboardView() {
  const [params, setParams] = useSearchParams();
  const search = useSharedSearch();
  const encoded = params.get('d') ?? '';
  const read = useMemo((): { dashboard?: Dashboard; error?: string } => {
    if (!encoded) return { error: 'the link names no dashboard (its d parameter is missing)' };
    try {
      return { dashboard: decodeDashboard(encoded) };
    } catch (error) {
      if (!(error instanceof DashboardFormatError)) throw error;
      return { error: error.message };
    }
  }, [encoded]);
  const [saved, setSaved] = useState(() => loadDashboards(localStorage));
  const catalog = useQuery<CatalogData>(CATALOG_QUERY, {});
  const dashboard = read.dashboard;
  if (!dashboard) {
    return (
      <section>
        <h1>Dashboard</h1>
        <div className="state error" role="alert" data-testid="dashboard-error">
          <h3>This dashboard link cannot be read</h3>
          <p>{read.error}.</p>
          <p className="hint">
            A dashboard&apos;s link is made by the <Link to={`/dashboards${search}`}>Dashboards</Link> page or the
            Explorer; a link cut short (copied in part) cannot be read.
          </p>
        </div>
      </section>
    );
  }
  const stored = saved.find((d) => d.name === dashboard.name);
  const state = !stored ? 'not saved' : encodeDashboard(stored) === encoded ? 'saved' : 'changed';
  const show = (next: Dashboard): void =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('d', encodeDashboard(next));
        return copy;
      },
      { replace: true },
    );
  const explorerLink = (i: number): string => {
    const panel = dashboard.panels[i];
    const p = new URLSearchParams(search);
    if (panel) {
      for (const [name, value] of Object.entries(definitionParams(panel))) if (value) p.set(name, value);
      if (panel.groupBy.length === 0) p.set('group', '');
    }
    return `/explorer?${p.toString()}`;
  };
  return (
    <section>
      <p className="crumbs">
        <Link to={`/dashboards${search}`}>Dashboards</Link> /
      </p>
      <h1>{dashboard.name}</h1>
      <div className="toolbar">
        <span className="muted" data-testid="dashboard-state">
          {state === 'saved'
            ? 'Saved in this browser.'
            : state === 'changed'
              ? 'Differs from the one saved in this browser under this name.'
              : 'Not saved in this browser.'}
        </span>
        {state !== 'saved' ? (
          <button
            type="button"
            data-testid="save-dashboard"
            onClick={() => {
              const next = mergeDashboards(loadDashboards(localStorage), [dashboard]);
              saveDashboards(localStorage, next);
              setSaved(next);
            }}
          >
            {state === 'changed' ? 'Replace the saved one' : 'Save in this browser'}
          </button>
        ) : null}
        <button type="button" onClick={() => downloadText(exportFileName(dashboard.name), dashboardsFile([dashboard]))}>
          Export (JSON)
        </button>
      </div>
      {catalog.error && !catalog.data ? <ErrorState error={catalog.error} /> : null}
      {dashboard.panels.length === 0 ? (
        <p className="muted">This dashboard has no panel: add one from the Explorer.</p>
      ) : (
        <div className="dashboard-grid">
          {dashboard.panels.map((panel, i) => (
            <div className="panel" key={`${i}:${panel.title}`} data-testid="dashboard-panel">
              <div className="panel-head">
                <h2>{panel.title}</h2>
                <span className="actions">
                  <Link to={explorerLink(i)}>Open in Explorer</Link>{' '}
                  <button
                    type="button"
                    aria-label={`Remove the panel ${panel.title}`}
                    onClick={() => show({ ...dashboard, panels: dashboard.panels.filter((_, j) => j !== i) })}
                  >
                    Remove
                  </button>
                </span>
              </div>
              {catalog.data ? (
                <ExplorePanel
                  definition={panel}
                  view={catalog.data.catalog.find((v) => v.context === panel.view || v.name === panel.view)}
                />
              ) : null}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
