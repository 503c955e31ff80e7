import type { ReadonlyAttributes } from '../../model/attributes.js';
import type { Span } from '../../model/Span.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { HttpAttr } from '../../catalogue/attributeKeys.js';
import { Normalized } from '../../catalogue/normalized.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { setTrusted } from '../../model/attributes.js';

const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443 };

/**
 * Built-in `http`: the HTTP facts of a span, resolved from every place the client may have put them:
 * `ht.http.method` (upper case), `ht.http.status_code`, `ht.http.url`, `ht.http.scheme`, `ht.http.host`
 * (with `:port` unless the scheme's default), `ht.http.path`, `ht.http.query_string`, one
 * `ht.http.query.param.<name>` per query parameter (decoded; a repeated one is a string[]), and
 * `ht.http.request.size` / `ht.http.response.size` (body size, else the Content-Length header). URL
 * parts come from `url.*`, else from `url.full`; the host falls back to the `Host` header; the full URL
 * is rebuilt from its parts when the client sent none. Only spans with an HTTP method, URL or status
 * get any. Depends on `semconv`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(http, trace, undefined, { with: [semconv] });
 * run.trace.spans[0]?.enriched.string('ht.http.query.param.page'); // '2'
 * ```
 */
export const http = defineEnricher({
  name: BuiltinEnricher.HTTP,
  version: BUILTIN_VERSION,
  description: 'HTTP: method, status, url parts, query params, sizes',
  dependsOn: [BuiltinEnricher.SEMCONV],
  enrichSpan(span) {
    const e = span.enriched;
    const method = e.string(Normalized.HTTP_REQUEST_METHOD);
    const status = e.bigint(Normalized.HTTP_RESPONSE_STATUS_CODE);
    const full = e.string(Normalized.URL_FULL);
    if (method === undefined && status === undefined && full === undefined) return;
    if (method !== undefined) setTrusted(e, HttpAttr.METHOD, method.toUpperCase());
    if (status !== undefined) setTrusted(e, HttpAttr.STATUS_CODE, status);
    writeUrl(span, full);
    const requestSize = e.bigint(Normalized.HTTP_REQUEST_BODY_SIZE) ?? contentLength(span.attr, 'request');
    if (requestSize !== undefined) setTrusted(e, HttpAttr.REQUEST_SIZE, requestSize);
    const responseSize = e.bigint(Normalized.HTTP_RESPONSE_BODY_SIZE) ?? contentLength(span.attr, 'response');
    if (responseSize !== undefined) setTrusted(e, HttpAttr.RESPONSE_SIZE, responseSize);
  },
});

function writeUrl(span: Span, full: string | undefined): void {
  const e = span.enriched;
  const url = parse(full);
  const scheme = (e.string(Normalized.URL_SCHEME) ?? url?.protocol.slice(0, -1))?.toLowerCase();
  const path = e.string(Normalized.URL_PATH) ?? url?.pathname;
  const query =
    e.string(Normalized.URL_QUERY) ?? (url === undefined || url.search === '' ? undefined : url.search.slice(1));
  const host = hostOf(span, url, scheme);
  if (scheme !== undefined) setTrusted(e, HttpAttr.SCHEME, scheme);
  if (host !== undefined) setTrusted(e, HttpAttr.HOST, host);
  if (path !== undefined) setTrusted(e, HttpAttr.PATH, path);
  if (query !== undefined && query !== '') {
    setTrusted(e, HttpAttr.QUERY_STRING, query);
    writeParams(span, query);
  }
  const rebuilt =
    full ??
    (host !== undefined && path !== undefined
      ? `${scheme ?? 'http'}://${host}${path}${query ? `?${query}` : ''}`
      : undefined);
  if (rebuilt !== undefined) setTrusted(e, HttpAttr.URL, rebuilt);
}

function hostOf(span: Span, url: URL | undefined, scheme: string | undefined): string | undefined {
  const address = span.enriched.string(Normalized.SERVER_ADDRESS);
  if (address === undefined) return url?.host ?? header(span.attr, 'request', 'host');
  const port = span.enriched.int(Normalized.SERVER_PORT);
  const isDefault = port === undefined || (scheme !== undefined && DEFAULT_PORTS[scheme] === port);
  return isDefault ? address : `${address}:${port}`;
}

function writeParams(span: Span, query: string): void {
  const values = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(query)) {
    if (name === '') continue;
    const list = values.get(name);
    if (list === undefined) values.set(name, [value]);
    else list.push(value);
  }
  for (const [name, list] of values) {
    setTrusted(span.enriched, HttpAttr.QUERY_PARAM_PREFIX + name, list.length === 1 ? (list[0] ?? '') : list);
  }
}

function contentLength(attr: ReadonlyAttributes, side: 'request' | 'response'): bigint | undefined {
  const value = header(attr, side, 'content-length');
  return value !== undefined && /^\d{1,15}$/.test(value) ? BigInt(value) : undefined;
}

/** A header as OTel records it: `http.request.header.<name>`, a string[] (current) or a string (older). */
function header(attr: ReadonlyAttributes, side: 'request' | 'response', name: string): string | undefined {
  const key = `http.${side}.header.${name}`;
  return attr.strings(key)?.[0] ?? attr.string(key);
}

function parse(url: string | undefined): URL | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
