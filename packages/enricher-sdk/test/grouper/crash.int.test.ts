import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { GrouperOptions } from '../../src/grouper/index.js';
import type { InputShape, InputSpan } from './crash/input.js';
import { random, writeInput } from './crash/input.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const child = join(packageDir, 'test', 'grouper', 'crash', 'child.mjs');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What the child writes per emitted trace. */
interface TraceRow {
  readonly tenant: string;
  readonly trace: string;
  readonly session: number;
  readonly fragment: number;
  readonly reason: string;
  readonly spans: string[];
}

interface RunConfig {
  readonly partitions: readonly string[];
  readonly batch: number;
  readonly tickMs: number;
  readonly checkpointMs: number;
  readonly outOfOrdernessMs: number;
  readonly grouper: GrouperOptions;
}

/** A fresh directory with the input and the child's settings; returns the input spans. */
function prepare(shape: InputShape, seed: number, config: RunConfig): { dir: string; input: InputSpan[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ht-grouper-crash-'));
  dirs.push(dir);
  const input = writeInput(dir, shape, seed);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return { dir, input };
}

/** Runs the job in a child; kills it with SIGKILL `killAfterMs` after it started (or lets it finish). */
function runChild(dir: string, killAfterMs: number | undefined): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir], { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] });
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      if (killAfterMs !== undefined && timer === undefined && chunk.toString().includes('started')) {
        timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`grouper child exited with ${code}`));
    });
  });
}

/** Kills the child at `kills` seeded random points, then lets it finish; returns how many kills landed. */
async function runWithKills(dir: string, kills: number, seed: number): Promise<number> {
  const rand = random(seed);
  let landed = 0;
  let finished = false;
  for (let attempt = 0; attempt < kills && !finished; attempt++) {
    if ((await runChild(dir, 30 + Math.floor(rand() * 400))) === 'killed') landed++;
    else finished = true;
  }
  while (!finished) finished = (await runChild(dir, undefined)) === 'finished';
  expect(existsSync(join(dir, 'done'))).toBe(true);
  return landed;
}

/** Reads a JSON-lines output, ignoring a last line torn by the kill (it is written again after the restart). */
function readRows<T>(dir: string, file: string): T[] {
  const path = join(dir, file);
  if (!existsSync(path)) return [];
  const rows: T[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      rows.push(JSON.parse(line) as T);
    } catch {
      // torn by SIGKILL
    }
  }
  return rows;
}

const spanKey = (tenant: string, trace: string, span: string): string => `${tenant}/${trace}/${span}`;

/** A fragment within its trace: `session#fragment`. */
const fragmentOf = (r: TraceRow): string => `${r.session}#${r.fragment}`;

/** Per span (tenant/trace/span): the distinct fragments (`session#fragment`) it was emitted in. */
function fragmentsPerSpan(rows: readonly TraceRow[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of rows) {
    for (const s of r.spans) {
      const key = spanKey(r.tenant, r.trace, s);
      let set = out.get(key);
      if (set === undefined) out.set(key, (set = new Set()));
      set.add(fragmentOf(r));
    }
  }
  return out;
}

/**
 * What a store keyed like raw_trace_view (tenant, trace, session, fragment) keeps: the last row written
 * per key. Returns, per span, how many kept rows hold it.
 */
function spansAfterViewDedup(rows: readonly TraceRow[]): Map<string, number> {
  const kept = new Map<string, TraceRow>();
  for (const r of rows) kept.set(`${r.tenant}/${r.trace}/${fragmentOf(r)}`, r);
  const out = new Map<string, number>();
  for (const r of kept.values()) {
    for (const s of r.spans) out.set(spanKey(r.tenant, r.trace, s), (out.get(spanKey(r.tenant, r.trace, s)) ?? 0) + 1);
  }
  return out;
}

const seed = Number(process.env['HT_CRASH_SEED'] ?? Date.now() % 100_000);
const PARTITIONS = ['0', '1', '2', '3'];

