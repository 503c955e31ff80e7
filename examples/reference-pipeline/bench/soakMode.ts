import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHt } from './benchServers.js';
import { runLoad } from './loadProcess.js';
import { processSample, ProcessSampler } from './processStats.js';
import { slope } from './statistics.js';

/** What the soak mode runs. */
export interface SoakPlan {
  readonly templateFile: string;
  readonly durationMs: number;
  readonly spansPerSecond: number;
  readonly concurrency: number;
  readonly htNodeArgs: readonly string[];
}

/** RSS of the `ht` process over a long run. */
export interface SoakResult {
  readonly samples: readonly { readonly seconds: number; readonly mib: number }[];
  readonly firstMiB: number;
  readonly lastMiB: number;
  readonly maxMiB: number;
  /** Least-squares slope of RSS over the samples after the first minute (warm-up), MiB per minute. */
  readonly slopeMiBPerMinute: number;
  /** `heapUsed` of the V8 heap every 10 s, and its slope after the first minute. */
  readonly heapSamples: readonly { readonly seconds: number; readonly mib: number }[];
  readonly heapSlopeMiBPerMinute: number;
  readonly spansStored: number;
  readonly retries: number;
  /**
   * CPU seconds of the `ht` process (every thread) from the start of the load to the last span stored, and
   * spans stored per CPU second: the cost of a span at a steady rate below saturation.
   */
  readonly cpuSeconds: number;
  readonly spansPerCpuSecond: number;
}

/**
 * Runs `ht run` under a paced load for `durationMs`, sampling its RSS every 10 s (the first sample once
 * the load started), and reports first, last, max and the slope.
 */
export async function measureSoak(plan: SoakPlan): Promise<SoakResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ht-e2e-soak-'));
  try {
    const server = await startHt(dir, plan.htNodeArgs);
    const sampler = new ProcessSampler(server.pid, 10_000);
    // The V8 heap beside RSS: RSS also holds DuckDB's buffer cache, which grows with the database.
    const heap: { at: number; mib: number }[] = [];
    const heapTimer = setInterval(() => {
      void server.heapUsedBytes().then((bytes) => heap.push({ at: Date.now(), mib: (bytes ?? NaN) / 2 ** 20 }));
    }, 10_000);
    const cpuBefore = processSample(server.pid).cpuSeconds;
    const load = await runLoad({
      url: server.url,
      templateFile: plan.templateFile,
      concurrency: plan.concurrency,
      durationMs: plan.durationMs,
      spansPerSecond: plan.spansPerSecond,
    });
    clearInterval(heapTimer);
    await server.stored();
    const cpuSeconds = processSample(server.pid).cpuSeconds - cpuBefore;
    const samples = sampler.stop().map((s) => ({ seconds: (s.at - load.startedAt) / 1000, mib: s.rssBytes / 2 ** 20 }));
    const stored = (await server.stop()) ?? 0;
    if (stored !== load.spans) throw new Error(`ht: ${load.spans} spans acknowledged but ${stored} stored`);
    const warm = samples.filter((s) => s.seconds >= 60);
    const heapSamples = heap.map((h) => ({ seconds: (h.at - load.startedAt) / 1000, mib: h.mib }));
    return {
      samples,
      firstMiB: samples[0]?.mib ?? NaN,
      lastMiB: samples.at(-1)?.mib ?? NaN,
      maxMiB: Math.max(...samples.map((s) => s.mib)),
      slopeMiBPerMinute: slope(warm.map((s) => ({ x: s.seconds / 60, y: s.mib }))),
      heapSamples,
      heapSlopeMiBPerMinute: slope(
        heapSamples.filter((s) => s.seconds >= 60).map((s) => ({ x: s.seconds / 60, y: s.mib })),
      ),
      spansStored: stored,
      retries: load.retries,
      cpuSeconds,
      spansPerCpuSecond: stored / cpuSeconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
