"""Sends the known topology with opentelemetry-exporter-jaeger-proto-grpc: jaeger.api_v2.CollectorService/PostSpans.

Usage: send_jaeger_grpc.py <host:port>
"""
import sys

from opentelemetry.exporter.jaeger.proto.grpc import JaegerExporter
from opentelemetry.exporter.jaeger.proto.grpc.translate import _proto_timestamp_from_epoch_nanos

from otel_topology import send


def wire_time(ns):
    """The exporter converts unix ns to a protobuf Timestamp through a float: this is the ns it sends."""
    ts = _proto_timestamp_from_epoch_nanos(ns)
    return ts.seconds * 10**9 + ts.nanos


send(JaegerExporter(collector_endpoint=sys.argv[1], insecure=True), "cart-jaeger-grpc", False, wire_time)
