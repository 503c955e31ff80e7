/**
 * Turns a concrete URL path into a template by replacing id-like segments with `{id}`, so APIs stay few
 * however many users, orders or files there are. A segment is id-like when it is:
 * - an integer (`123`), or a UUID (`3f2504e0-4f89-11d3-9a0c-0305e82c3301`);
 * - hexadecimal of 8+ characters with at least one digit (`5f2b7c9a`, object ids, hashes);
 * - 16+ characters of letters, digits, `-` and `_` mixing letters and digits (tokens, base64 ids).
 * A file extension is kept (`/a/5f2b7c9a11.png` -> `/a/{id}.png`). Words such as `v1`, `checkout` or
 * `2fa-setup` are kept. Route templates (`/users/:id`, `/users/<id>`)
 * are normalized to the same `{name}` form.
 *
 * @example
 * ```ts
 * templatePath('/users/123/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301'); // '/users/{id}/orders/{id}'
 * ```
 */
export function templatePath(path: string): string {
  if (path === '' || path === '/') return path === '' ? '/' : path;
  const segments = path.split('/');
  let changed = false;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? '';
    if (segment === '') continue;
    const dot = segment.lastIndexOf('.');
    const base = dot > 0 && segment.length - dot <= 6 ? segment.slice(0, dot) : segment;
    if (isIdLike(base)) {
      segments[i] = base === segment ? '{id}' : `{id}${segment.slice(dot)}`;
      changed = true;
    }
  }
  return changed ? segments.join('/') : path;
}

const INTEGER = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]{8,}$/i;
const TOKEN = /^[A-Za-z0-9_-]{16,}$/;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;

function isIdLike(segment: string): boolean {
  if (INTEGER.test(segment) || UUID.test(segment)) return true;
  if (!HAS_DIGIT.test(segment)) return false;
  return HEX.test(segment) || (TOKEN.test(segment) && HAS_LETTER.test(segment));
}

/**
 * A route as the framework wrote it, in `{name}` form: `/users/:id` and `/users/<int:id>` become
 * `/users/{id}`; `/users/{id}` is kept.
 *
 * @example
 * ```ts
 * normalizeRoute('/users/:userId/cart'); // '/users/{userId}/cart'
 * ```
 */
export function normalizeRoute(route: string): string {
  if (!route.includes(':') && !route.includes('<')) return route;
  return route.replace(/<(?:[^:>]+:)?([^>]+)>/g, '{$1}').replace(/\/:([A-Za-z_][\w]*)\??/g, '/{$1}');
}
