"""The known topology, sent through the OpenTelemetry Python SDK with a given exporter.

Prints what the receiver must see as one JSON line: every span's ids, parent, name, kind and times (unix ns
as strings). Attributes, status and events are fixed by this file and asserted by the TypeScript test.
"""
import json

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.trace import SpanKind, Status, StatusCode

BASE_NS = 1_700_000_000 * 10**9


def send(exporter, service, micro_aligned, wire_time=lambda ns: ns):
    """Sends the topology; with micro_aligned, every time is a whole microsecond (formats in microseconds).

    wire_time maps a time to what the exporter puts on the wire, for exporters that round through a float.
    """
    step = 1000 if micro_aligned else 1

    def at(offset_ns):
        return BASE_NS + (offset_ns // step) * step

    provider = TracerProvider(resource=Resource.create({"service.name": service, "deployment.environment": "test"}))
    provider.add_span_processor(BatchSpanProcessor(exporter, schedule_delay_millis=60_000))
    tracer = provider.get_tracer("ht-topology-py", "4.5.6")
    root = tracer.start_span(
        "GET /cart",
        kind=SpanKind.SERVER,
        start_time=at(1_000_123),
        attributes={
            "http.request.method": "GET",
            "http.response.status_code": 200,
            "ht.test.ratio": 0.25,
            "ht.test.flag": True,
        },
    )
    root_ctx = trace.set_span_in_context(root)
    client = tracer.start_span(
        "SELECT cart", context=root_ctx, kind=SpanKind.CLIENT, start_time=at(2_000_456), attributes={"db.system": "postgresql"}
    )
    client.add_event("exception", {"exception.type": "TimeoutError"}, timestamp=at(3_000_789))
    client.set_status(Status(StatusCode.ERROR, "query timed out"))
    producer = tracer.start_span(
        "publish cart", context=trace.set_span_in_context(client), kind=SpanKind.PRODUCER, start_time=at(4_000_001)
    )
    consumer = tracer.start_span("consume cart", context=root_ctx, kind=SpanKind.CONSUMER, start_time=at(6_000_003))
    consumer.set_status(Status(StatusCode.OK))
    internal = tracer.start_span("compute total", context=root_ctx, start_time=at(5_000_002))
    ends = [(producer, 4_500_001), (client, 4_900_999), (internal, 5_500_002), (consumer, 6_500_003), (root, 9_000_999)]
    for span, end in ends:
        span.end(end_time=at(end))
    provider.force_flush()
    provider.shutdown()
    kinds = {SpanKind.SERVER: "SERVER", SpanKind.CLIENT: "CLIENT", SpanKind.PRODUCER: "PRODUCER",
             SpanKind.CONSUMER: "CONSUMER", SpanKind.INTERNAL: "INTERNAL"}
    out = []
    for span, _ in ends:
        ctx = span.get_span_context()
        out.append({
            "traceId": format(ctx.trace_id, "032x"),
            "spanId": format(ctx.span_id, "016x"),
            "parentSpanId": format(span.parent.span_id, "016x") if span.parent else "",
            "name": span.name,
            "kind": kinds[span.kind],
            "start": str(wire_time(span.start_time)),
            "end": str(wire_time(span.end_time)),
        })
    print(json.dumps(out))
