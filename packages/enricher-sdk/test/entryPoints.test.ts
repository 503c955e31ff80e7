/*
 * What each entry point of @ht/enricher-sdk exports, types included. The root is the plugin contract: a
 * plugin author sees the model, defineEnricher / defineView, column types, the context interfaces, the
 * catalogue of enriched keys and the error type, and nothing of the host or the built-ins. A name added
 * to or moved between entry points must be added here, on purpose.
 * (The lists are kept several names a line, grouped by kind: prettier leaves them as written.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('../', import.meta.url));

// prettier-ignore
const ROOT = [
  // model
  'AttributeEntries', 'AttributeType', 'AttributeValue', 'Attributes', 'CallEdge', 'CallEdgeInit', 'CalleeType',
  'DEFAULT_TENANT', 'EMPTY_ATTRIBUTES', 'EMPTY_RESOURCE', 'EMPTY_SCOPE', 'ENRICHED_PREFIX', 'EnrichmentError',
  'Entity', 'EntityType', 'InstrumentationScope', 'ReadonlyAttributes', 'Resource', 'ResourceInit', 'ScopeInit',
  'SourceFormat', 'Span', 'SpanEvent', 'SpanEventInit', 'SpanInit', 'SpanKind', 'SpanLink', 'SpanLinkInit',
  'StatusCode', 'Trace', 'TraceIndex', 'TraceInit', 'assertAttributeValue', 'attributeTypeOf',
  'attributeValueToString', 'bytesToHex', 'createCallEdge', 'createResource', 'createScope', 'createSpan',
  'createSpanEvent', 'createSpanLink', 'createTrace', 'durationMicros', 'durationNanos', 'enrichedAttributes',
  'entityId', 'frozenAttributes', 'indexTrace', 'isSpanId', 'isTenantId', 'isTraceId', 'microsToNanos', 'millisToNanos',
  'nanosToMicros', 'nanosToMillis', 'normalizeSpanId', 'normalizeTraceId', 'serviceName', 'validateSpan',
  // JSON form
  'AttributeValueJson', 'AttributesJson', 'ResourceJson', 'ScopeJson', 'SpanEventJson', 'SpanJson',
  'SpanLinkJson', 'TraceJson', 'attributesFromJson', 'attributesToJson', 'spanFromJson', 'spanToJson',
  'traceFromJson', 'traceToJson',
  // Avro form
  'AVRO_NAMESPACE', 'AVRO_SCHEMA_VERSION', 'AvroCodec', 'AvroSchema', 'enrichedTraceCodec', 'enrichedTraceSchema',
  'rawSpanCodec', 'rawSpanSchema', 'traceCodec', 'traceSchema',
  // the context interfaces
  'Counter', 'EntityStore', 'Histogram', 'Labels', 'LogFn', 'Logger', 'Metrics', 'TimeSource', 'noopLogger',
  'noopMetrics', 'isProvisionalEntity', 'markProvisionalEntity',
  // plugin API
  'COLUMN_TYPES', 'ColumnName', 'ColumnSpec', 'ColumnType', 'ColumnValue', 'ColumnValueTypes', 'Columns',
  'ConfigSchema', 'DatetimeColumnName', 'EnrichContext', 'EnricherDefinition', 'EnricherInitContext',
  'EnricherSpec', 'EnricherSpecBase', 'MaybePromise', 'NO_CONFIG', 'NoConfig', 'RowOf', 'SpanEnricherSpec',
  'TraceEnricherSpec', 'ViewDefinition', 'ViewSpec', 'defineEnricher', 'defineView', 'isColumnValue',
  // the catalogue of enriched attribute keys
  'ApiAttr', 'ApiBoundary', 'ApiStatus', 'BackendAttr', 'BackendType', 'ErrorAttr', 'GrpcAttr', 'HttpAttr',
  'NORMALIZED_PREFIX', 'Normalized', 'NormalizedKey', 'Protocol', 'RESOURCE_ATTR_PREFIX', 'ServiceAttr',
  'SpaceAttr', 'SpanAttr', 'SpanType', 'TraceAttr', 'UserAgentAttr',
  // the error type
  'HtError', 'HtErrorCode', 'isHtError', 'toHtError',
];

// prettier-ignore
const HOST = [
  'BuiltinPlugins', 'EnricherChain', 'EnricherServices', 'Isolation', 'LoadPluginsOptions', 'LoadedEnricher',
  'LoadedPlugins', 'LoadedView', 'MAX_ERRORS_PER_ENRICHER_PER_TRACE', 'MemoryEntityStore', 'Orderable',
  'PluginSource', 'PluginsConfig', 'PluginsConfigInput', 'PrepareEnricherOptions', 'PrepareViewOptions',
  'TraceRows', 'ViewMaterializer', 'ViewServices', 'isEnricherDefinition', 'isViewDefinition', 'labelledMetrics',
  'loadPlugins', 'orderByDependencies', 'pluginsConfigSchema', 'prepareEnricher', 'prepareView',
  'resolvePluginModule',
];

// prettier-ignore
const BUILTINS = [
  'BUILTIN_PLUGINS_MODULE_URL', 'BuiltinEnricher', 'DEFAULT_RESOURCE_KEYS', 'SEMCONV_TABLE', 'SemconvOrigin',
  'SemconvRule', 'SemconvSource', 'adjustedEndOf', 'adjustedStartOf', 'apiBoundary', 'apiNaming', 'apiStatus',
  'backend', 'backendEntityView', 'builtinEnrichers', 'builtinViews', 'clockSkew', 'entityWrites', 'errors',
  'exitCalls', 'grpc', 'http', 'logEventView', 'rawServiceView', 'rawTraceView', 'resourceAttributes', 'semconv',
  'serviceCallView', 'serviceEntity', 'spaces', 'spanEventView', 'spanLinkView', 'spanResourceView', 'spanType', 'templatePath', 'traceStats',
  'transactionName', 'userAgent',
  // span_event_view 0.3.0: reading its enriched attributes whole
  'ATTRIBUTE_NUMBER_PATTERN', 'ENRICHED_IN_COLUMNS', 'SPAN_EVENT_ENRICHED_COLUMNS', 'heldByColumn', 'isHeldKey',
  'spanEventEnrichedAttributes',
];

/** The barrel of each entry point, as the exports map names it (`./dist/x/index.js` → `src/x/index.ts`). */
const BARRELS = { '.': 'src/index.ts', './host': 'src/host/index.ts', './builtins': 'src/builtins/index.ts' };

