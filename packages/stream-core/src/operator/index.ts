/**
 * `@ht/stream-core/operator`: the kit for writing a custom keyed operator (`KeyedStream.operator`), such
 * as the trace grouper: batches, acknowledgement tokens, token holders and the timer heap, the parts the
 * built-in window and process operators are made of. Jobs that only use the builder do not need it.
 *
 * @packageDocumentation
 */
export type { KeyedOperator } from '../api/KeyedStream.js';
export type { OperatorContext } from '../graph/OperatorContext.js';
export type { SideOutputPort } from '../graph/SideOutputPort.js';
export type { CheckpointParticipant } from '../checkpoint/CheckpointParticipant.js';
export type { Batch, StateKey } from '../core/Batch.js';
export { BatchBuilder, END_OF_TIME, NO_WATERMARK, watermarkBatch } from '../core/Batch.js';
export {
  AckToken,
  forEachTokenRun,
  partitionOf,
  releaseAck,
  releaseBoth,
  releaseCredit,
  retain,
} from '../checkpoint/AckToken.js';
export type { PartitionedParticipant } from '../checkpoint/PartitionedParticipant.js';
export { TokenHolder } from '../windows/TokenHolder.js';
export { TimerHeap } from '../time/TimerHeap.js';
export { PerPartitionWatermarks } from '../time/PerPartitionWatermarks.js';
export type { WatermarkOptions } from '../time/PartitionWatermarks.js';
