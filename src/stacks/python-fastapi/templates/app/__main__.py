"""Starts the service in production mode: `python -m app`."""

import asyncio
import contextvars
import logging
import sys
from types import FrameType

import uvicorn
from fastapi import FastAPI
from pydantic import ValidationError
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.config import Settings, describe_settings_error
from app.core.logging import configure_logging
from app.main import create_app

logger = logging.getLogger("app")


class Server(uvicorn.Server):
    """uvicorn's server, turning readiness to 503 the moment a shutdown signal arrives."""

    def __init__(self, app: FastAPI, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.app = app

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        self.app.state.shutting_down = True
        super().handle_exit(sig, frame)


def isolate_requests(app: ASGIApp) -> ASGIApp:
    """Runs every request in a fresh context.

    uvicorn resumes reading a connection from inside the request that paused it (a large
    body), so the next request on that keep-alive connection would inherit the first one's
    context, and with it its trace: each request starts from an empty context instead.
    """

    async def isolated(scope: Scope, receive: Receive, send: Send) -> None:
        async def serve() -> None:
            await app(scope, receive, send)

        await asyncio.create_task(serve(), context=contextvars.Context())

    return isolated


def load_settings() -> Settings | str:
    try:
        return Settings()
    except ValidationError as error:
        return describe_settings_error(error)


def main() -> int:
    settings = load_settings()
    if isinstance(settings, str):
        configure_logging("info")
        logger.error(settings)
        return 1
    configure_logging(settings.log_level)
    app = create_app(settings)
    config = uvicorn.Config(
        isolate_requests(app),
        host="0.0.0.0",  # noqa: S104 - a container must accept connections from outside itself
        port=settings.port,
        log_config=None,
        access_log=False,
        server_header=False,
        http="h11",
        timeout_graceful_shutdown=settings.shutdown_grace_seconds,
    )
    Server(app, config).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
