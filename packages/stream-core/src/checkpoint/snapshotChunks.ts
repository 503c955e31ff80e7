/**
 * Cuts an encoded snapshot into chunks of at most `chunkBytes` bytes, for stores whose values should
 * stay small (a Kafka message, a Redis value). {@link joinChunks} puts them back together.
 *
 * @example
 * ```ts
 * const chunks = splitChunks(Buffer.from(text), 1_048_576);
 * ```
 */
export function splitChunks(bytes: Buffer, chunkBytes: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) chunks.push(bytes.subarray(at, at + chunkBytes));
  return chunks.length === 0 ? [Buffer.alloc(0)] : chunks;
}

/**
 * The bytes {@link splitChunks} cut, or `undefined` when a chunk is missing.
 *
 * @example
 * ```ts
 * const bytes = joinChunks(await loadChunks());
 * ```
 */
export function joinChunks(chunks: readonly (Buffer | null | undefined)[]): Buffer | undefined {
  if (chunks.some((c) => c === null || c === undefined)) return undefined;
  return Buffer.concat(chunks as Buffer[]);
}

/**
 * Where a chunked snapshot is: written after its chunks, so a reader that finds it finds them all.
 *
 * @example
 * ```ts
 * const manifest: ChunkManifest = { id: 7, chunks: 3, bytes: 2_500_000 };
 * ```
 */
export interface ChunkManifest {
  /** The checkpoint id the chunks belong to (chunk keys carry it). */
  readonly id: number;
  readonly chunks: number;
  readonly bytes: number;
}
