import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ExpectedSpan } from './expectSpans.js';

/** One recorded client run: the payloads it sent (in order) and what they must decode to. */
export interface GoldenCapture {
  /** The client that sent it, for the reader. */
  readonly client: string;
  /** The decoder encoding name (`spanDecoders` key, or `opencensus`). */
  readonly format: string;
  readonly tenantId: string;
  readonly payloads: readonly Buffer[];
  readonly expected: readonly ExpectedSpan[];
}

export const goldenDir = fileURLToPath(new URL('../golden/', import.meta.url));

/** JSON with bigints and bytes tagged, so expectations keep their exact types. */
export function encodeGolden(capture: GoldenCapture): string {
  const json = {
    ...capture,
    payloads: capture.payloads.map((p) => p.toString('base64')),
  };
  return `${JSON.stringify(
    json,
    (_key, value: unknown) => {
      if (typeof value === 'bigint') return { $bigint: value.toString() };
      if (value instanceof Uint8Array && !Buffer.isBuffer(value))
        return { $bytes: Buffer.from(value).toString('base64') };
      return value;
    },
    1,
  )}\n`;
}

/** Reads a capture written by {@link encodeGolden}. */
export function decodeGolden(text: string): GoldenCapture {
  const raw = JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$bigint' in value) return BigInt((value as { $bigint: string }).$bigint);
    if (value && typeof value === 'object' && '$bytes' in value) {
      return new Uint8Array(Buffer.from((value as { $bytes: string }).$bytes, 'base64'));
    }
    return value;
  }) as Omit<GoldenCapture, 'payloads'> & { payloads: string[] };
  return { ...raw, payloads: raw.payloads.map((p) => Buffer.from(p, 'base64')) };
}

/** Every capture in test/golden/, by file name. */
export function loadGoldenCaptures(): Map<string, GoldenCapture> {
  const out = new Map<string, GoldenCapture>();
  for (const file of readdirSync(goldenDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    out.set(file.replace(/\.json$/, ''), decodeGolden(readFileSync(join(goldenDir, file), 'utf8')));
  }
  return out;
}
