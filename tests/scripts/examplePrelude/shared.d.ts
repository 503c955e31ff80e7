// Variables TSDoc `@example` blocks use without defining them, checked by tests/scripts/checkExamples.mjs,
// in every package but stream-core (which has its own, stream-core.d.ts); a package's own `<folder>.d.ts`
// adds its names. A global script: each example is a module, so a name it declares shadows the one here.
// Types come from the public entry points only (`import('@ht/…')`), never from a package's files.

type Span = import('@ht/enricher-sdk').Span;
type Trace = import('@ht/enricher-sdk').Trace;

// The trace model.
declare const span: Span;
declare const spans: Span[];
declare const root: Span;
declare const child: Span;
declare const trace: Trace;
declare const traces: Trace[];
declare const enrichedTrace: Trace;
declare const traceId: string;
declare const spanId: string;

// Jobs, views and stores.
declare const job: import('@ht/stream-core').Job;
declare const spanView: import('@ht/enricher-sdk').ViewDefinition;
declare const view: import('@ht/enricher-sdk').ViewDefinition;
declare const views: import('@ht/enricher-sdk').ViewDefinition[];
declare const store: import('@ht/sinks').ViewStore;

// Node and tests.
declare const readFile: typeof import('node:fs/promises').readFile;
declare const writeFile: typeof import('node:fs/promises').writeFile;
declare const join: typeof import('node:path').join;
declare const dirname: typeof import('node:path').dirname;
declare const randomUUID: typeof import('node:crypto').randomUUID;
declare const http: typeof import('node:http');
declare const expect: typeof import('vitest').expect;
declare const describe: typeof import('vitest').describe;
declare const it: typeof import('vitest').it;
