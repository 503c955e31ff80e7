// The bench's load process: POSTs copies of one OTLP/HTTP protobuf request (fresh trace ids and current
// times in each, see OtlpTemplate) over keep-alive connections, `concurrency` at a time, until `spans`
// spans were accepted or `durationMs` passed; at `spansPerSecond` when given, else as fast as answered.
// A 429 or 503 is sent again after its Retry-After (else `retryMs`), as the OTel SDK exporters do, and
// counted. With `adjustable`, each line read on stdin is a new rate (spans/s) and the end of stdin ends the
// load. Prints one JSON line of LoadResult at the end.
//   node --import tsx bench/loadClient.ts '<LoadOptions as JSON>'
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Agent, request } from 'node:http';
import { OtlpTemplate } from './otlpTemplate.js';
import type { OtlpTemplateFile } from './otlpTemplate.js';

/** What the load process is told (one JSON argument). */
export interface LoadOptions {
  readonly url: string;
  /** An {@link OtlpTemplateFile} as JSON. */
  readonly templateFile: string;
  readonly concurrency: number;
  /** Stop once this many spans were accepted. */
  readonly spans?: number;
  /** Stop after this long. */
  readonly durationMs?: number;
  /** Pace requests to this rate (default: as fast as they are answered). */
  readonly spansPerSecond?: number;
  /** Wait before sending a refused request again when the answer has no Retry-After (default 1000 ms). */
  readonly retryMs?: number;
  /** Read new rates (spans/s, one a line) on stdin; its end ends the load (see `startLoad`). */
  readonly adjustable?: boolean;
}

/** What the load process reports. */
export interface LoadResult {
  readonly requests: number;
  readonly spans: number;
  /** Requests answered 429 or 503 and sent again. */
  readonly retries: number;
  /** Requests answered otherwise (or failed): not counted in `spans`. */
  readonly failed: number;
  /** Unix ms of the first request and of the last answer. */
  readonly startedAt: number;
  readonly endedAt: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
const template = OtlpTemplate.fromFile(JSON.parse(readFileSync(options.templateFile, 'utf8')) as OtlpTemplateFile);
const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
const retryMs = options.retryMs ?? 1_000;
const totalRequests = options.spans === undefined ? Infinity : Math.ceil(options.spans / template.spans);
const startedAt = Date.now();
let until = options.durationMs === undefined ? Infinity : startedAt + options.durationMs;
let next = 0;
/**
 * The pace: request `sequence` is due at `at + (sequence - from) × intervalMs` (0: as fast as answered).
 * A new rate starts a new pace from the next request, so a load behind its old pace does not burst.
 */
let pace = { at: startedAt, from: 0, intervalMs: intervalOf(options.spansPerSecond) };

function intervalOf(spansPerSecond: number | undefined): number {
  return spansPerSecond === undefined ? 0 : (template.spans / spansPerSecond) * 1000;
}

if (options.adjustable === true) {
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const rate = Number(line);
    if (Number.isFinite(rate) && rate > 0) pace = { at: Date.now(), from: next, intervalMs: intervalOf(rate) };
  });
  lines.on('close', () => (until = Date.now()));
}
let requests = 0;
let spans = 0;
let retries = 0;
let failed = 0;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The answer's status and its Retry-After in ms (undefined when absent). */
function post(body: Buffer): Promise<{ status: number; retryAfterMs: number | undefined }> {
  return new Promise((resolve) => {
    const req = request(
      options.url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/x-protobuf', 'content-length': body.length },
      },
      (res) => {
        res.resume();
        const retryAfter = Number(res.headers['retry-after']);
        const retryAfterMs = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined;
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfterMs }));
      },
    );
    req.on('error', () => resolve({ status: 0, retryAfterMs: undefined }));
    req.end(body);
  });
}

async function worker(): Promise<void> {
  for (;;) {
    const sequence = next++;
    if (sequence >= totalRequests) return;
    if (pace.intervalMs > 0) {
      const due = pace.at + (sequence - pace.from) * pace.intervalMs;
      if (due > Date.now()) await sleep(Math.min(due, until) - Date.now());
    }
    if (Date.now() >= until) return;
    const body = template.instantiate(sequence);
    for (;;) {
      const { status, retryAfterMs } = await post(body);
      if (status === 200) {
        requests++;
        spans += template.spans;
        break;
      }
      if (status === 429 || status === 503) {
        retries++;
        await sleep(retryAfterMs ?? retryMs);
        // The time is up: a request still refused is left unsent (neither accepted nor failed).
        if (Date.now() >= until) return;
        continue;
      }
      failed++;
      break;
    }
  }
}

await Promise.all(Array.from({ length: options.concurrency }, worker));
agent.destroy();
process.stdin.destroy();
const result: LoadResult = { requests, spans, retries, failed, startedAt, endedAt: Date.now() };
process.stdout.write(`${JSON.stringify(result)}\n`);
