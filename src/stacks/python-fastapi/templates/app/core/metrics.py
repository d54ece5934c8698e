"""Prometheus metrics: the contract's request histogram plus the runtime's process metrics."""

from fastapi import APIRouter
from prometheus_client import CONTENT_TYPE_LATEST, Histogram, generate_latest
from starlette.responses import Response

REQUEST_DURATION = Histogram(
    "http_server_request_duration_seconds",
    "Duration of HTTP requests handled by the server",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10),
)

router = APIRouter(tags=["operations"])


@router.get("/metrics", include_in_schema=False)
async def read_metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    """Records one finished request (RequestContextMiddleware calls it)."""
    REQUEST_DURATION.labels(method, route, str(status)).observe(seconds)
