"""Sends a small known trace with opencensus-ext-ocagent: the OpenCensus agent's gRPC TraceService/Export stream.

Usage: send_opencensus.py <host:port>
Prints the spans the receiver must see as one JSON line; times are the spans' own (microsecond) timestamps.
"""
import json
import sys
from datetime import datetime, timezone

from opencensus.ext.ocagent.trace_exporter import TraceExporter
from opencensus.trace import execution_context
from opencensus.trace.samplers import AlwaysOnSampler
from opencensus.trace.span import SpanKind
from opencensus.trace.status import Status
from opencensus.trace.tracer import Tracer

exporter = TraceExporter(service_name="cart-opencensus", host_name="oc-host", endpoint=sys.argv[1])
tracer = Tracer(exporter=exporter, sampler=AlwaysOnSampler())
spans = []
with tracer.span(name="GET /cart") as root:
    root.span_kind = SpanKind.SERVER
    root.add_attribute("http.method", "GET")
    root.add_attribute("http.status_code", 200)
    root.add_attribute("ht.test.ratio", 0.25)
    root.add_attribute("ht.test.flag", True)
    with tracer.span(name="SELECT cart") as child:
        child.span_kind = SpanKind.CLIENT
        child.add_attribute("db.system", "postgresql")
        child.add_annotation("cache miss", key="cart-1")
        child.set_status(Status(2, "query timed out"))
        spans.append(child)
    spans.append(root)
tracer.finish()


def ns(iso):
    moment = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    seconds = int(moment.replace(microsecond=0).timestamp())
    return str((seconds * 1_000_000 + moment.microsecond) * 1000)


trace_id = tracer.span_context.trace_id
print(json.dumps([
    {
        "traceId": trace_id,
        "spanId": span.span_id,
        "parentSpanId": span.parent_span.span_id if span.parent_span and span.parent_span.span_id else "",
        "name": span.name,
        "kind": "SERVER" if span.span_kind == SpanKind.SERVER else "CLIENT",
        "start": ns(span.start_time),
        "end": ns(span.end_time),
    }
    for span in spans
]))
