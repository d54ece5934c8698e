"""OpenTelemetry tracing, on when OTEL_EXPORTER_OTLP_ENDPOINT is set (the SDK reads OTEL_*)."""

from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.instrumentation.psycopg import PsycopgInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor


def configure_tracing(app: FastAPI) -> TracerProvider:
    """Exports a span per request and per database call; `traceparent` continues a trace."""
    provider = TracerProvider(resource=Resource.create())
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    FastAPIInstrumentor.instrument_app(
        app, tracer_provider=provider, excluded_urls="/health/.*,/metrics"
    )
    # At the driver, so every statement SQLAlchemy sends becomes a CLIENT span.
    PsycopgInstrumentor().instrument(tracer_provider=provider)
    return provider
