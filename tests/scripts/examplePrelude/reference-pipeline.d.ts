// Variables the @ht/reference-pipeline `@example` blocks use without defining them, beside shared.d.ts.

declare const logger: import('@ht/enricher-sdk').Logger;
declare const metrics: import('@ht/enricher-sdk').Metrics;
declare const config: import('@ht/reference-pipeline').HtConfig;
declare const options: import('@ht/reference-pipeline').LocalPipelineOptions;
declare const pipeline: import('@ht/reference-pipeline').RunningLocalPipeline;
// The distributed mode's stages.
declare const kafka: import('kafkajs').Kafka;
declare const schemaRegistryUrl: string;
