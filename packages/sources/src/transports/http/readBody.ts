import type { IncomingMessage } from 'node:http';
import { createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';

/**
 * Why a body could not be read: too large (413), an unsupported or broken content encoding (400 / 415),
 * or the client went away.
 *
 * @example
 * ```ts
 * if (error instanceof BodyError && error.status === 413) res.writeHead(413);
 * ```
 */
export class BodyError extends Error {
  override readonly name = 'BodyError';
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request body while it streams in, gunzipping/inflating per `content-encoding`, and stops as soon
 * as the (decompressed) size passes `maxBytes`, so an oversize or zip-bomb body never fills memory.
 *
 * @example
 * ```ts
 * const body = await readBody(req, 20 * 1024 * 1024); // throws BodyError(413) beyond that
 * ```
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' && declared > maxBytes) throw tooLarge(maxBytes);
  let decoder: Transform | undefined;
  if (encoding === 'gzip' || encoding === 'x-gzip') decoder = createGunzip();
  else if (encoding === 'deflate') decoder = createInflate();
  else if (encoding !== 'identity' && encoding !== '') {
    req.resume();
    throw new BodyError(415, `content-encoding '${encoding}' is not supported: send gzip, deflate or none`);
  }
  const source = decoder ? req.pipe(decoder) : req;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    req.unpipe();
    req.resume();
    decoder?.destroy();
    if (error instanceof BodyError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new BodyError(
      400,
      decoder ? `the ${encoding} body could not be decompressed: ${detail}` : `the body could not be read: ${detail}`,
    );
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}

function tooLarge(maxBytes: number): BodyError {
  return new BodyError(413, `the request body is larger than the limit of ${maxBytes} bytes: send smaller batches`);
}
