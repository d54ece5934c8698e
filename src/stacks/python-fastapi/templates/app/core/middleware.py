"""Pure ASGI middleware: request ids and access logs, HEAD, and the request body's limits."""

import logging
import re
import time
import uuid
from collections.abc import Callable
from email.message import Message as MimeMessage

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import problem_response
from app.core.problems import HTTP_DETAILS
from app.core.routes import RouteTable

logger = logging.getLogger("app.access")

MAX_BODY_BYTES = 1_048_576
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


# Called once per finished request with its method, route template, status and seconds.
RequestObserver = Callable[[str, str, int, float], None]


class RequestContextMiddleware:
    """Gives every request an id, logs and observes it once, and turns crashes into a 500."""

    def __init__(
        self,
        app: ASGIApp,
        routes: RouteTable,
        observe: RequestObserver | None = None,
    ) -> None:
        self.app = app
        self.routes = routes
        self.observe = observe

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = Headers(scope=scope).get("x-request-id", "")
        request_id = incoming if _REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        status = 500
        started = time.perf_counter()

        async def send_with_request_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)["X-Request-ID"] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_request_id)
        except Exception:
            logger.exception("unhandled error", extra={"request_id": request_id})
            response = problem_response(
                500, "The server failed to handle the request", scope["path"]
            )
            await response(scope, receive, send_with_request_id)
        finally:
            seconds = time.perf_counter() - started
            route = self.routes.find_template(scope)
            logger.log(
                logging.ERROR if status >= 500 else logging.INFO,
                "request completed",
                extra={
                    "request_id": request_id,
                    "method": scope["method"],
                    "route": route,
                    "path": scope["path"],
                    "status": status,
                    "duration_ms": round(seconds * 1000, 3),
                },
            )
            if self.observe is not None:
                self.observe(scope["method"], route, status, seconds)


class HeadMiddleware:
    """Answers HEAD on every GET route with the GET's status and headers and no body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)


def is_json_media_type(content_type: str) -> bool:
    message = MimeMessage()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (
        subtype == "json" or subtype.endswith("+json")
    )


class RequestBodyMiddleware:
    """Refuses bodies that are not JSON (415) or larger than 1 MiB, chunked or not (413)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        length = headers.get("content-length", "")
        has_body = "transfer-encoding" in headers or (length.isdigit() and int(length) > 0)
        if has_body and not is_json_media_type(headers.get("content-type", "")):
            await problem_response(415, HTTP_DETAILS[415], scope["path"])(scope, receive, send)
            return
        if length.isdigit() and int(length) > MAX_BODY_BYTES:
            body = None
        else:
            body = await read_body(receive) if has_body else b""
        if body is None:
            await problem_response(413, HTTP_DETAILS[413], scope["path"])(scope, receive, send)
            return
        replayed = False

        async def replay_body() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay_body, send)


async def read_body(receive: Receive) -> bytes | None:
    """The whole body, or None as soon as it grows past the limit (chunked bodies too)."""
    chunks: list[bytes] = []
    size = 0
    more_body = True
    while more_body:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
        more_body = message.get("more_body", False)
    return b"".join(chunks)