describe('grouper crash recovery (child process, SIGKILL, file source, file checkpoints)', () => {
  it(`on-time spans: killed at 6 points, every span in exactly one fragment after dedup, as an uninterrupted run assigns them (seed ${seed})`, async () => {
    const shape: InputShape = { partitions: PARTITIONS, perPartition: 1_200, lateShare: 0 };
    const grouper: GrouperOptions = {
      gapMs: 60,
      maxSpansPerTrace: 10,
      maxTraceDurationMs: 100,
      allowedLatenessMs: 100,
      idleTimeoutMs: 3_600_000, // off (JSON carries no Infinity to the child)
    };
    const run: RunConfig = {
      partitions: PARTITIONS,
      batch: 5,
      tickMs: 12,
      checkpointMs: 40,
      outOfOrdernessMs: 20,
      grouper,
    };
    const reference = prepare(shape, seed, { ...run, batch: 60, tickMs: 1 });
    expect(await runWithKills(reference.dir, 0, seed)).toBe(0);
    const crashed = prepare(shape, seed, run);
    expect(await runWithKills(crashed.dir, 6, seed)).toBe(6);

    const expected = fragmentsPerSpan(readRows<TraceRow>(reference.dir, 'traces.jsonl'));
    const rows = readRows<TraceRow>(crashed.dir, 'traces.jsonl');
    const actual = fragmentsPerSpan(rows);
    const inputKeys = crashed.input.map((s) => spanKey(s.tenant, s.trace, s.span)).sort();
    expect([...actual.keys()].sort()).toEqual(inputKeys);
    const notOnce = [...actual].filter(([, f]) => f.size !== 1).map(([k, f]) => [k, [...f]]);
    expect(notOnce).toEqual([]);
    const differing = [...actual].filter(([k, f]) => [...f][0] !== [...(expected.get(k) ?? [])][0]);
    expect(differing.map(([k]) => k)).toEqual([]);
    // Deduplicated by the view key, every span is in exactly one row: no two sessions share a key.
    const afterDedup = spansAfterViewDedup(rows);
    expect([...afterDedup.keys()].sort()).toEqual(inputKeys);
    expect([...afterDedup].filter(([, n]) => n !== 1)).toEqual([]);
    expect(readRows(crashed.dir, 'late.jsonl')).toEqual([]);
    // The input exercises every cut (and replays wrote some traces twice).
    const reasons = new Set(rows.map((r) => r.reason));
    for (const r of ['gap', 'max-spans', 'max-duration', 'end-of-input']) expect(reasons).toContain(r);
    expect(rows.some((r) => r.fragment > 0)).toBe(true);
    // Traces paused past gap + lateness: some trace has fragment 0 in two sessions.
    const zeros = new Map<string, Set<number>>();
    for (const r of rows.filter((r) => r.fragment === 0)) {
      const key = `${r.tenant}/${r.trace}`;
      zeros.set(key, (zeros.get(key) ?? new Set()).add(r.session));
    }
    expect([...zeros.values()].some((sessions) => sessions.size > 1)).toBe(true);
  }, 60_000);

  it(`late spans, memory cap and idle fallback: killed at 5 points, no span is lost (seed ${seed})`, async () => {
    const shape: InputShape = { partitions: PARTITIONS, perPartition: 1_000, lateShare: 0.03 };
    const grouper: GrouperOptions = {
      gapMs: 60,
      maxSpansPerTrace: 10,
      maxTraceDurationMs: 200,
      maxOpenSpans: 40,
      allowedLatenessMs: 100,
      idleTimeoutMs: 150,
    };
    const run: RunConfig = {
      partitions: PARTITIONS,
      batch: 5,
      tickMs: 12,
      checkpointMs: 40,
      outOfOrdernessMs: 20,
      grouper,
    };
    const { dir, input } = prepare(shape, seed, run);
    expect(await runWithKills(dir, 5, seed + 1)).toBe(5);

    const rows = readRows<TraceRow>(dir, 'traces.jsonl');
    const late = readRows<{ tenant: string; trace: string; span: string }>(dir, 'late.jsonl');
    const seen = new Set([...fragmentsPerSpan(rows).keys(), ...late.map((l) => spanKey(l.tenant, l.trace, l.span))]);
    const inputKeys = new Set(input.map((s) => spanKey(s.tenant, s.trace, s.span)));
    expect([...inputKeys].filter((k) => !seen.has(k))).toEqual([]); // nothing lost
    expect([...seen].filter((k) => !inputKeys.has(k))).toEqual([]); // nothing made up
    const reasons = new Set(rows.map((r) => r.reason));
    for (const r of ['memory-cap', 'late']) expect(reasons).toContain(r);
  }, 60_000);
});
