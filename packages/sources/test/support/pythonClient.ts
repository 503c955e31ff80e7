import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExpectedSpan } from './expectSpans.js';

/** The venv python of the trace clients (`scripts/services up trace-clients`), as `npm test` exports it. */
export const tracePython =
  process.env['HT_TRACE_CLIENTS_PYTHON'] ??
  join(process.env['HT_CACHE'] ?? join(homedir(), '.cache', 'ht'), 'trace-clients', 'venv', 'bin', 'python');

const clientsDir = fileURLToPath(new URL('../clients/', import.meta.url));

/** What a client script reports for each span it sent. */
export interface ClientSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly name: string;
  readonly kind: ExpectedSpan['kind'];
  readonly start: string;
  readonly end: string;
}

/**
 * Runs a client script from test/clients/ with the venv's python (asynchronously: the receiver under test
 * runs in this process) and returns the spans it reports on its last stdout line.
 */
export function runPythonClient(script: string, args: readonly string[]): Promise<ClientSpan[]> {
  return new Promise((resolve, reject) => {
    execFile(
      tracePython,
      [join(clientsDir, script), ...args],
      { cwd: clientsDir, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${script} failed: ${error.message}\n${stderr}`));
          return;
        }
        const last = stdout.trim().split('\n').pop() ?? '[]';
        resolve(JSON.parse(last) as ClientSpan[]);
      },
    );
  });
}

/** A client's report as an expectation: the caller adds service, status and attributes. */
export function expectedFrom(
  span: ClientSpan,
  rest: Omit<ExpectedSpan, 'traceId' | 'spanId' | 'parentSpanId' | 'name' | 'kind' | 'start' | 'end'>,
): ExpectedSpan {
  return {
    traceId: span.traceId.padStart(32, '0'),
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    name: span.name,
    kind: span.kind,
    start: BigInt(span.start),
    end: BigInt(span.end),
    ...rest,
  };
}
