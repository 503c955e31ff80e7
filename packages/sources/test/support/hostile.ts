import type { Logger } from '@ht/enricher-sdk';
import type { Span } from '@ht/enricher-sdk';
import { Client, credentials, Metadata } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import type { AcceptResult, SpanSink } from '../../src/index.js';

/** A sink that holds every `accept` until {@link release}: the pipeline is "full" while it holds. */
export class HeldSink implements SpanSink {
  readonly spans: Span[] = [];
  private held: (() => void)[] = [];
  holding = true;

  accept(spans: readonly Span[]): AcceptResult | Promise<AcceptResult> {
    if (!this.holding) {
      this.spans.push(...spans);
      return { status: 'accepted' };
    }
    return new Promise((resolve) =>
      this.held.push(() => {
        this.spans.push(...spans);
        resolve({ status: 'accepted' });
      }),
    );
  }

  /** Accepts held in the sink now. */
  get waiting(): number {
    return this.held.length;
  }

  /** Lets every held accept through and stops holding. */
  release(): void {
    this.holding = false;
    for (const go of this.held.splice(0)) go();
  }
}

/** One log record as a {@link CapturingLogger} keeps it. */
export interface LogRecord {
  readonly level: string;
  readonly fields: Record<string, unknown>;
  readonly msg: string;
}

/** A logger that keeps every record (and, as text, everything that would have been written). */
export class CapturingLogger implements Logger {
  readonly records: LogRecord[] = [];
  constructor(
    private readonly bindings: Record<string, unknown> = {},
    records?: LogRecord[],
  ) {
    if (records) this.records = records;
  }
  private log(level: string, objOrMsg: object | string, msg?: string): void {
    const fields = typeof objOrMsg === 'string' ? {} : { ...objOrMsg };
    this.records.push({
      level,
      fields: { ...this.bindings, ...fields },
      msg: typeof objOrMsg === 'string' ? objOrMsg : (msg ?? ''),
    });
  }
  trace = (o: object | string, m?: string): void => this.log('trace', o, m);
  debug = (o: object | string, m?: string): void => this.log('debug', o, m);
  info = (o: object | string, m?: string): void => this.log('info', o, m);
  warn = (o: object | string, m?: string): void => this.log('warn', o, m);
  error = (o: object | string, m?: string): void => this.log('error', o, m);
  child = (bindings: Record<string, unknown>): Logger =>
    new CapturingLogger({ ...this.bindings, ...bindings }, this.records);

  /** Every record as the text a JSON logger would write (errors with message and stack). */
  text(): string {
    return this.records
      .map((r) =>
        JSON.stringify({ level: r.level, msg: r.msg, ...r.fields }, (_key, value: unknown) =>
          value instanceof Error ? { message: value.message, stack: value.stack } : value,
        ),
      )
      .join('\n');
  }
}

/** Waits until `check` holds, polling every 10 ms, for at most `ms`. */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** An OpenCensus Export stream: writes `messages`, half-closes, resolves with the answers and the end status. */
export function openCensusStream(
  address: string,
  messages: readonly Buffer[],
  metadata: Record<string, string> = {},
): Promise<{ answers: number; error: ServiceError | null }> {
  const client = new Client(address, credentials.createInsecure());
  const md = new Metadata();
  for (const [key, value] of Object.entries(metadata)) md.set(key, value);
  const call = client.makeBidiStreamRequest(
    '/opencensus.proto.agent.trace.v1.TraceService/Export',
    (b: Buffer) => b,
    (b: Buffer) => b,
    md,
  );
  let answers = 0;
  return new Promise((resolve) => {
    call.on('data', () => answers++);
    call.on('error', (error: ServiceError) => {
      client.close();
      resolve({ answers, error });
    });
    call.on('end', () => {
      client.close();
      resolve({ answers, error: null });
    });
    for (const message of messages) call.write(message);
    call.end();
  });
}
