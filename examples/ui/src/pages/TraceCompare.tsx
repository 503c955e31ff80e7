import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { TRACE_OUTLINE_QUERY } from '../api/queries.js';
import type { SpanRow, TraceOutlineData } from '../api/queries.js';
import { ErrorState, Loading } from '../components/States.js';
import { formatClock, formatDuration } from '../format.js';
import { diffTraces } from '../trace/traceDiff.js';
import type { DiffRow, DiffSide, DiffStatus } from '../trace/traceDiff.js';
import { serviceColor } from '../trace/serviceColor.js';
import { useQuery } from '../state/useQuery.js';
import { useSharedSearch, useUrlParam } from '../state/useUrlState.js';

const STATUS_LABELS: Readonly<Record<DiffStatus, string>> = {
  slower: 'slower',
  faster: 'faster',
  added: 'added',
  missing: 'missing',
  same: 'same',
};

/**
 * Two traces side by side (`/compare/<a>/<b>`): their spans lined up by place in the tree, each row with
 * A's and B's bars on one time scale, the difference, and whether B's span is added, missing, slower,
 * faster or the same; the counts of each on top, "Only differences" (`?diff=1`) hides the same ones.
 */
export default function TraceCompare() {
  const { a = '', b = '' } = useParams();
  const search = useSharedSearch();
  const left = useQuery<TraceOutlineData>(TRACE_OUTLINE_QUERY, { traceId: a });
  const right = useQuery<TraceOutlineData>(TRACE_OUTLINE_QUERY, { traceId: b });
  const error =
    (left.error && !left.data ? left.error : undefined) ?? (right.error && !right.data ? right.error : undefined);
  const missing = [left.data?.traceOutline === null ? a : '', right.data?.traceOutline === null ? b : ''].filter(
    Boolean,
  );
  return (
    <section className="compare-page">
      <p className="crumbs">
        <Link to={`/traces${search}`}>Traces</Link> / Compare
      </p>
      {error ? <ErrorState error={error} /> : null}
      {!error && (!left.data || !right.data) ? <Loading what="the two traces" /> : null}
      {missing.length > 0 ? (
        <div className="state empty">
          <h3>No trace {missing.join(' nor ')}</h3>
          <p>
            This tenant has no trace with that id (yet: a trace is stored once its spans stop arriving).{' '}
            <Link to={`/traces${search}`}>Search traces</Link> and pick two to compare.
          </p>
        </div>
      ) : null}
      {left.data?.traceOutline && right.data?.traceOutline ? (
        <Comparison
          a={a}
          b={b}
          spansA={left.data.traceOutline.spans}
          spansB={right.data.traceOutline.spans}
          search={search}
        />
      ) : null}
    </section>
  );
}

