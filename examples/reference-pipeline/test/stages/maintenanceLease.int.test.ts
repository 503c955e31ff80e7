import { afterAll, describe, expect, it } from 'vitest';
import { StagePipeline } from './stagePipeline.js';

const pipelines: StagePipeline[] = [];
afterAll(async () => {
  await Promise.all(pipelines.map((p) => p.close()));
}, 60_000);

/** The error `startStage` throws when the stage exited before it was ready, with its exit code and output. */
async function refusal(start: Promise<unknown>): Promise<string> {
  const error = await start.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('ht stage views --maintenance: the retention and rollups run in exactly one copy', () => {
  it('refuses a second maintenance copy while one runs, and hands the lease on when it stops or dies', async () => {
    const pipeline = await StagePipeline.create('lease');
    pipelines.push(pipeline);
    const holder = await pipeline.start('views', ['--maintenance']);

    // A second copy asking for maintenance is refused (exit status 2, the reason named)…
    const refused = await refusal(pipeline.start('views', ['--maintenance']));
    expect(refused).toMatch(/exited with 2 before it was ready/);
    expect(refused).toContain("another process runs the store's retention and rollups");
    expect(refused).toContain(`consumer group ${pipeline.prefix}-views-maintenance`);
    // …while copies without it start as before.
    const plain = await pipeline.start('views');

    // Stopped, the holder leaves the lease free at once.
    expect(await holder.stop()).toBe(0);
    const next = await pipeline.start('views', ['--maintenance']);

    // Killed, its lease ends with its Kafka session (6 s here): the next copy gets it then.
    await next.kill();
    const afterKill = await pipeline.start('views', ['--maintenance']);
    expect(await afterKill.stop()).toBe(0);
    expect(await plain.stop()).toBe(0);
  }, 120_000);
});
