import { cpus, loadavg, totalmem } from 'node:os';
import { mapAsyncBench } from './mapAsync.js';
import { redisStateBench } from './redisState.js';
import { sessionsBench } from './sessions.js';
import { statelessChainBench } from './statelessChain.js';
import { windowCountBench } from './windowCount.js';

// `pnpm bench` in packages/stream-core. Optional: BENCH_SCALE=0.1 for a quick run, BENCH_RUNS=3.
const scale = Number(process.env['BENCH_SCALE'] ?? '1');
const runs = Number(process.env['BENCH_RUNS'] ?? '3');
const only = process.env['BENCH_ONLY'];

const machine = {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
};
console.log(JSON.stringify({ machine, runs, scale }));

const benches: [string, () => Promise<Record<string, unknown>>][] = [
  ['window', () => windowCountBench(Math.round(10_000_000 * scale), runs)],
  ['stateless', () => statelessChainBench(Math.round(10_000_000 * scale), runs)],
  ['sessions', () => sessionsBench(Math.round(5_000_000 * scale), runs)],
  ['redis', () => redisStateBench(Math.round(200_000 * scale), runs)],
  ['mapAsync', () => mapAsyncBench(Math.round(1_000_000 * scale), runs)],
];
for (const [name, bench] of benches) {
  if (only !== undefined && !only.split(',').includes(name)) continue;
  console.log(JSON.stringify(await bench()));
}
