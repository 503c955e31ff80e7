/**
 * `@ht/stream-core/testing`: virtual time, in-memory sources and sinks, and marble-test helpers for
 * jobs built on `@ht/stream-core` (the engine's own tests use them too).
 *
 * @packageDocumentation
 */
export { VirtualClock, schedulerClock, flushAsync } from './VirtualClock.js';
export { MemorySource } from './MemorySource.js';
export type { MemorySourceOptions } from './MemorySource.js';
export { MemorySink } from './MemorySink.js';
export type { MemorySinkOptions } from './MemorySink.js';
export { marbleSource } from './marbleSource.js';
export { resolveAfter, rejectAfter } from './resolveAfter.js';
export { runToCompletion } from './runToCompletion.js';
export type { RunToCompletionOptions } from './runToCompletion.js';
export type { MarbleSource } from './marbleSource.js';
