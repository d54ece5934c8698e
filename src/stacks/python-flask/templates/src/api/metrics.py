"""GET /metrics in the Prometheus text format (no auth, not in the OpenAPI document)."""

from flask import Blueprint, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

metrics = Blueprint("metrics", __name__)


@metrics.get("/metrics")
def read_metrics() -> Response:
    return Response(generate_latest(), content_type=CONTENT_TYPE_LATEST)
