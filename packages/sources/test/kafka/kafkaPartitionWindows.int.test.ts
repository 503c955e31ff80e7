import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Message } from 'kafkajs';
import { afterAll, describe, expect, it } from 'vitest';
import { BrokerFixture, eventually, uniqueName } from './broker.js';
import type { Output, Reading } from './windowMember.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = new BrokerFixture();
const dir = mkdtempSync(join(tmpdir(), 's7-partitions-windows-'));
const stateTopic = uniqueName('window-state');
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  const admin = await fixture.connect();
  await admin.deleteTopics({ topics: [stateTopic] }).catch(() => undefined);
  await fixture.close();
});

/** A running copy of the window job (windowMember.ts). */
interface Member {
  readonly child: ChildProcess;
  readonly out: string;
  output(): string;
  /** SIGTERM (the job stops with a flush); resolves with what it printed. */
  stop(): Promise<string>;
}

async function startMember(topic: string, group: string, name: string): Promise<Member> {
  const out = join(dir, `${name}.jsonl`);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/kafka/windowMember.ts', JSON.stringify({ topic, group, stateTopic, out })],
    { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await eventually(() => {
    if (child.exitCode !== null) throw new Error(`member ${name} exited with ${child.exitCode}:\n${output}`);
    return output.includes('started\n');
  }, `member ${name} started`);
  return {
    child,
    out,
    output: () => output,
    stop: () =>
      new Promise<string>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve(output);
        child.once('exit', () => resolve(output));
        child.kill('SIGTERM');
      }),
  };
}

/** The lines a member wrote, ignoring one torn by the kill. */
function outputOf(file: string): Output[] {
  if (!existsSync(file)) return [];
  const lines: Output[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    try {
      lines.push(JSON.parse(line) as Output);
    } catch {
      // Cut by SIGKILL mid-write: the window is written again by the partition's next owner.
    }
  }
  return lines;
}

const PARTITIONS = 4;
const KEYS = 16;
/** Event time between rounds: ten rounds per 1 s window. */
const ROUND_MS = 100;

/**
 * Sends a round of readings (one per key, each key always to partition `key mod 4`) every `everyMs`
 * of wall time, `rounds` times; event time moves `ROUND_MS` per round, whatever the wall clock does.
 */
async function sendRounds(topic: string, rounds: number, everyMs: number): Promise<Reading[]> {
  const producer = fixture.kafka.producer();
  await producer.connect();
  const sent: Reading[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const messages: Message[] = [];
      for (let k = 0; k < KEYS; k++) {
        const reading: Reading = { id: sent.length, key: `k${k}`, t: round * ROUND_MS };
        sent.push(reading);
        messages.push({ key: reading.key, value: JSON.stringify(reading), partition: k % PARTITIONS });
      }
      await producer.send({ topic, acks: -1, messages });
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  } finally {
    await producer.disconnect();
  }
  return sent;
}

describe('windows with state per partition on the real broker: a copy killed with SIGKILL mid-stream', () => {
  it('the other copy takes its partitions with their open windows and counts every reading exactly once', async () => {
    const topic = await fixture.topic('windows', PARTITIONS);
    const group = fixture.group('windows');
    const a = await startMember(topic, group, 'a');
    const b = await startMember(topic, group, 'b');
    // 250 rounds of 16 readings, one every 40 ms (10 s); a dies 3 s in, b waits out a's session (6 s),
    // then restores a's partitions and reads on while rounds keep coming.
    const sending = sendRounds(topic, 250, 40);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    a.child.kill('SIGKILL');
    await new Promise<void>((resolve) =>
      a.child.exitCode !== null ? resolve() : a.child.once('exit', () => resolve()),
    );
    const sent = await sending;
    await eventually(() => fixture.fullyCommitted(group, topic), 'b committing the end of every partition', 60_000);
    const bOutput = await b.stop();

    const written = [...outputOf(a.out), ...outputOf(b.out)];
    const writtenByA = outputOf(a.out).length;
    expect(written.filter((o) => 'late' in o)).toEqual([]);
    const windows = written.filter((o): o is Exclude<Output, { late: number }> => !('late' in o));
    // A window written twice (after the last snapshot by a, again by b) is the same result.
    const byWindow = new Map<string, string>();
    let duplicates = 0;
    for (const w of windows) {
      const id = `${w.key}@${w.start}`;
      const result = JSON.stringify(w);
      const before = byWindow.get(id);
      if (before !== undefined) {
        duplicates++;
        expect(result, `window ${id} written twice with different results`).toBe(before);
      } else byWindow.set(id, result);
    }
    // Every reading is counted in exactly one window: the one of its key and event time.
    const counted = new Map<number, string>();
    for (const [id, result] of byWindow) {
      for (const readingId of (JSON.parse(result) as { ids: number[] }).ids) {
        expect(counted.get(readingId), `reading ${readingId} counted twice`).toBeUndefined();
        counted.set(readingId, id);
      }
    }
    const missing = sent.filter((r) => !counted.has(r.id)).map((r) => r.id);
    expect(missing).toEqual([]);
    for (const r of sent) expect(counted.get(r.id)).toBe(`${r.key}@${Math.floor(r.t / 1_000) * 1_000}`);
    expect(byWindow.size).toBe(KEYS * Math.ceil((250 * ROUND_MS) / 1_000));
    // a did its share before dying; b restored open windows from snapshots (a's partitions among them).
    expect(writtenByA).toBeGreaterThan(0);
    const stats = JSON.parse(/stats (.*)\n/.exec(bOutput)?.[1] ?? '{}') as { restored?: number };
    expect(stats.restored).toBeGreaterThanOrEqual(PARTITIONS);
    console.info(
      `partition windows kill test: ${sent.length} readings, ${byWindow.size} windows; a wrote ${writtenByA} results before the kill, ` +
        `b ${written.length - writtenByA}; ${duplicates} windows written twice (identical); b restored ${stats.restored} partition(s)`,
    );
  }, 120_000);
});
