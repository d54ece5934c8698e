"""Request ids, one log line per request and its metrics observation."""

import logging
import re
import time
import uuid
from collections.abc import Callable

from flask import Flask, Response, g, request

from src.utils.routes import find_route_template

logger = logging.getLogger("src.access")

_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")

# Called once per finished request with its method, route template, status and seconds.
RequestObserver = Callable[[str, str, int, float], None]


def track_requests(app: Flask, observe: RequestObserver | None = None) -> None:
    """Gives every request an id (kept from X-Request-ID when valid), logs it once as it ends
    and hands it to `observe`."""

    @app.before_request
    def start_request() -> None:
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if _REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        g.started = time.perf_counter()

    @app.after_request
    def finish_request(response: Response) -> Response:
        seconds = time.perf_counter() - g.started
        route = find_route_template()
        response.headers["X-Request-ID"] = g.request_id
        logger.log(
            logging.ERROR if response.status_code >= 500 else logging.INFO,
            "request completed",
            extra={
                "request_id": g.request_id,
                "method": request.method,
                "route": route,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round(seconds * 1000, 3),
            },
        )
        if observe is not None:
            observe(request.method, route, response.status_code, seconds)
        return response
