import { JaegerRequestError } from './JaegerRequestError.js';

/**
 * Reads the tag conditions of a trace search as Jaeger takes them: each `tag` parameter `key:value`
 * (the value may hold colons), and each `tags` parameter a JSON object of key → value, or the same as
 * logfmt (`error=true http.route="/cart/{id}"`, what Jaeger UI's search form and Grafana accept). Later
 * parameters win for a key given twice. Values are compared as strings, as Jaeger does.
 *
 * @example
 * ```ts
 * parseJaegerTags(['http.method:GET'], ['{"error":"true"}']); // Map { 'http.method' => 'GET', 'error' => 'true' }
 * ```
 */
export function parseJaegerTags(simpleTags: readonly string[], tagsParams: readonly string[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const tag of simpleTags) {
    const colon = tag.indexOf(':');
    if (colon < 0) {
      throw new JaegerRequestError(
        400,
        `malformed 'tag' parameter, expecting key:value, received: ${JSON.stringify(tag.slice(0, 64))}`,
      );
    }
    tags.set(tag.slice(0, colon), tag.slice(colon + 1));
  }
  for (const text of tagsParams) {
    for (const [key, value] of text.trim().startsWith('{') ? jsonTags(text) : logfmtTags(text)) tags.set(key, value);
  }
  return tags;
}

function jsonTags(text: string): [string, string][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new JaegerRequestError(400, `malformed 'tags' parameter, cannot unmarshal JSON: ${(e as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new JaegerRequestError(400, "malformed 'tags' parameter: expecting a JSON object of key to value");
  }
  return Object.entries(parsed).map(([key, value]) => {
    if (typeof value === 'string') return [key, value];
    if (typeof value === 'number' || typeof value === 'boolean') return [key, String(value)];
    throw new JaegerRequestError(400, `malformed 'tags' parameter: the value of '${key.slice(0, 64)}' is not a string`);
  });
}

/** `key=value` pairs separated by spaces; a value may be double-quoted with backslash escapes. */
function logfmtTags(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  if (text.trim() === '') return pairs;
  const pair = /\s*([^\s=]+)=(?:"((?:[^"\\]|\\.)*)"|(\S*))\s*/y;
  pair.lastIndex = 0;
  while (pair.lastIndex < text.length) {
    const match = pair.exec(text);
    if (!match) {
      throw new JaegerRequestError(
        400,
        `malformed 'tags' parameter: expecting a JSON object or logfmt (key=value key2="a value"), received: ${JSON.stringify(text.slice(0, 64))}`,
      );
    }
    const [, key = '', quoted, bare = ''] = match;
    pairs.push([key, quoted === undefined ? bare : quoted.replace(/\\(.)/g, '$1')]);
  }
  return pairs;
}
