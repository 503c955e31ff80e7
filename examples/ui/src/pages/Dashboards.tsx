import { useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  DashboardFormatError,
  dashboardsFile,
  encodeDashboard,
  loadDashboards,
  mergeDashboards,
  parseDashboardsFile,
  saveDashboards,
} from '../explorer/dashboards.js';
import type { Dashboard } from '../explorer/dashboards.js';
import { downloadText, exportFileName } from '../explorer/download.js';
import { useSharedSearch } from '../state/useUrlState.js';

/** The most bytes an imported file may have (a full file of 100 dashboards is far smaller). */
const MAX_IMPORT_BYTES = 2_000_000;

/**
 * The dashboards saved in this browser: each opens at its URL (`/dashboards/view?d=…`, which holds its
 * whole definition), exports as JSON or is deleted; all of them export as one file, and a file imports
 * (validated: a bad file says what is wrong and changes nothing; a dashboard of a saved name replaces it).
 */
export default function Dashboards() {
  const search = useSharedSearch();
  const [saved, setSaved] = useState<Dashboard[]>(() => loadDashboards(localStorage));
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();
  const file = useRef<HTMLInputElement>(null);
  const store = (next: Dashboard[]): void => {
    saveDashboards(localStorage, next);
    setSaved(next);
  };
  const importFile = async (picked: File): Promise<void> => {
    try {
      if (picked.size > MAX_IMPORT_BYTES) {
        throw new DashboardFormatError(`larger than ${MAX_IMPORT_BYTES / 1_000_000} MB`);
      }
      const incoming = parseDashboardsFile(await picked.text());
      store(mergeDashboards(loadDashboards(localStorage), incoming));
      setOutcome({
        ok: true,
        text: `Imported ${incoming.length} dashboard${incoming.length === 1 ? '' : 's'}${
          incoming.length > 0 ? `: ${incoming.map((d) => d.name).join(', ')}` : ''
        }.`,
      });
    } catch (error) {
      if (!(error instanceof DashboardFormatError)) throw error;
      setOutcome({ ok: false, text: `${picked.name} cannot be imported: ${error.message}. Nothing was changed.` });
    } finally {
      if (file.current) file.current.value = '';
    }
  };
  const link = (d: Dashboard): string => {
    const params = new URLSearchParams(search);
    params.set('d', encodeDashboard(d));
    return `/dashboards/view?${params.toString()}`;
  };
  return (
    <section>
      <h1>Dashboards</h1>
      <p className="hint">
        Panels come from the <Link to={`/explorer${search}`}>Explorer</Link> (&quot;Save to dashboard&quot;). A
        dashboard&apos;s link holds its whole definition, so it opens in any browser; the list below lives in this
        browser&apos;s storage.
      </p>
      <div className="toolbar">
        <button
          type="button"
          disabled={saved.length === 0}
          onClick={() => downloadText('ht-dashboards.json', dashboardsFile(saved))}
        >
          Export all (JSON)
        </button>
        <label className="inline">
          Import (JSON)
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            aria-label="Import dashboards from a JSON file"
            data-testid="import-file"
            onChange={(e) => {
              const picked = e.target.files?.[0];
              if (picked) void importFile(picked);
            }}
          />
        </label>
      </div>
      {outcome ? (
        <div
          className={outcome.ok ? 'hint' : 'state error'}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="import-outcome"
        >
          {outcome.text}
        </div>
      ) : null}
      {saved.length === 0 ? (
        <div className="state empty" data-testid="no-dashboards">
          <h3>No dashboard saved in this browser yet</h3>
          <p>
            Open the <Link to={`/explorer${search}`}>Explorer</Link>, ask a question, and &quot;Save to dashboard&quot;;
            or import a file exported from another browser.
          </p>
        </div>
      ) : (
        <table className="data" aria-label="Saved dashboards">
          <thead>
            <tr>
              <th>Name</th>
              <th className="num">Panels</th>
              <th>Panels&apos; titles</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {saved.map((d) => (
              <tr key={d.name}>
                <td>
                  <Link to={link(d)}>{d.name}</Link>
                </td>
                <td className="num">{d.panels.length}</td>
                <td className="muted">{d.panels.map((p) => p.title).join('; ')}</td>
                <td className="actions">
                  <button type="button" onClick={() => downloadText(exportFileName(d.name), dashboardsFile([d]))}>
                    Export
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={`Delete ${d.name}`}
                    onClick={() => {
                      if (confirm(`Delete the dashboard '${d.name}' from this browser?`)) {
                        store(saved.filter((o) => o.name !== d.name));
                      }
                    }}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
