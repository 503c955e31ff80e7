import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@ht/services';
import { afterAll, describe, expect, it } from 'vitest';
import { metricValues, startHt, waitFor } from './htProcess.js';
import type { HtProcess } from './htProcess.js';
import { occurrences, readViews } from './storedViews.js';

/** `nobody`: root ignores file modes, so `ht` runs as another user for a read-only data dir to matter. */
const NOBODY = 65_534;
const AS_NOBODY = ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];
const SPANS_PER_TRACE = 3;

/** One OTLP/HTTP JSON request: a trace of {@link SPANS_PER_TRACE} spans with a fresh trace id. */
function traceRequest(traceId: string): string {
  const now = BigInt(Date.now()) * 1_000_000n;
  const spans = Array.from({ length: SPANS_PER_TRACE }, (_, i) => ({
    traceId,
    spanId: randomBytes(8).toString('hex'),
    name: `GET /item/${i}`,
    kind: 2,
    startTimeUnixNano: String(now + BigInt(i) * 1_000n),
    endTimeUnixNano: String(now + BigInt(i) * 1_000n + 5_000_000n),
  }));
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'datadir-fault' } }] },
        scopeSpans: [{ spans }],
      },
    ],
  });
}

/** Sends `count` traces; resolves with the ids of those accepted (2xx). */
async function sendTraces(url: string, count: number): Promise<string[]> {
  const accepted: string[] = [];
  for (let i = 0; i < count; i++) {
    const traceId = randomBytes(16).toString('hex');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: traceRequest(traceId),
    });
    await response.arrayBuffer();
    if (response.ok) accepted.push(traceId);
  }
  return accepted;
}

/** The spans of `span_event_view` answered by GraphQL (`ht`'s query API), or -1 when it cannot answer. */
async function storedSpans(graphqlUrl: string): Promise<number> {
  const hour = 3_600_000;
  const between = {
    startTime: new Date(Date.now() - hour).toISOString(),
    endTime: new Date(Date.now() + hour).toISOString(),
  };
  const query =
    'query($between: TimeRange!) { explore(context: "SPAN", between: $between, ' +
    'select: [{ aggregation: COUNT, as: "n" }]) { rows { cell(name: "n") { number } } } }';
  try {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { between } }),
    });
    const body = (await response.json()) as {
      data?: { explore?: { rows: { cell: { number: number } | null }[] } };
      errors?: unknown;
    };
    if (process.env['DEBUG_STORED'] !== undefined) console.log(JSON.stringify(body));
    return body.data?.explore?.rows[0]?.cell?.number ?? -1;
  } catch {
    return -1;
  }
}

/** The sum of a counter's samples in `ht`'s `/metrics`. */
async function counter(opsUrl: string, family: string): Promise<number> {
  return (await metricValues(opsUrl, family)).reduce((sum, s) => sum + s.value, 0);
}

/** Sets the soft file size limit of a running process (as its own user: root here lacks CAP_SYS_RESOURCE). */
function setFileSizeLimit(pid: number, bytes: number | 'unlimited'): void {
  execFileSync('setpriv', [...AS_NOBODY.slice(1), 'prlimit', `--pid=${pid}`, `--fsize=${bytes}:unlimited`]);
}

/** The largest file in `dir`. */
function largestFile(dir: string): number {
  return Math.max(...readdirSync(dir).map((f) => statSync(join(dir, f)).size));
}

/** Sets the mode of `dir` and of every file in it. */
function setModes(dir: string, dirMode: number, fileMode: number): void {
  for (const f of readdirSync(dir)) chmodSync(join(dir, f), fileMode);
  chmodSync(dir, dirMode);
}

