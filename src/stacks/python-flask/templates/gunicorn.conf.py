"""gunicorn's settings (it reads this file at start-up): `gunicorn` serves the application.

One worker process with threads: database calls release the GIL, and one process per container
keeps the Prometheus metrics exact and the memory flat; run more replicas to scale out.
"""

import logging
import signal
import sys
import threading
from types import FrameType
from typing import Protocol

from flask import Flask
from pydantic import ValidationError

from src.api.health import begin_shutdown
from src.config import Settings, describe_settings_error
from src.utils.logging import configure_logging, describe_logging


def load_settings() -> Settings | str:
    try:
        return Settings()
    except ValidationError as error:
        return describe_settings_error(error)


settings = load_settings()
if isinstance(settings, str):
    # One clear line and a non-zero exit, not a stack trace.
    configure_logging("info")
    logging.getLogger("src").error(settings)
    sys.exit(1)

wsgi_app = "src.app:create_app()"
# A container must accept connections from outside itself.
bind = [f"0.0.0.0:{settings.port}"]
workers = 1
worker_class = "gthread"
threads = 16
# After SIGTERM the worker accepts connections a second longer, answering readiness with 503,
# so that those the kernel has already queued are served rather than reset.
STOP_ACCEPTING_AFTER_SECONDS = 1
# Then requests in flight get SHUTDOWN_GRACE_SECONDS to finish.
graceful_timeout = STOP_ACCEPTING_AFTER_SECONDS + settings.shutdown_grace_seconds
loglevel = settings.log_level
logconfig_dict = describe_logging(settings.log_level)
# The service logs one line per request itself (src/utils/requests.py): no access log.
logconfig_dict["loggers"]["gunicorn.access"] = {"level": "CRITICAL", "propagate": False}
# No control socket: nothing manages the server at run time but its signals.
control_socket_disable = True


class Worker(Protocol):
    wsgi: Flask

    def handle_exit(self, sig: int, frame: FrameType | None) -> None: ...


def post_worker_init(worker: Worker) -> None:
    """Readiness turns 503 the moment SIGTERM arrives; the worker stops a second later."""

    def stop(sig: int, _frame: FrameType | None) -> None:
        begin_shutdown(worker.wsgi)
        threading.Timer(STOP_ACCEPTING_AFTER_SECONDS, worker.handle_exit, (sig, None)).start()

    signal.signal(signal.SIGTERM, stop)
