/**
 * `@ht/reference-pipeline`: the four stage factories (normalizer, grouper, enricher, views), local-mode
 * wiring and the `ht` CLI. Built in the reference-pipeline issue; for now only the CLI's shape exists.
 *
 * @packageDocumentation
 */
export {};
