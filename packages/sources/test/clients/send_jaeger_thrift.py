"""Sends the known topology with opentelemetry-exporter-jaeger-thrift's agent exporter: UDP, Thrift compact
protocol, Agent.emitBatch (the Jaeger agent's port 6831).

Usage: send_jaeger_thrift.py <host> <port>
"""
import sys

from opentelemetry.exporter.jaeger.thrift import JaegerExporter

from otel_topology import send

send(JaegerExporter(agent_host_name=sys.argv[1], agent_port=int(sys.argv[2])), "cart-jaeger-udp", micro_aligned=True)
