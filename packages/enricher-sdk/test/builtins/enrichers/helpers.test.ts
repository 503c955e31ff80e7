import { describe, expect, it } from 'vitest';
import { GRPC_CODE_NAMES, grpcCodeOf, isGrpcError } from '../../../src/builtins/enrichers/grpcCodes.js';
import { normalizeRoute, templatePath } from '../../../src/builtins/enrichers/pathTemplate.js';
import { sqlStatementOf } from '../../../src/builtins/enrichers/sqlStatement.js';
import { parseUserAgent } from '../../../src/builtins/enrichers/userAgentParser.js';
import { Attributes, Normalized } from '../../../src/index.js';
import { semconv, SEMCONV_TABLE } from '../../../src/builtins/index.js';
import { runEnricher, traceBuilder } from '../../../src/testing/index.js';

describe('templatePath', () => {
  it.each([
    ['/users/123', '/users/{id}'],
    ['/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301/items', '/orders/{id}/items'],
    ['/objects/507f1f77bcf86cd799439011', '/objects/{id}'],
    ['/v1/charges/ch_3MmlLrLkdIwHu7ix0snN0B15', '/v1/charges/{id}'],
    ['/a/8d0e7b7e6a644cc49a2f2f6d5b1ea9b1.png', '/a/{id}.png'],
    ['/v2/2fa-setup/checkout', '/v2/2fa-setup/checkout'],
    ['/deadbeef/cafe', '/deadbeef/cafe'],
    ['', '/'],
  ])('%s -> %s', (path, template) => expect(templatePath(path)).toBe(template));

  it('normalizes route syntaxes to {name}', () => {
    expect(normalizeRoute('/users/:userId/cart/:item?')).toBe('/users/{userId}/cart/{item}');
    expect(normalizeRoute('/users/<int:user_id>')).toBe('/users/{user_id}');
    expect(normalizeRoute('/users/{id}')).toBe('/users/{id}');
  });
});

describe('sqlStatementOf', () => {
  it.each([
    ['SELECT o.id FROM "public"."orders" o WHERE o.id = $1', 'SELECT', 'public.orders'],
    ['insert into order_items (id) values (?)', 'INSERT', 'order_items'],
    ['/* billing */ UPDATE `invoices` SET status = ?', 'UPDATE', 'invoices'],
    ['-- purge\nDELETE FROM [dbo].[sessions] WHERE expires < @now', 'DELETE', 'dbo.sessions'],
    ['WITH a AS (SELECT (1) FROM x), b AS (SELECT 2) SELECT * FROM orders JOIN a ON true', 'SELECT', 'orders'],
    ['CREATE TABLE IF NOT EXISTS audit_log (id int)', 'CREATE', 'audit_log'],
    ['SELECT * FROM (SELECT 1) t', 'SELECT', ''],
    ['BEGIN', 'BEGIN', ''],
  ])('%s', (sql, type, table) => expect(sqlStatementOf(sql)).toEqual({ type, table }));

  it('answers repeated statements the same (remembered), long ones too (not remembered)', () => {
    const long = `SELECT ${'a, '.repeat(400)}b FROM "big"."table"`;
    for (let i = 0; i < 3; i++) {
      expect(sqlStatementOf('DELETE FROM sessions WHERE id = $1')).toEqual({ type: 'DELETE', table: 'sessions' });
      expect(sqlStatementOf('  -- only a comment')).toBeUndefined();
      expect(sqlStatementOf(long)).toEqual({ type: 'SELECT', table: 'big.table' });
    }
  });

  it('returns nothing for text that is not a statement', () => {
    expect(sqlStatementOf('  (  ')).toBeUndefined();
  });
});

