/** A compressed copy of a built file the UI server may send: its encoding and the file name's suffix. */
export interface PrecompressedEncoding {
  readonly encoding: 'br' | 'gzip';
  readonly suffix: '.br' | '.gz';
}

const PREFERRED: readonly PrecompressedEncoding[] = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

/**
 * The compressed encodings a request's `Accept-Encoding` accepts, best first (Brotli, then gzip); an
 * encoding with `q=0` is refused, `*` accepts both.
 *
 * @example
 * ```ts
 * acceptedEncodings('gzip, deflate, br').map((e) => e.encoding); // ['br', 'gzip']
 * acceptedEncodings('br;q=0, gzip').map((e) => e.encoding); // ['gzip']
 * ```
 */
export function acceptedEncodings(acceptEncoding: string | undefined): PrecompressedEncoding[] {
  if (!acceptEncoding) return [];
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const wildcard = weights.get('*');
  return PREFERRED.filter((e) => (weights.get(e.encoding) ?? wildcard ?? 0) > 0);
}
