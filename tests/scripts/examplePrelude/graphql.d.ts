// Variables the @ht/graphql `@example` blocks use without defining them, beside shared.d.ts.

declare const context: import('@ht/graphql').QueryContext;
declare const catalog: import('@ht/graphql').ViewCatalog;
declare const limits: import('@ht/graphql').QueryLimits;
declare const spanEventView: import('@ht/enricher-sdk').ViewDefinition;
