"""OpenTelemetry tracing, on when OTEL_EXPORTER_OTLP_ENDPOINT is set (the SDK reads OTEL_*)."""

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.psycopg import PsycopgInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

# Requests to these paths make no spans: probes and scrapes would drown the service's own.
UNTRACED_URLS = "/health/.*,/metrics"


def configure_tracing() -> TracerProvider:
    """Exports spans in batches over OTLP/HTTP and makes one per database statement.

    The web framework's instrumentation adds a span per request; `traceparent` continues a trace.
    """
    provider = TracerProvider(resource=Resource.create())
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    # At the driver, so every statement SQLAlchemy sends becomes a CLIENT span.
    PsycopgInstrumentor().instrument(tracer_provider=provider)
    return provider
