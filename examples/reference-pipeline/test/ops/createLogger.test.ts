import { describe, expect, it } from 'vitest';
import { createLogger, toSdkLogger } from '../../src/ops/index.js';
import type { LogDestination } from '../../src/ops/index.js';

/** A destination that keeps what is written. */
function capture(isTTY?: boolean): LogDestination & { readonly chunks: string[]; text(): string } {
  const chunks: string[] = [];
  return {
    chunks,
    ...(isTTY === undefined ? {} : { isTTY }),
    write: (chunk: string) => chunks.push(chunk),
    text: () => chunks.join(''),
  };
}

// eslint-disable-next-line no-control-regex -- matching the ANSI colour codes of the pretty format
const ANSI = /\x1b\[[0-9;]*m/g;

describe('createLogger', () => {
  it('writes one JSON object per line in the json format', () => {
    const out = capture(true);
    const log = createLogger({ format: 'json', destination: out, name: 'ht' });
    log.info({ port: 8099 }, 'ops server listening');
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      level: 30,
      name: 'ht',
      port: 8099,
      msg: 'ops server listening',
    });
  });

  it('writes human lines in the pretty format: time, level, message, then the fields', () => {
    const out = capture(false);
    createLogger({ format: 'pretty', destination: out }).warn({ tenant: 'acme' }, 'queue almost full');
    const text = out.text();
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: queue almost full\n {4}tenant: "acme"\n$/);
    expect(text).not.toMatch(ANSI);
    expect(text).not.toContain('pid');
  });

  it('colours the pretty format in a TTY', () => {
    const out = capture(true);
    createLogger({ format: 'pretty', destination: out }).info('hello');
    expect(out.text()).toMatch(ANSI);
    expect(out.text().replace(ANSI, '')).toMatch(/INFO: hello\n$/);
  });

  it('auto is pretty in a TTY and JSON otherwise', () => {
    const tty = capture(true);
    createLogger({ format: 'auto', destination: tty }).info('hello');
    expect(tty.text().replace(ANSI, '')).toMatch(/^\[[\d:.]+\] INFO: hello\n$/);
    const pipe = capture(false);
    createLogger({ destination: pipe }).info('hello');
    expect(JSON.parse(pipe.text())).toMatchObject({ level: 30, msg: 'hello' });
  });

  it('drops records below the level', () => {
    const out = capture();
    const log = createLogger({ format: 'json', level: 'warn', destination: out });
    log.info('not shown');
    log.error('shown');
    expect(out.chunks.map((c) => (JSON.parse(c) as { msg: string }).msg)).toEqual(['shown']);
    const silent = capture();
    createLogger({ format: 'json', level: 'silent', destination: silent }).error('nothing');
    expect(silent.chunks).toEqual([]);
  });
});

describe('toSdkLogger', () => {
  it('gives the SDK Logger: the call shapes, levels and bound fields of child', () => {
    const out = capture();
    const logger = toSdkLogger(createLogger({ format: 'json', level: 'trace', destination: out }));
    const child = logger.child({ enricher: 'geo' });
    child.warn({ ip: '10.0.0.1' }, 'no location');
    child.child({ tenant: 'acme' }).debug('looked up');
    logger.error({ code: 'X' });
    logger.trace('fine');
    logger.info('100% done');
    const records = out.chunks.map((c) => JSON.parse(c) as Record<string, unknown>);
    expect(records).toMatchObject([
      { level: 40, enricher: 'geo', ip: '10.0.0.1', msg: 'no location' },
      { level: 20, enricher: 'geo', tenant: 'acme', msg: 'looked up' },
      { level: 50, code: 'X' },
      { level: 10, msg: 'fine' },
      { level: 30, msg: '100% done' },
    ]);
    expect(records[2]).not.toHaveProperty('msg');
  });
});
