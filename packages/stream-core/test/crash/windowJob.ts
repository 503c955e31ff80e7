import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position, Sink, Source, SourceContext } from '../../src/index.js';
import { FileSnapshotStore, Job, tumblingWindows } from '../../src/index.js';

/** One input record of the crash-recovery job. */
export interface Item {
  readonly id: number;
  readonly k: string;
  readonly t: number;
}

/** One window result: the ids of a key's records in a window. */
export interface WindowResult {
  readonly key: string;
  readonly start: number;
  readonly ids: number[];
}

export const PARTITIONS = ['0', '1', '2', '3'];

/** Writes the input: per partition a JSON-lines file, timestamps increasing within each partition. */
export function writeInput(dir: string, perPartition: number, keys: number): Item[] {
  const all: Item[] = [];
  PARTITIONS.forEach((p, pi) => {
    const lines: string[] = [];
    for (let j = 0; j < perPartition; j++) {
      const item: Item = { id: pi * perPartition + j, k: `k${(j * 7 + pi) % keys}`, t: j * 2 + pi * 3 };
      all.push(item);
      lines.push(JSON.stringify(item));
    }
    writeFileSync(join(dir, `input-${p}.jsonl`), lines.join('\n') + '\n');
  });
  return all;
}

/**
 * A replayable file source: one JSON-lines file per partition, positions are line numbers, committed
 * positions go to `offsets.json` on every acknowledgement. Emits `batch` lines per partition every
 * `tickMs` (so a run lasts long enough to be killed in the middle).
 */
class FileSource implements Source<Item> {
  readonly name = 'files';
  private readonly paused = new Set<string>();
  private stopped = false;
  private readonly committed: Record<string, number>;

  constructor(
    private readonly dir: string,
    private readonly batch: number,
    private readonly tickMs: number,
  ) {
    const file = join(dir, 'offsets.json');
    this.committed = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>) : {};
  }

  start(ctx: SourceContext<Item>): void {
    ctx.assign(PARTITIONS);
    const lines = new Map<string, Item[]>();
    const cursor = new Map<string, number>();
    for (const p of PARTITIONS) {
      const text = readFileSync(join(this.dir, `input-${p}.jsonl`), 'utf8').trim();
      lines.set(
        p,
        text.split('\n').map((l) => JSON.parse(l) as Item),
      );
      const from = ctx.startPositions.get(p) ?? this.committed[p];
      cursor.set(p, from === undefined ? 0 : Number(from) + 1);
    }
    const tick = (): void => {
      if (this.stopped) return;
      let open = 0;
      for (const p of PARTITIONS) {
        const items = lines.get(p) ?? [];
        const at = cursor.get(p) ?? 0;
        if (at >= items.length) continue;
        open++;
        if (this.paused.has(p)) continue;
        const slice = items.slice(at, at + this.batch);
        cursor.set(p, at + slice.length);
        ctx.emit(p, slice, at + slice.length - 1);
      }
      if (open === 0) ctx.end();
      else ctx.clock.setTimer(tick, this.tickMs);
    };
    tick();
  }

  pause(partition: string): void {
    this.paused.add(partition);
  }

  resume(partition: string): void {
    this.paused.delete(partition);
  }

  ack(partition: string, position: Position): void {
    this.committed[partition] = Number(position);
    // Like a broker's offset commit, all or nothing: write aside, then rename over.
    writeFileSync(join(this.dir, 'offsets.json.tmp'), JSON.stringify(this.committed));
    renameSync(join(this.dir, 'offsets.json.tmp'), join(this.dir, 'offsets.json'));
  }

  stop(): void {
    this.stopped = true;
  }
}

/** Appends results as JSON lines; a write returns once the bytes are in the file (durable on SIGKILL). */
class FileSink implements Sink<WindowResult> {
  readonly name = 'results';
  constructor(private readonly file: string) {}
  write(records: readonly WindowResult[]): void {
    appendFileSync(this.file, records.map((r) => JSON.stringify(r) + '\n').join(''));
  }
}

/** The keyed window job: 100 ms tumbling windows per key, each result the sorted ids it holds. */
export function buildJob(dir: string, options: { batch: number; tickMs: number; checkpointMs: number }): Job {
  const job = new Job({
    name: 'crash-window-job',
    checkpoints: { store: new FileSnapshotStore(join(dir, 'snapshots')), intervalMs: options.checkpointMs },
  });
  job
    .source(new FileSource(dir, options.batch, options.tickMs), {
      timestamp: (i) => i.t,
      watermarks: { outOfOrdernessMs: 20 },
      credits: 200,
    })
    .keyBy((i) => i.k)
    .window(tumblingWindows({ sizeMs: 100 }))
    .process(
      (items, w): WindowResult[] => [{ key: w.key, start: w.start, ids: items.map((i) => i.id).sort((a, b) => a - b) }],
      {
        name: 'ids-per-window',
      },
    )
    .to(new FileSink(join(dir, 'output.jsonl')));
  return job;
}

/** Reads a results file, ignoring a torn last line. */
export function readResults(dir: string): WindowResult[] {
  const file = join(dir, 'output.jsonl');
  if (!existsSync(file)) return [];
  const out: WindowResult[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      out.push(JSON.parse(line) as WindowResult);
    } catch {
      // A write cut by the kill: it is written again after the restart.
    }
  }
  return out;
}