function Comparison({
  a,
  b,
  spansA,
  spansB,
  search,
}: {
  a: string;
  b: string;
  spansA: readonly SpanRow[];
  spansB: readonly SpanRow[];
  search: string;
}) {
  const diff = useMemo(() => diffTraces(spansA, spansB), [spansA, spansB]);
  const [onlyDiff, setOnlyDiff] = useUrlParam('diff');
  const rows = onlyDiff === '1' ? diff.rows.filter((r) => r.status !== 'same') : diff.rows;
  const scale = Math.max(diff.durationA, diff.durationB, 1);
  const rootA = diff.rows.find((r) => r.a)?.a;
  const rootB = diff.rows.find((r) => r.b)?.b;
  const rootRow = diff.rows[0];
  const startOf = (spans: readonly SpanRow[], side: DiffSide | undefined): string =>
    formatClock(spans.find((s) => s.spanId === side?.spanId)?.startTime ?? '');
  const joiner = search ? '&' : '?';
  return (
    <>
      <h1>{rootRow ? `Comparing ${rootRow.service}: ${rootRow.name}` : 'Comparing two traces'}</h1>
      <div className="compare-heads">
        <div className="panel">
          <h2>
            A <Link to={`/traces/${a}${search}`}>{a.slice(0, 8)}…</Link>
          </h2>
          <p>
            Started <strong>{startOf(spansA, rootA)}</strong> · <strong>{formatDuration(diff.durationA)}</strong> ·{' '}
            <strong data-testid="spans-a">{spansA.length}</strong> spans
          </p>
        </div>
        <div className="panel">
          <h2>
            B <Link to={`/traces/${b}${search}`}>{b.slice(0, 8)}…</Link>
          </h2>
          <p>
            Started <strong>{startOf(spansB, rootB)}</strong> · <strong>{formatDuration(diff.durationB)}</strong> (
            {formatDelta(diff.durationB - diff.durationA)}) · <strong data-testid="spans-b">{spansB.length}</strong>{' '}
            spans
          </p>
        </div>
      </div>
      <div className="toolbar">
        <ul className="diff-counts" data-testid="diff-counts" aria-label="Differences">
          {(['added', 'missing', 'slower', 'faster', 'same'] as const).map((status) => (
            <li key={status} className={`diff-${status}`} data-status={status}>
              <strong>{diff.counts[status]}</strong> {STATUS_LABELS[status]}
            </li>
          ))}
        </ul>
        <span>
          <label className="check">
            <input
              type="checkbox"
              checked={onlyDiff === '1'}
              onChange={(e) => setOnlyDiff(e.target.checked ? '1' : '')}
            />{' '}
            Only differences
          </label>{' '}
          <Link to={`/compare/${b}/${a}${search}`} className="button-link">
            Swap A and B
          </Link>
        </span>
      </div>
      <p className="muted">
        Spans line up by their place in the tree (services and operations from the root; repeated calls by their order).
        Slower or faster: by 10 % of A&apos;s duration and at least 1 ms. Bars share one time scale (
        {formatDuration(scale)}).
      </p>
      <table className="data compare" aria-label="Comparison" data-testid="comparison">
        <thead>
          <tr>
            <th>Operation</th>
            <th className="compare-bars">A</th>
            <th className="compare-bars">B</th>
            <th className="num">B − A</th>
            <th>Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path} className={`diff-row diff-${row.status}`} data-status={row.status}>
              <td>
                <span className="diff-op" style={{ paddingLeft: row.depth * 14 }}>
                  <span className="wf-swatch" style={{ background: serviceColor(row.service) }} aria-hidden="true" />
                  <span className="muted">{row.service}</span> {row.name}
                </span>
              </td>
              <BarCell
                side={row.a}
                scale={scale}
                link={row.a ? `/traces/${a}${search}${joiner}span=${row.a.spanId}` : ''}
              />
              <BarCell
                side={row.b}
                scale={scale}
                link={row.b ? `/traces/${b}${search}${joiner}span=${row.b.spanId}` : ''}
              />
              <td className="num">{row.a && row.b ? formatDelta(row.deltaMicros) : ''}</td>
              <td>
                <StatusBadge row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function formatDelta(micros: number): string {
  if (micros === 0) return '±0';
  return `${micros > 0 ? '+' : '−'}${formatDuration(Math.abs(micros))}`;
}

function StatusBadge({ row }: { row: DiffRow }) {
  const share =
    row.a && row.b && row.a.durationMicros > 0 ? Math.round((row.deltaMicros / row.a.durationMicros) * 100) : undefined;
  return (
    <span className={`badge diff-badge diff-${row.status}`}>
      {STATUS_LABELS[row.status]}
      {share !== undefined && row.status !== 'same' ? ` ${share > 0 ? '+' : ''}${share} %` : ''}
    </span>
  );
}

function BarCell({ side, scale, link }: { side: DiffSide | undefined; scale: number; link: string }) {
  if (!side) return <td className="compare-bars muted">–</td>;
  return (
    <td className="compare-bars">
      <Link to={link} className="compare-track" aria-label={`${formatDuration(side.durationMicros)}: open the span`}>
        <span className="compare-lane">
          <span
            className={`compare-bar ${side.isError ? 'bad' : ''}`}
            style={{
              left: `${(side.offsetMicros / scale) * 100}%`,
              width: `${Math.max((side.durationMicros / scale) * 100, 0.4)}%`,
            }}
          />
        </span>
        <span className="compare-duration">{formatDuration(side.durationMicros)}</span>
      </Link>
    </td>
  );
}
