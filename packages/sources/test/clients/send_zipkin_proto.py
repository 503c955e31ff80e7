"""Sends the known topology as Zipkin v2 proto3 with opentelemetry-exporter-zipkin-proto-http.

Usage: send_zipkin_proto.py <url of /api/v2/spans>
"""
import sys

from opentelemetry.exporter.zipkin.proto.http import ZipkinExporter

from otel_topology import send

send(ZipkinExporter(endpoint=sys.argv[1]), "cart-zipkin-proto", micro_aligned=True)
