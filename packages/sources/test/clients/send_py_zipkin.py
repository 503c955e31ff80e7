"""Sends a small known trace with py-zipkin as Zipkin v1 JSON or v1 Thrift to /api/v1/spans.

Usage: send_py_zipkin.py <url of /api/v1/spans> <v1_json|v1_thrift>
Prints the spans the receiver must see as one JSON line. Times are binary-exact float seconds (the child's
given, the root's from a fixed clock, since py-zipkin times a root span itself), so py-zipkin's microseconds
(int(seconds * 1e6)) are exact; v1_thrift uses 128-bit trace ids (trace_id_high).
"""
import json
import sys
import time
import urllib.request

from py_zipkin import Encoding, Kind
from py_zipkin.transport import BaseTransportHandler
from py_zipkin.zipkin import zipkin_span

URL, ENCODING = sys.argv[1], sys.argv[2]
THRIFT = ENCODING == "v1_thrift"
CONTENT_TYPE = "application/x-thrift" if THRIFT else "application/json"


class HttpTransport(BaseTransportHandler):
    def get_max_payload_bytes(self):
        return None

    def send(self, payload):
        body = payload if isinstance(payload, bytes) else payload.encode("utf-8")
        headers = {"Content-Type": CONTENT_TYPE, "x-tenant-id": "py-zipkin"}
        with urllib.request.urlopen(urllib.request.Request(URL, data=body, headers=headers)) as response:
            assert response.status == 202, response.status


ROOT = (1_700_000_000.25, 0.5)
CHILD = (1_700_000_000.375, 0.125)
clock = [ROOT[0]]
time.time = lambda: clock[0]
with zipkin_span(
    service_name="cart-py-zipkin",
    span_name="GET /cart",
    transport_handler=HttpTransport(),
    encoding=Encoding.V1_THRIFT if THRIFT else Encoding.V1_JSON,
    sample_rate=100.0,
    kind=Kind.SERVER,
    host="10.1.2.3",
    port=8080,
    use_128bit_trace_id=THRIFT,
    binary_annotations={"http.method": "GET"},
) as root:
    with zipkin_span(
        service_name="cart-py-zipkin",
        span_name="SELECT cart",
        kind=Kind.CLIENT,
        timestamp=CHILD[0],
        duration=CHILD[1],
        binary_annotations={"db.system": "postgresql", "error": "query timed out"},
    ) as child:
        child.add_sa_binary_annotation(port=5432, service_name="postgres", host="10.9.8.7")
        child.add_annotation("cache miss")
    clock[0] = ROOT[0] + ROOT[1]


def micros_ns(seconds):
    return str(int(seconds * 1_000_000) * 1000)


out = []
for span, (start, duration) in ((child, CHILD), (root, ROOT)):
    ctx = span.zipkin_attrs
    out.append({
        "traceId": ctx.trace_id,
        "spanId": ctx.span_id,
        "parentSpanId": ctx.parent_span_id or "",
        "name": span.span_name,
        "kind": "SERVER" if span.kind == Kind.SERVER else "CLIENT",
        "start": micros_ns(start),
        "end": str(int(start * 1_000_000) * 1000 + int(duration * 1_000_000) * 1000),
    })
print(json.dumps(out))
