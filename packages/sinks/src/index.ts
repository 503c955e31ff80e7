/**
 * `@ht/sinks`: the `ViewStore` interface with ClickHouse and DuckDB stores, and a Kafka sink. Built in the sinks issue.
 *
 * @packageDocumentation
 */
export {};
