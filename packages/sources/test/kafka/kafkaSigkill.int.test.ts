import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BrokerFixture, eventually } from './broker.js';
import { occurrences, syntheticZipkinRecords } from './syntheticSpans.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = new BrokerFixture();
const dir = mkdtempSync(join(tmpdir(), 'ht-kafka-kill-'));
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  await fixture.close();
});

/** Starts a member in a child process; resolves once its job runs. */
function startMember(topic: string, group: string, out: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/kafka/member.ts', topic, group, out, '20'], {
      cwd: packageDir,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('started')) resolve(child);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => reject(new Error(`member exited early (${code ?? signal})`)));
  });
}

const lines = (file: string): string[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
    : [];

const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

describe('Kafka source on the real broker: a member killed with SIGKILL mid-batch', () => {
  it('loses no span; duplicates are only records past the committed offsets, counted', async () => {
    const partitions = 4;
    const topic = await fixture.topic('sigkill', partitions);
    const group = fixture.group('sigkill');
    const { messages, places } = syntheticZipkinRecords(partitions, 5_000);
    await fixture.produce(topic, messages);
    const outA = join(dir, 'a.txt');
    const outB = join(dir, 'b.txt');

    const a = await startMember(topic, group, outA);
    await eventually(() => lines(outA).length > 0, 'member a writing');
    // Offsets committed before b joins (they only grow, and records are read again only from a commit,
    // at b's join and at a's death): every duplicate must lie at or after them.
    const committedBefore = await fixture.committed(group, topic);
    const b = await startMember(topic, group, outB);
    await eventually(() => lines(outB).length > 0, 'member b writing its share', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.floor(Math.random() * 200)));
    a.kill('SIGKILL');
    await exited(a);
    const writtenByA = lines(outA).length;
    // b takes a's partitions once a's session (6 s) expires, and reads on from a's commits.
    await eventually(() => fixture.fullyCommitted(group, topic), 'b committing the end of every partition', 60_000);
    b.kill('SIGTERM');
    await exited(b);

    const received = [...lines(outA), ...lines(outB)];
    const counts = occurrences(received);
    expect([...places.keys()].filter((id) => !counts.has(id))).toEqual([]);
    expect(counts.size).toBe(places.size);
    const duplicated = [...counts].filter(([, n]) => n > 1).map(([id]) => places.get(id)!);
    for (const place of duplicated) {
      const committed = Number(committedBefore.get(place.partition) ?? '-1');
      expect(place.offset, `duplicate at ${place.partition}@${place.offset}`).toBeGreaterThanOrEqual(committed);
    }
    const duplicates = received.length - places.size;
    expect(writtenByA).toBeGreaterThan(0);
    expect(writtenByA).toBeLessThan(places.size);
    console.info(
      `sigkill: ${places.size} spans, a wrote ${writtenByA} before the kill, b ${lines(outB).length}; ${duplicates} duplicates`,
    );
  }, 120_000);
});
