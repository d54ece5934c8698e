"""Prometheus metrics: the contract's request histogram plus the runtime's process metrics."""

from prometheus_client import Histogram

REQUEST_DURATION = Histogram(
    "http_server_request_duration_seconds",
    "Duration of HTTP requests handled by the server",
    ["method", "route", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10),
)


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    """Records one finished request under its route template, never its raw path."""
    REQUEST_DURATION.labels(method, route, str(status)).observe(seconds)
