/**
 * `@ht/sinks`: the pluggable `ViewStore` interface with its ClickHouse (production, version-aware) and
 * DuckDB (embedded default) stores, the storage-agnostic query model the stores answer, the one SQL
 * escaping function, per-minute RED rollups, the `ViewSink` that feeds a store from a stream-core job, and
 * a Kafka view writer. The conformance suite is at `@ht/sinks/testing`; the Kafka producer port is at
 * `@ht/stream-core/kafka`.
 *
 * @packageDocumentation
 */

// Store interface
export type { StoreCapabilities, ViewRow, ViewStore, ViewWriter } from './store/ViewStore.js';
export type { TraceRowsOptions } from './store/traceQuery.js';
export { catalogEntry, catalogView, VIEW_CATALOG_TABLE } from './store/ViewCatalog.js';
export type { CatalogColumn, ViewCatalogEntry } from './store/ViewCatalog.js';
export { ReopeningStore } from './store/ReopeningStore.js';
export type { ReopeningStoreOptions, ReopeningStoreStats } from './store/ReopeningStore.js';

// ClickHouse
export { createClickHouseStore } from './clickhouse/createClickHouseStore.js';
export type { ClickHouseStoreOptions } from './clickhouse/createClickHouseStore.js';
export { ClickHouseStore } from './clickhouse/ClickHouseStore.js';
export type { ClickHouseExecutor, ExecutionLimits } from './clickhouse/ClickHouseExecutor.js';
export type { ClickHouseFeatures } from './clickhouse/ClickHouseFeatures.js';
export { clickHouseError, clickHouseErrorCode } from './clickhouse/errors.js';

// DuckDB
export { createDuckDbStore } from './duckdb/createDuckDbStore.js';
export type { DuckDbStoreOptions } from './duckdb/createDuckDbStore.js';
export type { CheckpointReport } from './duckdb/StoreCheckpoints.js';
export { DuckDbStore } from './duckdb/DuckDbStore.js';
export { createReopeningDuckDbStore } from './duckdb/createReopeningDuckDbStore.js';
export type { ReopeningDuckDbStoreOptions } from './duckdb/createReopeningDuckDbStore.js';
export { isDuckDbStorageFault } from './duckdb/storageFaults.js';

// Query model
export type {
  AggregateFn,
  AggregateSelection,
  AttributeFilter,
  BucketSelection,
  ColumnSelection,
  CompareFilter,
  CompareOp,
  Filter,
  HasFilter,
  InFilter,
  OrderBy,
  Query,
  ScalarValue,
  Selection,
  TimeUnit,
} from './query/Query.js';
export {
  approxQuantile,
  approxUniq,
  attributeEq,
  avg,
  bucket,
  column,
  count,
  eq,
  ge,
  gt,
  has,
  isIn,
  le,
  lt,
  max,
  min,
  ne,
  quantile,
  sum,
  uniq,
} from './query/build.js';
export type { AttributeValueSelection } from './query/AttributeValueSelection.js';
export type { ArithmeticOp, ComputedSelection, Expression } from './query/ComputedSelection.js';
export { attributeValue, bucketMicros, computed, difference, rate, ratio } from './query/buildAggregation.js';
export { nextCursor } from './query/nextCursor.js';
export type { QueryOptions } from './query/QueryOptions.js';
export { QueryLimitError } from './query/QueryLimitError.js';
export type { QueryLimit } from './query/QueryLimitError.js';
export type {
  AttributeColumns,
  AttributeCompareFilter,
  AttributeExistsFilter,
  AttributeMatchFilter,
  FilterGroup,
  MatchFilter,
  MatchMode,
  NotFilter,
  StringMatch,
} from './query/filterTypes.js';
export {
  and,
  attributeCompare,
  attributeExists,
  attributeMatch,
  contains,
  endsWith,
  like,
  not,
  or,
  startsWith,
} from './query/filterBuilders.js';
export type { MatchOptions } from './query/filterBuilders.js';
export { requireTenant, TENANT_COLUMN } from './query/tenant.js';
export { planQuery } from './query/planQuery.js';
export type { OutputColumn, OutputKind, QueryRow, QueryValue } from './query/QueryResult.js';

// SQL escaping (the one audited function)
export { escapeIdentifier, qualifiedName, sqlLiteral } from './sql/escape.js';
export type { SqlDialect, SqlValue } from './sql/escape.js';

// Rollups (per-minute RED)
export { defineRollup, MINUTE_MICROS, ROLLUP_MEASURES } from './rollup/defineRollup.js';
export type { RebuiltMinutes, RollupDefinition, RollupRange, RollupSpec } from './rollup/defineRollup.js';
export { RollupRebuilder } from './rollup/RollupRebuilder.js';
export { planRollupAnswer, queryPreferringRollups } from './rollup/rollupAnswer.js';
export type { AnsweredQuery, RollupAnswerPlan } from './rollup/rollupAnswer.js';
export {
  apiRedRollup,
  backendRedRollup,
  builtinRollups,
  builtinRollupsFor,
  serviceCallRedRollup,
  serviceRedRollup,
} from './rollup/builtinRollups.js';
export type { RollupRebuilderOptions } from './rollup/RollupRebuilder.js';

// Sink (stream-core)
export { ViewSink } from './sink/ViewSink.js';
export type { ViewSinkOptions, ViewSinkStats } from './sink/ViewSink.js';

// Kafka
export { createKafkaViewWriter, KafkaViewWriter } from './kafka/KafkaViewWriter.js';
export type { KafkaViewWriterOptions } from './kafka/KafkaViewWriter.js';
export { avroRecordEncoder, jsonRecordEncoder } from './kafka/ViewRecordEncoder.js';
export type { AvroRecordEncoderOptions, ViewRecordEncoder } from './kafka/ViewRecordEncoder.js';
export { viewAvroSchema } from './kafka/viewAvroSchema.js';
export { KafkaTraceSink } from './kafka/KafkaTraceSink.js';
export type { KafkaTraceSinkOptions, OversizeTrace } from './kafka/KafkaTraceSink.js';
export type { AvroSchemaJson } from './kafka/viewAvroSchema.js';