describe('the embedded store survives its data dir failing (docs/reliability.md, "data dir full or read-only")', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ht-datadir-'));
  const dataDir = join(dir, 'data');
  const dbPath = join(dataDir, 'ht.duckdb');
  let ht: HtProcess | undefined;
  afterAll(async () => {
    if (ht?.child.pid !== undefined) setModes(dataDir, 0o755, 0o644);
    await ht?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the file, keeps what was stored, and resumes by itself when space and permission return', async () => {
    const [otlpHttp, ops, ui] = [await freePort(), await freePort(), await freePort()];
    const file = join(dir, 'ht.yaml');
    writeFileSync(
      file,
      [
        // A small checkpoint threshold: a read-only data dir shows at DuckDB's next checkpoint.
        `store: { type: duckdb, path: ${dbPath}, threads: 1, checkpointThreshold: 32KB }`,
        `ops: { port: ${ops} }`,
        `ui: { port: ${ui} }`,
        'logging: { level: info, format: json }',
        'receivers:',
        '  endpoints: [otlpHttp]',
        `  ports: { otlpHttp: ${otlpHttp} }`,
        'grouper: { gapMs: 300ms, allowedLatenessMs: 1s }',
        'sink: { maxDelayMs: 200ms }',
        'retention: off',
        '',
      ].join('\n'),
    );
    execFileSync('mkdir', ['-p', dataDir]);
    for (const path of [dir, dataDir, file]) chownSync(path, NOBODY, NOBODY);
    ht = await startHt(['run', '--config', file], {
      wrapper: [...AS_NOBODY, 'prlimit', '--fsize=unlimited:unlimited'],
    });
    const pid = ht.child.pid!;
    const url = `http://127.0.0.1:${otlpHttp}/v1/traces`;
    const graphql = `http://127.0.0.1:${ui}/graphql`;
    const ops$ = ht.opsUrl;
    const sent: string[] = [];
    const stored = (n: number): Promise<number> =>
      waitFor(
        `${n} traces answered`,
        () => storedSpans(graphql),
        (v) => v === n * SPANS_PER_TRACE,
        30_000,
      );

    // Before: traces stored.
    sent.push(...(await sendTraces(url, 20)));
    expect(sent).toHaveLength(20);
    await stored(20);

    // (1) Full: no file may grow. Traces are still accepted (the channel holds them); the write fails.
    setFileSizeLimit(pid, largestFile(dataDir));
    const whileFull = await sendTraces(url, 20);
    sent.push(...whileFull);
    expect(whileFull).toHaveLength(20);
    await waitFor(
      'a store fault counted',
      () => counter(ops$, 'ht_store_faults_total'),
      (n) => n >= 1,
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(ht.child.exitCode).toBeNull();
    const errorLine = ht
      .output()
      .split('\n')
      .find((line) => line.includes('"level":50') && line.includes(dbPath));
    expect(errorLine, ht.output()).toBeDefined();
    // Space returns: nothing to do but wait. Traces sent now are stored only once the store works again
    // (reopened if a checkpoint failed: batches may have gone on into the WAL meanwhile).
    setFileSizeLimit(pid, 'unlimited');
    sent.push(...(await sendTraces(url, 5)));
    await stored(45);
    const faultsAfterFull = await counter(ops$, 'ht_store_faults_total');

    // (2) Read-only: the data dir and its files no longer writable by ht's user. DuckDB writes through
    // the WAL it has open until its next checkpoint: traces are sent (a few at a time) until it shows.
    setModes(dataDir, 0o555, 0o444);
    for (let round = 0; round < 40 && (await counter(ops$, 'ht_store_faults_total')) === faultsAfterFull; round++) {
      const whileReadOnly = await sendTraces(url, 5);
      sent.push(...whileReadOnly);
      expect(whileReadOnly).toHaveLength(5);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(await counter(ops$, 'ht_store_faults_total')).toBeGreaterThan(faultsAfterFull);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(ht.child.exitCode).toBeNull();
    setModes(dataDir, 0o755, 0o644);
    await stored(sent.length);
    const reopens = await counter(ops$, 'ht_store_reopens_total');
    expect(reopens).toBeGreaterThanOrEqual(1);
    console.log(
      `data dir faults: ${await counter(ops$, 'ht_store_faults_total')} faults, ${reopens} reopens, ${sent.length} traces sent`,
    );

    // Every trace sent, each span exactly once, after a clean stop.
    expect(await ht.stop()).toBe(0);
    const rows = await readViews(dbPath, { span_event_view: ['trace_id', 'span_id'] });
    const spans = rows.span_event_view;
    expect(new Set(spans.map((r) => r['trace_id']))).toEqual(new Set(sent));
    expect(spans).toHaveLength(sent.length * SPANS_PER_TRACE);
    expect([...occurrences(spans.map((r) => r['span_id'])).values()].every((n) => n === 1)).toBe(true);
  }, 150_000);
});
