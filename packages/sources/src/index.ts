/**
 * `@ht/sources`: trace receivers for every common format and a Kafka source. Built in the sources issue.
 *
 * @packageDocumentation
 */
export {};
