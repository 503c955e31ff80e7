import http2 from 'node:http2';
import type { Producer } from 'kafkajs';
import { faultTrace, otlpJson, otlpProto, spansOf } from './otlpTrace.js';
import type { FaultSpan } from './otlpTrace.js';

/** Where a client sends: an OTLP/HTTP JSON URL, an OTLP gRPC origin, or a Kafka topic (a producer). */
export type FaultTarget =
  | { readonly kind: 'http'; readonly url: string }
  | { readonly kind: 'grpc'; readonly origin: string }
  | { readonly kind: 'kafka'; readonly producer: Producer; readonly topic: string };

/** What became of one request: `ok` means accepted (HTTP 2xx, gRPC OK, the broker acknowledged). */
export interface FaultOutcome {
  readonly client: string;
  readonly at: number;
  readonly ok: boolean;
  /** `200`, `503`, `grpc 14`, `error: …`. */
  readonly answer: string;
  readonly ms: number;
  readonly spans: readonly FaultSpan[];
}

const EXPORT = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
const REQUEST_TIMEOUT_MS = 20_000;

/** One unary OTLP gRPC `Export` over HTTP/2 (no gRPC library): the `grpc-status`, or an error text. */
function grpcExport(origin: string, message: Buffer): Promise<{ status?: number; error?: string }> {
  return new Promise((resolve) => {
    let settled = false;
    const session = http2.connect(origin);
    const finish = (result: { status?: number; error?: string }): void => {
      if (settled) return;
      settled = true;
      session.destroy();
      resolve(result);
    };
    session.on('error', (e: Error) => finish({ error: e.message }));
    const frame = Buffer.alloc(5);
    frame.writeUInt32BE(message.length, 1);
    const request = session.request({
      ':method': 'POST',
      ':path': EXPORT,
      'content-type': 'application/grpc',
      te: 'trailers',
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => finish({ error: 'timeout' }));
    let status: number | undefined;
    const read = (headers: http2.IncomingHttpHeaders): void => {
      const value = headers['grpc-status'];
      if (value !== undefined) status = Number(value);
    };
    request.on('response', read); // a trailers-only answer carries grpc-status in its headers
    request.on('trailers', read);
    request.on('error', (e: Error) => finish({ error: e.message }));
    request.on('data', () => undefined);
    request.on('close', () => finish(status === undefined ? { error: 'no grpc-status' } : { status }));
    request.end(Buffer.concat([frame, message]));
  });
}

/**
 * The fault test's clients: each request one two-span trace with fresh ids, of the service
 * {@link FaultClients.service} names at the time; every outcome recorded.
 */
export class FaultClients {
  readonly outcomes: FaultOutcome[] = [];
  /** The service name prefix of the traces sent from now on. */
  service = 'shop';
  private readonly loops = new Map<string, { stopped: boolean; done: Promise<void> }>();

  /** Every span of an accepted request. */
  accepted(): FaultSpan[] {
    return this.outcomes.filter((o) => o.ok).flatMap((o) => o.spans);
  }

  /** Every span sent, accepted or not. */
  attempted(): FaultSpan[] {
    return this.outcomes.flatMap((o) => o.spans);
  }

  /** Outcomes of `client` (all clients when undefined) from `since` (ms epoch). */
  since(since: number, client?: string): FaultOutcome[] {
    return this.outcomes.filter((o) => o.at >= since && (client === undefined || o.client === client));
  }

  /** Sends one trace to `target` as `client`; its outcome. */
  async send(client: string, target: FaultTarget): Promise<FaultOutcome> {
    const trace = faultTrace(`${this.service}-${client}`);
    const at = Date.now();
    let ok = false;
    let answer: string;
    try {
      if (target.kind === 'http') {
        const response = await fetch(target.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: otlpJson(trace),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await response.arrayBuffer();
        ok = response.status >= 200 && response.status < 300;
        answer = String(response.status);
      } else if (target.kind === 'grpc') {
        const result = await grpcExport(target.origin, otlpProto(trace));
        ok = result.status === 0;
        answer = result.status === undefined ? `error: ${result.error ?? ''}` : `grpc ${result.status}`;
      } else {
        await target.producer.send({ topic: target.topic, acks: -1, messages: [{ value: otlpJson(trace) }] });
        ok = true;
        answer = 'acked';
      }
    } catch (error) {
      answer = `error: ${(error as Error).message}`;
    }
    const outcome: FaultOutcome = { client, at, ok, answer, ms: Date.now() - at, spans: spansOf(trace) };
    this.outcomes.push(outcome);
    return outcome;
  }

  /** `client` sends to `target` one request after another, `intervalMs` apart, until {@link stop}. */
  start(client: string, target: FaultTarget, intervalMs: number): void {
    const loop = { stopped: false, done: Promise.resolve() };
    loop.done = (async () => {
      while (!loop.stopped) {
        await this.send(client, target);
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
      }
    })();
    this.loops.set(client, loop);
  }

  /** Stops the loops of `clients` (all when none given); resolves once their last requests were answered. */
  async stop(...clients: string[]): Promise<void> {
    const names = clients.length > 0 ? clients : [...this.loops.keys()];
    for (const name of names) {
      const loop = this.loops.get(name);
      if (loop) loop.stopped = true;
    }
    await Promise.all(names.map((name) => this.loops.get(name)?.done ?? Promise.resolve()));
    for (const name of names) this.loops.delete(name);
  }
}
