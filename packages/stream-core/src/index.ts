/**
 * `@ht/stream-core`: a typed dataflow engine on RxJS with Flink-like semantics: event time and
 * watermarks, windows, keyed state, checkpoints and credit-based backpressure. It knows nothing of
 * tracing; the @ht trace pipeline is its first user.
 *
 * @packageDocumentation
 */
// Building and running jobs
export { Job } from './api/Job.js';
export type { JobOptions, JobStatus, DrainPolicy } from './api/Job.js';
export { Stream, OperatorStream } from './api/Stream.js';
export type { OperatorOptions, KeyByOptions } from './api/Stream.js';
export type { MapAsyncOptions } from './api/MapAsyncOptions.js';
export { KeyedStream } from './api/KeyedStream.js';
export { WindowedStream } from './api/WindowedStream.js';
export { OutputTag } from './api/OutputTag.js';

// Sources and sinks
export type { Source, SourceContext } from './source/Source.js';
export type { PartitionInFlight, SourceOptions, SourceSnapshot } from './source/SourceRunner.js';
export type { Sink } from './sink/Sink.js';
export type { SinkOptions } from './sink/SinkRunner.js';
export type { Position } from './checkpoint/AckToken.js';

// Time
export { systemClock, sleep } from './time/Clock.js';
export type { Clock, CancelTimer } from './time/Clock.js';
export type { WatermarkOptions } from './time/PartitionWatermarks.js';

// Windows
export { tumblingWindows, slidingWindows, sessionWindows, globalWindows } from './windows/WindowAssigner.js';
export type { WindowAssigner, TimeWindow } from './windows/WindowAssigner.js';
export { eventTimeTrigger, countTrigger } from './windows/Trigger.js';
export type { Trigger } from './windows/Trigger.js';
export { countAggregate } from './windows/AggregateFunction.js';
export type { AggregateFunction } from './windows/AggregateFunction.js';
export type { WindowInfo, FiringKind } from './windows/WindowReducer.js';

// Keyed process functions and state
export type { KeyedProcessFunction, ProcessContext, TimerContext, TimerService } from './operators/ProcessFunction.js';
export { valueState, mapState, listState, aggregatingState } from './state/StateDescriptor.js';
export type {
  StateOptions,
  StateSpec,
  StateDescriptor,
  ValueStateDescriptor,
  MapStateDescriptor,
  ListStateDescriptor,
  AggregatingStateDescriptor,
} from './state/StateDescriptor.js';
export type { ValueState, MapState, ListState, AggregatingState, StateHandles } from './state/StateHandles.js';
export { MemoryStateBackend } from './state/MemoryStateBackend.js';
export type {
  KeyedStateBackend,
  OperatorStateStore,
  StateTable,
  StateForm,
  StateScope,
} from './state/KeyedStateBackend.js';
export { jsonCodec } from './state/jsonCodec.js';
export type { Codec } from './state/jsonCodec.js';

// Checkpoints
export { MemorySnapshotStore, encodeSnapshot, decodeSnapshot } from './checkpoint/SnapshotStore.js';
export type { Snapshot, SnapshotStore } from './checkpoint/SnapshotStore.js';
export { FileSnapshotStore } from './checkpoint/FileSnapshotStore.js';
export type { CheckpointOptions, CheckpointResult } from './checkpoint/CheckpointCoordinator.js';

// Per-partition state (scale-out: docs/scaling.md)
export {
  MemoryPartitionSnapshotStore,
  encodePartitionSnapshot,
  decodePartitionSnapshot,
} from './checkpoint/PartitionSnapshotStore.js';
export type { PartitionSnapshot, PartitionSnapshotStore } from './checkpoint/PartitionSnapshotStore.js';
export { FilePartitionSnapshotStore } from './checkpoint/FilePartitionSnapshotStore.js';
export type { PartitionStateOptions, PartitionCheckpointResult } from './checkpoint/PartitionStateCoordinator.js';
export { PartitionStateStats } from './checkpoint/PartitionStateStats.js';
export type { PartitionedParticipant } from './checkpoint/PartitionedParticipant.js';

// Errors (also `@ht/stream-core/errors`, the same symbols)
export { HtError, HtErrorCode, isHtError, toHtError } from './errors/index.js';
export type { HtErrorOptions, ErrorPolicy, RecordError, DeadLetter } from './errors/index.js';
export { retry, backoffDelay } from './retry/retry.js';
export type { RetryOptions } from './retry/retry.js';

// Metrics
export { MetricsRegistry, escapeLabel } from './metrics/MetricsRegistry.js';
export type { OperatorMetricsSnapshot } from './metrics/MetricsRegistry.js';
export { OperatorMetrics } from './metrics/OperatorMetrics.js';
export type { OperatorKind } from './metrics/OperatorMetrics.js';
export { BucketHistogram, LATENCY_BUCKETS_SECONDS } from './metrics/BucketHistogram.js';
