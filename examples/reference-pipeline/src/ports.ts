import { FORMATS, receiverEndpoints, resolvePorts } from '@ht/sources';
import type { NamedPort, ReceiverName, TraceFormat } from '@ht/sources';

/**
 * The pipeline's own ports, beside the receivers' (docs/contracts.md, Ports); the receivers' come from
 * `@ht/sources` (`FORMATS`). `--port-offset N` adds N to every one.
 *
 * @example
 * ```ts
 * APP_PORTS.ui.port; // 2020
 * ```
 */
export const APP_PORTS = Object.freeze({
  ui: { port: 2020, purpose: 'UI + GraphQL' },
  ops: { port: 8099, purpose: 'Ops (health, metrics)' },
} as const satisfies Record<string, NamedPort>);

/**
 * A name of one of the pipeline's listening ports: a receiver endpoint's or one of {@link APP_PORTS}.
 *
 * @example
 * ```ts
 * const name: PortName = 'jaegerAgentCompact';
 * ```
 */
export type PortName = ReceiverName | keyof typeof APP_PORTS;

/**
 * Every port of the pipeline, by name.
 *
 * @example
 * ```ts
 * const ports: PipelinePorts = portsWithOffset(0);
 * ports.otlpHttp; // 4318
 * ```
 */
export type PipelinePorts = Readonly<Record<PortName, number>>;

/**
 * One row of the port table the `ht demo` banner prints: a port's name, what it serves and where.
 *
 * @example
 * ```ts
 * const row: PortRow = { name: 'otlpHttp', purpose: 'OTLP HTTP', port: 4318 };
 * ```
 */
export interface PortRow {
  readonly name: string;
  readonly purpose: string;
  readonly port: number;
}

/**
 * Every port of the pipeline shifted by `offset`, checked by `@ht/sources`' `resolvePorts`: an offset that
 * pushes any port outside 1-65535 throws an `HtError` (`CONFIG_INVALID`) naming that port and its purpose.
 *
 * @example
 * ```ts
 * portsWithOffset(1000).otlpHttp; // 5318
 * portsWithOffset(1000).ui; // 3020
 * ```
 */
export function portsWithOffset(offset: number): PipelinePorts {
  return resolvePorts(offset, { extra: APP_PORTS }) as PipelinePorts;
}

/**
 * The port table: every receiver endpoint of `formats` (default `FORMATS`), then the app's ports, each
 * with its purpose and its port shifted by `offset`.
 *
 * @example
 * ```ts
 * for (const row of portTable(0)) console.log(`${row.name} ${row.purpose} ${row.port}`);
 * ```
 */
export function portTable(offset: number, formats: readonly TraceFormat[] = FORMATS): readonly PortRow[] {
  const ports: Readonly<Record<string, number | undefined>> = resolvePorts(offset, { formats, extra: APP_PORTS });
  const named: readonly { readonly name: string; readonly purpose: string }[] = [
    ...receiverEndpoints(formats),
    ...Object.entries(APP_PORTS).map(([name, p]) => ({ name, purpose: p.purpose })),
  ];
  return named.map(({ name, purpose }) => ({ name, purpose, port: ports[name] ?? 0 }));
}
