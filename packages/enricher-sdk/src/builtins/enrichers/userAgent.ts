import { z } from 'zod';
import { LruCache } from '../../entities/LruCache.js';
import type { Span } from '../../model/Span.js';
import { defineEnricher } from '../../plugin/defineEnricher.js';
import { UserAgentAttr } from '../../catalogue/attributeKeys.js';
import { Normalized } from '../../catalogue/normalized.js';
import { BUILTIN_VERSION, BuiltinEnricher } from './names.js';
import { parseUserAgent } from './userAgentParser.js';
import type { UserAgent } from './userAgentParser.js';
import { setTrusted } from '../../model/attributes.js';

const config = z.strictObject({
  /** Parsed user agents kept (parsing one takes ~30 µs; a service sees few distinct ones). */
  cacheSize: z.number().int().positive().default(10_000),
});

/**
 * Built-in `user-agent`: on spans with a user agent (`user_agent.original` or the older
 * `http.user_agent`), `ht.user_agent.name`, `version`, `type` (browser, bot, library), `device`
 * (desktop, mobile, tablet, …), `os.name`, `os.version`, parsed by ua-parser-js and cached; on server
 * spans `ht.client.ip`: the first `X-Forwarded-For` hop, else `client.address`, else the network peer.
 * Config: `cacheSize` (default 10 000). Depends on `semconv`.
 *
 * @example
 * ```ts
 * const run = await runEnricher(userAgent, trace, undefined, { with: [semconv] });
 * run.trace.spans[0]?.enriched.string(UserAgentAttr.DEVICE); // 'mobile'
 * ```
 */
export const userAgent = defineEnricher({
  name: BuiltinEnricher.USER_AGENT,
  version: BUILTIN_VERSION,
  description: 'user agent (name/type, device, OS, browser) and client IP',
  dependsOn: [BuiltinEnricher.SEMCONV],
  config,
  init(ctx) {
    caches.set(ctx.config, new LruCache(ctx.config.cacheSize));
  },
  enrichSpan(span, _trace, ctx) {
    const header = span.enriched.string(Normalized.USER_AGENT_ORIGINAL);
    if (header !== undefined && header !== '') {
      let cache = caches.get(ctx.config);
      if (cache === undefined) caches.set(ctx.config, (cache = new LruCache(ctx.config.cacheSize)));
      let ua = cache.get(header);
      if (ua === undefined) cache.set(header, (ua = parseUserAgent(header)));
      write(span, ua);
    }
    if (span.kind === 'SERVER') {
      const ip = clientIpOf(span);
      if (ip !== undefined) setTrusted(span.enriched, UserAgentAttr.CLIENT_IP, ip);
    }
  },
});

const caches = new WeakMap<object, LruCache<string, UserAgent>>();

function write(span: Span, ua: UserAgent): void {
  const e = span.enriched;
  if (ua.name !== '') setTrusted(e, UserAgentAttr.NAME, ua.name);
  if (ua.version !== '') setTrusted(e, UserAgentAttr.VERSION, ua.version);
  setTrusted(e, UserAgentAttr.TYPE, ua.type);
  if (ua.device !== '') setTrusted(e, UserAgentAttr.DEVICE, ua.device);
  if (ua.osName !== '') setTrusted(e, UserAgentAttr.OS_NAME, ua.osName);
  if (ua.osVersion !== '') setTrusted(e, UserAgentAttr.OS_VERSION, ua.osVersion);
}

function clientIpOf(span: Span): string | undefined {
  const key = 'http.request.header.x-forwarded-for';
  const forwarded = span.attr.strings(key)?.[0] ?? span.attr.string(key);
  const first = forwarded?.split(',')[0]?.trim();
  if (first !== undefined && first !== '') return first;
  return span.enriched.string(Normalized.CLIENT_ADDRESS) ?? span.enriched.string(Normalized.NETWORK_PEER_ADDRESS);
}
