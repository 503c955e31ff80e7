/**
 * `@ht/sinks`: the pluggable `ViewStore` interface with its ClickHouse (production, version-aware) and
 * DuckDB (embedded default) stores, the storage-agnostic query model with one compiler per dialect, the
 * one SQL escaping function, the `ViewSink` that feeds a store from a stream-core job, and a Kafka sink.
 * The conformance suite is at `@ht/sinks/testing`.
 *
 * @packageDocumentation
 */

// Store interface and table layout
export type { StoreCapabilities, ViewRow, ViewStore, ViewWriter } from './store/ViewStore.js';
export { tableLayout, traceIndexName } from './store/tableLayout.js';
export type { TableLayout } from './store/tableLayout.js';
export { planMigration } from './store/planMigration.js';
export type { ExistingTable } from './store/planMigration.js';
export { traceQuery } from './store/traceQuery.js';
export { validateRows } from './rows/validateRows.js';

// SQL escaping (the one audited function)
export { escapeIdentifier, qualifiedName, sqlLiteral } from './sql/escape.js';
export type { SqlDialect, SqlValue } from './sql/escape.js';

// Query model and compilers
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
export { kindOfColumn, normalizeValue } from './query/QueryResult.js';
export type { OutputColumn, OutputKind, QueryRow, QueryValue } from './query/QueryResult.js';
export { outputName, planQuery } from './query/planQuery.js';
export { compileFilter, compileWith, readRow } from './query/compileQuery.js';
export type { CompiledQuery, DialectOps } from './query/compileQuery.js';
export { clickHouseOps } from './clickhouse/queryOps.js';
export { compileClickHouse18 } from './clickhouse/compileQuery18.js';
export { compileClickHouseModern } from './clickhouse/compileQueryModern.js';
export { compileDuckDb } from './duckdb/compileQuery.js';
export { duckDbOps } from './duckdb/queryOps.js';

// Rollups (per-minute RED)
export { defineRollup, MINUTE_MICROS, ROLLUP_MEASURES } from './rollup/defineRollup.js';
export type { RebuiltMinutes, RollupDefinition, RollupRange, RollupSpec } from './rollup/defineRollup.js';
export { rollupQuery } from './rollup/rollupOnQuery.js';
export { RollupRebuilder } from './rollup/RollupRebuilder.js';
export type { RollupRebuilderOptions } from './rollup/RollupRebuilder.js';

// ClickHouse
export { createClickHouseStore } from './clickhouse/createClickHouseStore.js';
export type { ClickHouseStoreOptions } from './clickhouse/createClickHouseStore.js';
export { ClickHouseStore } from './clickhouse/ClickHouseStore.js';
export type { ClickHouseExecutor } from './clickhouse/ClickHouseExecutor.js';
export { BASE_SETTINGS, httpExecutor } from './clickhouse/httpExecutor.js';
export { clickHouseFeatures } from './clickhouse/ClickHouseFeatures.js';
export type { ClickHouseFeatures } from './clickhouse/ClickHouseFeatures.js';
export { clickHouseType, columnCodec } from './clickhouse/columnTypes.js';
export { columnDefinition, createTableStatements, dayExpression } from './clickhouse/ddl.js';
export type { ClickHouseDdlOptions } from './clickhouse/ddl.js';
export { jsonEachRowEncoder } from './clickhouse/jsonEachRow.js';
export {
  rebuildStatement,
  ROLLUP_STATE_TABLE,
  rollupReadStatement,
  rollupStateReadStatement,
  rollupStateTableStatement,
  rollupStateWriteStatement,
  rollupTableStatement,
} from './clickhouse/rollupSql.js';
export type { RollupSqlContext } from './clickhouse/rollupSql.js';
export { ClickHouseRollups } from './clickhouse/ClickHouseRollups.js';
export { clickHouseError, clickHouseErrorCode, RETRIABLE_CLICKHOUSE_CODES } from './clickhouse/errors.js';

// Sink (stream-core)
export { ViewSink } from './sink/ViewSink.js';
export type { ViewSinkOptions, ViewSinkStats } from './sink/ViewSink.js';
export { estimateRowBytes } from './sink/rowBytes.js';

// DuckDB
export { createDuckDbStore } from './duckdb/createDuckDbStore.js';
export type { DuckDbStoreOptions } from './duckdb/createDuckDbStore.js';
export { DuckDbStore } from './duckdb/DuckDbStore.js';
export { duckDbColumn, duckDbColumnDefinition } from './duckdb/columnTypes.js';
export { createDuckDbTable, createStagingTable, mergeStatement, stagingName } from './duckdb/ddl.js';

// Kafka
export { avroRecordEncoder, jsonRecordEncoder } from './kafka/ViewRecordEncoder.js';
export type { AvroRecordEncoderOptions, ViewRecordEncoder } from './kafka/ViewRecordEncoder.js';
export { viewAvroSchema } from './kafka/viewAvroSchema.js';
export type { AvroSchemaJson } from './kafka/viewAvroSchema.js';
export { createKafkaViewWriter, KafkaViewWriter } from './kafka/KafkaViewWriter.js';
export type { KafkaViewWriterOptions } from './kafka/KafkaViewWriter.js';
