/**
 * Counts the occurrences of a length-delimited protobuf field at the end of a path of nested
 * length-delimited fields, walking the wire bytes without decoding anything: how a receiver learns how
 * many spans a request carries before building a single object. `path` lists field numbers from the
 * outer message inwards; the last one is counted in every message the others lead to. A message that
 * cannot be walked (truncated, a bad wire type) stops the count there: the decoder that runs afterwards
 * reports the problem.
 *
 * @example
 * ```ts
 * // OTLP ExportTraceServiceRequest.resource_spans(1) → ResourceSpans.scope_spans(2) → ScopeSpans.spans(2)
 * const body = new Uint8Array([0x0a, 0x04, 0x12, 0x02, 0x12, 0x00]); // one resource, one scope, one span
 * countProtoFields(body, [1, 2, 2]); // 1
 * ```
 */
export function countProtoFields(bytes: Uint8Array, path: readonly number[]): number {
  return countIn(bytes, 0, bytes.length, path, 0);
}

function countIn(bytes: Uint8Array, start: number, end: number, path: readonly number[], depth: number): number {
  const wanted = path[depth];
  if (wanted === undefined) return 0;
  const last = depth === path.length - 1;
  let count = 0;
  let at = start;
  while (at < end) {
    const tag = readVarint(bytes, at, end);
    if (tag === undefined) return count;
    at = tag.next;
    const field = Math.floor(tag.value / 8);
    const wireType = tag.value % 8;
    let skipTo: number;
    if (wireType === 0) {
      const value = readVarint(bytes, at, end);
      if (value === undefined) return count;
      skipTo = value.next;
    } else if (wireType === 1) skipTo = at + 8;
    else if (wireType === 5) skipTo = at + 4;
    else if (wireType === 2) {
      const length = readVarint(bytes, at, end);
      if (length === undefined) return count;
      skipTo = length.next + length.value;
      if (skipTo > end) return count;
      if (field === wanted) count += last ? 1 : countIn(bytes, length.next, skipTo, path, depth + 1);
    } else return count; // groups (3, 4) are not used by these protocols; stop walking
    if (skipTo > end) return count;
    at = skipTo;
  }
  return count;
}

/** A base-128 varint (up to 2^53, enough for tags and lengths), or `undefined` when truncated. */
function readVarint(bytes: Uint8Array, start: number, end: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let at = start; at < end && at < start + 8; at++) {
    const byte = bytes[at]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return { value, next: at + 1 };
    scale *= 128;
  }
  return undefined;
}
