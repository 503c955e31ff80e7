/**
 * `@ht/enricher-sdk`: the span/trace model, the enricher and view plugin API, and the built-in enrichers and views. Built in the enricher-sdk issue.
 *
 * @packageDocumentation
 */
export {};
