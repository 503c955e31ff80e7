import { useEffect, useMemo, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { API_KEY_STORAGE } from '../api/graphql.js';
import { applyTheme, currentTheme } from '../state/theme.js';
import type { Theme } from '../state/theme.js';
import { customWindow, DEFAULT_RANGE, parseRange, RANGES, timeWindow } from '../state/timeRange.js';
import { TimeContext } from '../state/useTimeWindow.js';
import { useSetUrlParams, useSharedSearch, useUrlParam } from '../state/useUrlState.js';

const REFRESH_CHOICES = [
  { value: '', label: 'off' },
  { value: '30s', label: '30 s' },
  { value: '1m', label: '1 min' },
];
const REFRESH_MS: Record<string, number> = { '30s': 30_000, '1m': 60_000 };

const NAV = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/services', label: 'Services', end: false },
  { to: '/map', label: 'Service map', end: false },
  { to: '/endpoints', label: 'Endpoints', end: false },
  { to: '/backends', label: 'Backends', end: false },
  { to: '/traces', label: 'Traces', end: false },
  { to: '/explorer', label: 'Explorer', end: false },
  { to: '/dashboards', label: 'Dashboards', end: false },
];

/** The frame of every page: navigation, time-range picker, auto-refresh, tenant, theme toggle. */
export function Layout() {
  const { pathname } = useLocation();
  const [rangeParam] = useUrlParam('range');
  const [refresh, setRefresh] = useUrlParam('refresh');
  const [tenant, setTenant] = useUrlParam('tenant');
  const setParams = useSetUrlParams();
  const [from, setFrom] = useUrlParam('from');
  const [to, setTo] = useUrlParam('to');
  const [tick, setTick] = useState(0);
  const [theme, setTheme] = useState<Theme>(currentTheme());
  const range = parseRange(rangeParam);
  const search = useSharedSearch();
  const hasKey = typeof sessionStorage !== 'undefined' && sessionStorage.getItem(API_KEY_STORAGE) !== null;

  useEffect(() => {
    const every = REFRESH_MS[refresh];
    if (every === undefined) return undefined;
    const timer = setInterval(() => setTick((t) => t + 1), every);
    return () => clearInterval(timer);
  }, [refresh]);

  // The window is resolved when the range changes or a refresh ticks, not on every render.
  const custom = rangeParam === 'custom' ? customWindow(from, to) : undefined;
  const picked = useMemo(
    () => customWindow(rangeParam === 'custom' ? from : null, to) ?? timeWindow(range, Date.now() + tick * 0),
    [rangeParam, from, to, range, tick],
  );
  const value = useMemo(() => ({ window: picked, tenant, tick }), [picked, tenant, tick]);

  const toggleTheme = (): void => {
    const next = theme === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    setTheme(next);
  };

  return (
    <TimeContext.Provider value={value}>
      <header className="topbar">
        <a className="brand" href={`/${search}`}>
          @ht
        </a>
        <nav aria-label="Pages">
          {NAV.map((item) => (
            <NavLink
              key={item.to}
              to={`${item.to}${search}`}
              end={item.end}
              // A comparison of two traces belongs to Traces.
              className={({ isActive }) =>
                isActive || (item.to === '/traces' && pathname.startsWith('/compare/')) ? 'active' : ''
              }
            >
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="controls">
          <div className="segmented" role="group" aria-label="Time range">
            {RANGES.map((r) => (
              <button
                key={r}
                type="button"
                aria-pressed={rangeParam !== 'custom' && r === range}
                className={rangeParam !== 'custom' && r === range ? 'active' : ''}
                onClick={() => setParams({ range: r === DEFAULT_RANGE ? '' : r, from: '', to: '' })}
              >
                {r}
              </button>
            ))}
          </div>
          <button
            type="button"
            aria-pressed={rangeParam === 'custom'}
            className={rangeParam === 'custom' ? 'active' : ''}
            onClick={() => {
              if (rangeParam !== 'custom') {
                setParams({
                  range: 'custom',
                  from: toLocalInput(picked.startTime),
                  to: toLocalInput(new Date(Date.now() + 60_000).toISOString()),
                });
              }
            }}
          >
            Custom
          </button>
          {rangeParam === 'custom' ? (
            <span className="inline">
              <input
                type="datetime-local"
                aria-label="From"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
                aria-invalid={custom === undefined}
              />
              <input
                type="datetime-local"
                aria-label="To"
                value={to}
                onChange={(e) => setTo(e.target.value)}
                aria-invalid={custom === undefined}
              />
            </span>
          ) : null}
          <label className="inline">
            Refresh
            <select value={refresh} onChange={(e) => setRefresh(e.target.value)} aria-label="Auto-refresh">
              {REFRESH_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => setTick((t) => t + 1)} title="Refresh now" aria-label="Refresh now">
            ↻
          </button>
          {hasKey ? (
            <button
              type="button"
              onClick={() => {
                sessionStorage.removeItem(API_KEY_STORAGE);
                location.reload();
              }}
            >
              Forget key
            </button>
          ) : (
            <TenantInput tenant={tenant} onChange={setTenant} />
          )}
          <button
            type="button"
            className="theme-toggle"
            onClick={toggleTheme}
            aria-label={`Switch to the ${theme === 'dark' ? 'light' : 'dark'} theme`}
            data-testid="theme-toggle"
          >
            {theme === 'dark' ? '☀ Light' : '☾ Dark'}
          </button>
        </div>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </TimeContext.Provider>
  );
}

/** An ISO time as a `datetime-local` input's value (local time, minutes). */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function TenantInput({ tenant, onChange }: { tenant: string; onChange: (tenant: string) => void }) {
  const [draft, setDraft] = useState(tenant);
  useEffect(() => setDraft(tenant), [tenant]);
  return (
    <form
      className="inline"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(draft.trim());
      }}
    >
      <label className="inline">
        Tenant
        <input
          value={draft}
          placeholder="default"
          size={9}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => onChange(draft.trim())}
          aria-label="Tenant"
        />
      </label>
    </form>
  );
}