describe('gRPC codes', () => {
  it('reads names and numbers, and tells whose fault a code is', () => {
    expect(grpcCodeOf('not_found')).toBe(5);
    expect(grpcCodeOf('14')).toBe(14);
    expect(grpcCodeOf('17')).toBeUndefined();
    expect(GRPC_CODE_NAMES[16]).toBe('UNAUTHENTICATED');
    expect(isGrpcError(5, 'SERVER')).toBe(false);
    expect(isGrpcError(5, 'CLIENT')).toBe(true);
    expect(isGrpcError(13, 'SERVER')).toBe(true);
    expect(isGrpcError(0, 'CLIENT')).toBe(false);
  });
});

describe('parseUserAgent', () => {
  it('sorts browsers, bots and libraries', () => {
    expect(parseUserAgent('python-requests/2.31.0')).toMatchObject({ name: 'python-requests', type: 'library' });
    expect(parseUserAgent('Mozilla/5.0 (compatible; bingbot/2.0)')).toMatchObject({ type: 'bot', name: 'bingbot' });
    expect(parseUserAgent('')).toMatchObject({ type: 'unknown', name: '' });
  });
});

describe('SEMCONV_TABLE', () => {
  it('maps every normalized key once, its current OTel name first, each source name once per key', () => {
    const derived = [Normalized.RPC_METHOD, Normalized.RPC_RESPONSE_STATUS_CODE];
    expect(new Set(SEMCONV_TABLE.map((r) => r.key)).size).toBe(SEMCONV_TABLE.length);
    expect([...SEMCONV_TABLE.map((r) => r.key), ...derived].sort()).toEqual(Object.values(Normalized).sort());
    for (const rule of SEMCONV_TABLE) {
      expect(`ht.${rule.sources[0]?.name}`).toBe(rule.key);
      const names = rule.sources.map((s) => `${s.name}/${s.part ?? ''}/${(s.kinds ?? []).join()}`);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('semconv value renames', () => {
  it('renames old values by own keys only (a value named like an Object.prototype member stays as sent)', async () => {
    const trace = traceBuilder()
      .span('shop', 'orders send', {
        kind: 'PRODUCER',
        attributes: { 'messaging.operation': 'constructor', 'net.transport': 'ip_tcp' },
      })
      .span('shop', 'orders receive', { kind: 'CONSUMER', attributes: { 'messaging.operation': 'toString' } })
      .build();
    const run = await runEnricher(semconv, trace);
    expect(run.errors).toEqual([]);
    const [send, receive] = run.trace.spans;
    expect(send?.enriched.string(Normalized.MESSAGING_OPERATION_TYPE)).toBe('constructor');
    expect(send?.enriched.string(Normalized.NETWORK_TRANSPORT)).toBe('tcp');
    expect(receive?.enriched.string(Normalized.MESSAGING_OPERATION_TYPE)).toBe('toString');
  });
});

describe('semconv plans per attribute layout', () => {
  it('normalizes the same whether client attributes share a layout or keep a map of their own', async () => {
    const sent = { 'http.method': 'GET', 'net.peer.name': 'cart', 'net.peer.port': '8080', 'rpc.system': 'grpc' };
    const shared = new Attributes({ ...sent });
    const own = new Attributes({ ...sent, extra: 'x' });
    own.delete('extra'); // a set with a deleted key keeps a map of its own
    const outputs = [];
    for (const attributes of [shared, own]) {
      for (const kind of ['CLIENT', 'SERVER'] as const) {
        const run = await runEnricher(semconv, traceBuilder().span('shop', 'call', { kind, attributes }).build());
        expect(run.errors).toEqual([]);
        outputs.push(run.trace.spans[0]?.enriched.toObject());
      }
    }
    expect(outputs[0]).toEqual(outputs[2]);
    expect(outputs[1]).toEqual(outputs[3]);
    expect(outputs[0]).toMatchObject({ [Normalized.SERVER_ADDRESS]: 'cart', [Normalized.SERVER_PORT]: 8080n });
    expect(outputs[1]?.[Normalized.SERVER_ADDRESS]).toBeUndefined(); // net.peer.* is the client side's
  });
});
