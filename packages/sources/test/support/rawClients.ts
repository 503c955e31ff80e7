import { gzipSync } from 'node:zlib';
import { Client, credentials, Metadata } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';

/** A POST with the given body and headers; resolves with status, headers and body text. */
export async function post(
  url: string,
  body: Uint8Array | string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** gzip, for compressed bodies. */
export const gzip = (body: Uint8Array | string): Buffer => gzipSync(body);

/** One unary gRPC call with raw bytes; resolves with the error (or `null`) and the response bytes. */
export function grpcUnary(
  address: string,
  path: string,
  request: Uint8Array,
  metadata: Record<string, string> = {},
): Promise<{ error: ServiceError | null; response?: Buffer }> {
  const client = new Client(address, credentials.createInsecure());
  const md = new Metadata();
  for (const [key, value] of Object.entries(metadata)) md.set(key, value);
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      path,
      (b: Uint8Array) => Buffer.from(b),
      (b: Buffer) => b,
      request,
      md,
      (error, response) => {
        client.close();
        resolve({ error: error ?? null, ...(response ? { response } : {}) });
      },
    );
  });
}
