import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildJob } from './windowJob.js';

// The child process of crashRecovery.int.test.ts: runs the job on the directory given, prints
// "started", and marks the directory done when the job finished.
const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: main.ts <dir>');
const job = buildJob(dir, { batch: 5, tickMs: 12, checkpointMs: 40 });
// The engine's timers are unref'd (the sources' own I/O keeps a process alive); this source polls on them.
const keepAlive = setInterval(() => undefined, 1_000);
await job.start();
process.stdout.write('started\n');
await job.done;
clearInterval(keepAlive);
writeFileSync(join(dir, 'done'), 'done\n');
process.exit(0);
