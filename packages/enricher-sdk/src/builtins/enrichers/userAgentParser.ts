import { createRequire } from 'node:module';

/** What ua-parser-js 1.x returns (the parts we read; it ships no types). */
interface UaResult {
  readonly browser: { readonly name?: string; readonly version?: string };
  readonly os: { readonly name?: string; readonly version?: string };
  readonly device: { readonly type?: string; readonly vendor?: string; readonly model?: string };
}
type UaParserConstructor = new (ua: string) => { getResult(): UaResult };

// ua-parser-js 1.x (MIT) is CommonJS; 2.x changed its license to AGPL-3.0, so we stay on 1.x.
const UAParser = createRequire(import.meta.url)('ua-parser-js') as UaParserConstructor;

/**
 * A parsed user agent, as `ht.user_agent.*` holds it (empty strings for unknown parts).
 *
 * @example
 * ```ts
 * const ua: UserAgent = { name: 'Chrome', version: '120.0.0.0', type: 'browser', device: 'desktop', osName: 'Windows', osVersion: '10' };
 * ```
 */
export interface UserAgent {
  readonly name: string;
  readonly version: string;
  /** `browser` | `bot` | `library` | `unknown`. */
  readonly type: string;
  readonly device: string;
  readonly osName: string;
  readonly osVersion: string;
}

// ua-parser-js 1.x knows browsers, OSes and devices, not crawlers or HTTP libraries: these two patterns
// only sort what it does not name.
const BOT = /bot\b|crawler|spider|slurp|bingpreview|facebookexternalhit|headlesschrome|lighthouse/i;
const LIBRARY =
  /^(curl|wget|python-requests|python-urllib|okhttp|go-http-client|axios|node-fetch|undici|java|apache-httpclient|grpc-[\w-]+|postmanruntime|insomnia)\/([\w.-]+)/i;

/**
 * Parses a `User-Agent` header with ua-parser-js, sorting out bots and HTTP libraries it does not name.
 * A device type is `desktop` for a recognised browser on a desktop OS (ua-parser-js leaves it empty).
 *
 * @example
 * ```ts
 * parseUserAgent('curl/8.5.0'); // { name: 'curl', version: '8.5.0', type: 'library', … }
 * ```
 */
export function parseUserAgent(header: string): UserAgent {
  const result = new UAParser(header).getResult();
  const library = LIBRARY.exec(header);
  const bot = BOT.test(header);
  const name = bot && result.browser.name === undefined ? botName(header) : (result.browser.name ?? library?.[1] ?? '');
  const type = bot ? 'bot' : result.browser.name !== undefined ? 'browser' : library !== null ? 'library' : 'unknown';
  const device = result.device.type ?? (type === 'browser' && result.os.name !== undefined ? 'desktop' : '');
  return {
    name,
    version: result.browser.version ?? (result.browser.name === undefined ? (library?.[2] ?? '') : ''),
    type,
    device,
    osName: result.os.name ?? '',
    osVersion: result.os.version ?? '',
  };
}

function botName(header: string): string {
  return /([\w-]*(?:bot|crawler|spider)[\w-]*)/i.exec(header)?.[1] ?? 'bot';
}
