import type { z } from 'zod';

/** One step of a config key path: an object key or a list index. */
export type KeySegment = string | number;

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly getter?: () => z.ZodType;
}

const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch', 'nonoptional']);

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { readonly _zod: { readonly def: Def } })._zod.def;
}

/** The schema under defaults, optionals and pipes: what the input at its place is checked against. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) current = defOf(def.in).type === 'transform' ? def.out : def.in;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else return current;
  }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects a schema can be at one place: an object, or the option of a union `input` picks (else every option). */
function objectOptions(schema: z.ZodType, input: unknown): readonly Readonly<Record<string, z.ZodType>>[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && def.shape) return [def.shape];
  if (def.type !== 'union' || !def.options) return [];
  const shapes = def.options.flatMap((o) => objectOptions(o, input));
  const tag = def.discriminator;
  if (tag === undefined || !isRecord(input)) return shapes;
  const picked = shapes.filter((s) => s[tag]?.safeParse(input[tag]).success === true);
  return picked.length > 0 ? picked : shapes;
}

/**
 * The schema that checks the value at `path` of `input` (`undefined` when the schema has no such key);
 * a union picks its option by the input's discriminator.
 *
 * @example
 * ```ts
 * schemaAt(htConfigSchema, ['store', 'path'], { store: { type: 'duckdb' } }); // the DuckDB path's schema
 * ```
 */
export function schemaAt(schema: z.ZodType, path: readonly KeySegment[], input: unknown): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  let value = input;
  for (const segment of path) {
    if (current === undefined) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else
      current = objectOptions(current, value).find((shape) => shape[String(segment)] !== undefined)?.[String(segment)];
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined;
  }
  return current;
}

/**
 * The keys an object schema accepts at `path` of `input` (for a union, those of the option `input`
 * picks by its discriminator, else of every option); empty when the value there is not an object with
 * fixed keys.
 *
 * @example
 * ```ts
 * knownKeys(htConfigSchema, ['logging'], {}); // ['level', 'format']
 * ```
 */
export function knownKeys(schema: z.ZodType, path: readonly KeySegment[], input: unknown): readonly string[] {
  const at = schemaAt(schema, path, input);
  if (at === undefined) return [];
  const value = path.reduce<unknown>(
    (v, s) => (isRecord(v) || Array.isArray(v) ? (v as Record<string, unknown>)[s] : undefined),
    input,
  );
  return [...new Set(objectOptions(at, value).flatMap((shape) => Object.keys(shape)))];
}

/**
 * Whether the value at `path` is checked as text (a `z.string()`), so an environment override keeps it
 * as written instead of reading `0123` as a number.
 *
 * @example
 * ```ts
 * isTextAt(htConfigSchema, ['store', 'password'], { store: { type: 'clickhouse' } }); // true
 * ```
 */
export function isTextAt(schema: z.ZodType, path: readonly KeySegment[], input: unknown): boolean {
  const at = schemaAt(schema, path, input);
  return at !== undefined && defOf(unwrap(at)).type === 'string';
}
