import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchServer } from './benchServers.js';
import { runLoad } from './loadProcess.js';
import { processSample, ProcessSampler } from './processStats.js';

/** One measured run of one server under the same load. */
export interface ServerRun {
  readonly server: 'ht' | 'jaeger';
  readonly run: number;
  /** Spans its clients were answered 200 for. */
  readonly spansAcknowledged: number;
  /** Spans its store holds after the run (ht: rows of span_event_view; Jaeger: the acknowledged ones). */
  readonly spansStored: number;
  /** From the first request until everything acknowledged was stored. */
  readonly wallSeconds: number;
  /** The server process's CPU (user + system, all threads) over the same time. */
  readonly cpuSeconds: number;
  readonly spansPerSecond: number;
  readonly spansPerCpuSecond: number;
  /** CPU-seconds per wall second: how many cores the server used. */
  readonly cores: number;
  readonly rssMaxMiB: number;
  /** 429/503 answers the load client sent again (after their Retry-After). */
  readonly retries: number;
  readonly loadAverage: number;
}

/** What one run needs: how to start the server, and the load. */
export interface RunPlan {
  readonly run: number;
  readonly start: (dir: string) => Promise<BenchServer>;
  readonly templateFile: string;
  readonly spans: number;
  readonly concurrency: number;
}

/**
 * Starts a server in a fresh temp dir, sends it `spans` spans as fast as it answers, waits until they
 * are stored, and measures its process: wall, CPU (from /proc), RSS (sampled every second).
 */
export async function measureRun(plan: RunPlan): Promise<ServerRun> {
  const dir = mkdtempSync(join(tmpdir(), 'ht-e2e-bench-'));
  const loadAverage = loadavg()[0]!;
  try {
    const server = await plan.start(dir);
    const sampler = new ProcessSampler(server.pid, 1_000);
    const before = processSample(server.pid);
    const load = await runLoad({
      url: server.url,
      templateFile: plan.templateFile,
      concurrency: plan.concurrency,
      spans: plan.spans,
    });
    await server.stored();
    const after = processSample(server.pid);
    const samples = sampler.stop();
    const stored = (await server.stop()) ?? load.spans;
    if (load.failed > 0) throw new Error(`${server.name}: ${load.failed} requests failed`);
    if (stored !== load.spans) throw new Error(`${server.name}: ${load.spans} spans acknowledged but ${stored} stored`);
    const wallSeconds = (after.at - load.startedAt) / 1000;
    const cpuSeconds = after.cpuSeconds - before.cpuSeconds;
    return {
      server: server.name,
      run: plan.run,
      spansAcknowledged: load.spans,
      spansStored: stored,
      wallSeconds,
      cpuSeconds,
      spansPerSecond: stored / wallSeconds,
      spansPerCpuSecond: stored / cpuSeconds,
      cores: cpuSeconds / wallSeconds,
      rssMaxMiB: Math.max(...samples.map((s) => s.rssBytes)) / 2 ** 20,
      retries: load.retries,
      loadAverage,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
