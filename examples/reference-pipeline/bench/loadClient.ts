// The bench's load process: POSTs copies of one OTLP/HTTP protobuf request (fresh trace ids and current
// times in each, see OtlpTemplate) over keep-alive connections, `concurrency` at a time, until `spans`
// spans were accepted or `durationMs` passed; at `spansPerSecond` when given, else as fast as answered.
// A 429 or 503 is retried after `retryMs` (counted). Prints one JSON line of LoadResult at the end.
//   node --import tsx bench/loadClient.ts '<LoadOptions as JSON>'
import { readFileSync } from 'node:fs';
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
  /** Wait before sending a refused request again (default 50 ms). */
  readonly retryMs?: number;
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
const retryMs = options.retryMs ?? 50;
const totalRequests = options.spans === undefined ? Infinity : Math.ceil(options.spans / template.spans);
const intervalMs = options.spansPerSecond === undefined ? 0 : (template.spans / options.spansPerSecond) * 1000;
const startedAt = Date.now();
const until = options.durationMs === undefined ? Infinity : startedAt + options.durationMs;
let next = 0;
let requests = 0;
let spans = 0;
let retries = 0;
let failed = 0;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function post(body: Buffer): Promise<number> {
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
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

async function worker(): Promise<void> {
  for (;;) {
    const sequence = next++;
    if (sequence >= totalRequests) return;
    if (intervalMs > 0) {
      const due = startedAt + sequence * intervalMs;
      if (due > Date.now()) await sleep(due - Date.now());
    }
    if (Date.now() >= until) return;
    const body = template.instantiate(sequence);
    for (;;) {
      const status = await post(body);
      if (status === 200) {
        requests++;
        spans += template.spans;
        break;
      }
      if (status === 429 || status === 503) {
        retries++;
        await sleep(retryMs);
        continue;
      }
      failed++;
      break;
    }
  }
}

await Promise.all(Array.from({ length: options.concurrency }, worker));
agent.destroy();
const result: LoadResult = { requests, spans, retries, failed, startedAt, endedAt: Date.now() };
process.stdout.write(`${JSON.stringify(result)}\n`);
