// The parts of jaeger-client (no published types) that the Jaeger tests use: the OpenTracing tracer.
declare module 'jaeger-client' {
  interface JaegerSpan {
    context(): { traceId: Buffer; spanId: Buffer };
    setTag(key: string, value: unknown): JaegerSpan;
    log(fields: Record<string, unknown>, timestamp?: number): JaegerSpan;
    finish(finishTime?: number): void;
  }
  interface JaegerTracer {
    startSpan(name: string, options?: Record<string, unknown>): JaegerSpan;
    close(callback: () => void): void;
  }
  const jaegerClient: {
    initTracer(config: Record<string, unknown>, options: Record<string, unknown>): JaegerTracer;
    opentracing: { followsFrom(context: unknown): unknown };
  };
  export default jaegerClient;
}
