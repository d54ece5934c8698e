"""CORS, on only when CORS_ORIGINS lists origins."""

from flask import Flask, Response, request

ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE"
ALLOWED_HEADERS = "Authorization, Content-Type, X-Request-ID"
EXPOSED_HEADERS = "Location, X-Request-ID"
PREFLIGHT_MAX_AGE_SECONDS = 600


def enable_cors(app: Flask, origins: tuple[str, ...]) -> None:
    """Answers a listed origin's preflight with a bodiless 204 and lets it read the responses;
    other origins get no CORS headers."""
    allowed = frozenset(origins)

    @app.before_request
    def answer_preflight() -> Response | None:
        origin = request.headers.get("Origin", "")
        preflight = "Access-Control-Request-Method" in request.headers
        if request.method != "OPTIONS" or not preflight or origin not in allowed:
            return None
        headers = {
            "Access-Control-Allow-Methods": ALLOWED_METHODS,
            "Access-Control-Allow-Headers": ALLOWED_HEADERS,
            "Access-Control-Max-Age": str(PREFLIGHT_MAX_AGE_SECONDS),
        }
        return Response(status=204, headers=headers)

    @app.after_request
    def allow_origin(response: Response) -> Response:
        origin = request.headers.get("Origin", "")
        response.vary.add("Origin")
        if origin in allowed:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        return response
