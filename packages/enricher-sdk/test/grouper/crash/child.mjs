// The child process of crash.int.test.ts: runs a grouper job over the replayable file source in the
// directory given (checkpoints in <dir>/snapshots), prints "started", and marks the directory done when
// the job finished. It runs the built package (dist/), which the tests' global setup keeps fresh.
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSnapshotStore, Job } from '@ht/stream-core';
import { createSpan } from '@ht/enricher-sdk';
import { groupTraces, grouperReasonOf, spanEndTime } from '@ht/enricher-sdk/grouper';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: child.mjs <dir>');
/** @type {{ partitions: string[], batch: number, tickMs: number, checkpointMs: number, outOfOrdernessMs: number, grouper: object }} */
const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));

/** An input line: `{ tenant, trace, span, t }` (t in event-time ms). */
const toSpan = (line) =>
  createSpan({
    tenantId: line.tenant,
    traceId: line.trace,
    spanId: line.span,
    name: 'op',
    startTimeUnixNano: BigInt(line.t) * 1_000_000n - 1n,
    endTimeUnixNano: BigInt(line.t) * 1_000_000n,
  });

/**
 * A replayable file source: one JSON-lines file per partition, positions are line numbers, committed
 * positions go to offsets.json (write aside, rename over) on every acknowledgement. Emits `batch` lines
 * per partition every `tickMs`, honouring pauses.
 */
class FileSource {
  name = 'raw-spans';
  paused = new Set();
  stopped = false;
  committed = existsSync(join(dir, 'offsets.json')) ? JSON.parse(readFileSync(join(dir, 'offsets.json'), 'utf8')) : {};

  start(ctx) {
    ctx.assign(config.partitions);
    const lines = new Map();
    const cursor = new Map();
    for (const p of config.partitions) {
      const text = readFileSync(join(dir, `input-${p}.jsonl`), 'utf8').trim();
      lines.set(p, text === '' ? [] : text.split('\n').map((l) => toSpan(JSON.parse(l))));
      const from = ctx.startPositions.get(p) ?? this.committed[p];
      cursor.set(p, from === undefined ? 0 : Number(from) + 1);
    }
    const tick = () => {
      if (this.stopped) return;
      let open = 0;
      for (const p of config.partitions) {
        const items = lines.get(p);
        const at = cursor.get(p);
        if (at >= items.length) continue;
        open++;
        if (this.paused.has(p)) continue;
        const slice = items.slice(at, at + config.batch);
        cursor.set(p, at + slice.length);
        ctx.emit(p, slice, at + slice.length - 1);
      }
      if (open === 0) ctx.end();
      else ctx.clock.setTimer(tick, config.tickMs);
    };
    tick();
  }
  pause(p) {
    this.paused.add(p);
  }
  resume(p) {
    this.paused.delete(p);
  }
  ack(p, position) {
    this.committed[p] = Number(position);
    writeFileSync(join(dir, 'offsets.json.tmp'), JSON.stringify(this.committed));
    renameSync(join(dir, 'offsets.json.tmp'), join(dir, 'offsets.json'));
  }
  stop() {
    this.stopped = true;
  }
}

/** Appends JSON lines; a write returns once the bytes are in the file (durable on SIGKILL). */
const fileSink = (name, file, toLine) => ({
  name,
  write: (records) => appendFileSync(join(dir, file), records.map((r) => JSON.stringify(toLine(r)) + '\n').join('')),
});

const job = new Job({
  name: 'crash-grouper',
  checkpoints: { store: new FileSnapshotStore(join(dir, 'snapshots')), intervalMs: config.checkpointMs },
});
const spans = job.source(new FileSource(), {
  timestamp: spanEndTime,
  watermarks: { outOfOrdernessMs: config.outOfOrdernessMs },
  credits: 200,
});
const { traces, lateSpans } = groupTraces(spans, config.grouper);
traces.to(
  fileSink('traces', 'traces.jsonl', (t) => ({
    tenant: t.tenantId,
    trace: t.traceId,
    session: t.session,
    fragment: t.fragment,
    reason: grouperReasonOf(t),
    spans: t.spans.map((s) => s.spanId),
  })),
);
lateSpans.to(fileSink('late', 'late.jsonl', (s) => ({ tenant: s.tenantId, trace: s.traceId, span: s.spanId })));
// The engine's timers are unref'd (a source's own I/O keeps a process alive); this source polls on them.
const keepAlive = setInterval(() => undefined, 1_000);
await job.start();
process.stdout.write('started\n');
await job.done;
clearInterval(keepAlive);
writeFileSync(join(dir, 'done'), 'done\n');
process.exit(0);