interface Exported {
  /** Every exported name, types included. */
  readonly all: string[];
  /** The names that exist at run time (values, not type-only). */
  readonly values: string[];
}

/** The exports of each barrel, read by the TypeScript compiler (one program for all of them). */
function exportsOf(barrels: readonly string[]): Map<string, Exported> {
  const files = barrels.map((b) => `${PACKAGE}${b}`);
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const out = new Map<string, Exported>();
  barrels.forEach((barrel, i) => {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(files[i]!)!)!;
    const symbols = checker.getExportsOfModule(moduleSymbol);
    // A value unless re-exported by `export type { … }` (or `export { type … }`).
    const typeOnly = (s: ts.Symbol) =>
      (s.declarations ?? []).some((d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly));
    const isValue = (s: ts.Symbol) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return (target.flags & ts.SymbolFlags.Value) !== 0 && !typeOnly(s);
    };
    out.set(barrel, {
      all: symbols.map((s) => s.name).sort(),
      values: symbols
        .filter(isValue)
        .map((s) => s.name)
        .sort(),
    });
  });
  return out;
}

const sorted = (names: readonly string[]) => [...names].sort();

describe('@ht/enricher-sdk entry points', () => {
  let exported = new Map<string, Exported>();
  beforeAll(() => {
    exported = exportsOf(Object.values(BARRELS));
  }, 60_000);

  it('the root exports the plugin contract, exactly (types included)', () => {
    expect(exported.get(BARRELS['.'])!.all).toEqual(sorted(ROOT));
  });

  it('the root exports no host or built-in name', () => {
    const leaked = exported.get(BARRELS['.'])!.all.filter((n) => HOST.includes(n) || BUILTINS.includes(n));
    expect(leaked).toEqual([]);
  });

  it('./host and ./builtins export what a pipeline uses, exactly, and nothing of each other', () => {
    expect(exported.get(BARRELS['./host'])!.all).toEqual(sorted(HOST));
    expect(exported.get(BARRELS['./builtins'])!.all).toEqual(sorted(BUILTINS));
    expect(HOST.filter((n) => BUILTINS.includes(n))).toEqual([]);
  });

  it.each(Object.entries(BARRELS))('%s exports at run time the values its types name', async (entry, barrel) => {
    const runtime = (await import(`${PACKAGE}${barrel}`)) as Record<string, unknown>;
    expect(Object.keys(runtime).sort()).toEqual(exported.get(barrel)!.values);
    expect(exported.get(barrel)!.values.length).toBeGreaterThan(entry === './host' ? 10 : 20);
  });

  it('the exports map points each entry point at its built barrel', () => {
    const manifest = JSON.parse(readFileSync(`${PACKAGE}package.json`, 'utf8')) as {
      exports: Record<string, { types: string; import: string }>;
    };
    for (const [entry, barrel] of Object.entries(BARRELS)) {
      const built = barrel.replace(/^src\//, './dist/');
      expect(manifest.exports[entry]).toEqual({
        types: built.replace(/\.ts$/, '.d.ts'),
        import: built.replace(/\.ts$/, '.js'),
      });
    }
  });

  it('the error type of the root is the engine one (@ht/stream-core/errors), not a copy', async () => {
    const root = (await import(`${PACKAGE}src/index.ts`)) as Record<string, unknown>;
    const engine = (await import('@ht/stream-core/errors')) as Record<string, unknown>;
    for (const name of ['HtError', 'HtErrorCode', 'isHtError', 'toHtError']) expect(root[name]).toBe(engine[name]);
  });
});
