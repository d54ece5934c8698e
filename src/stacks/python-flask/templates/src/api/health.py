"""Liveness and readiness probes (no auth)."""

import logging
from typing import Literal

from flask import Blueprint, Flask, current_app
from flask.typing import ResponseReturnValue
from pydantic import BaseModel
from sqlalchemy import Engine, text

from src.api.openapi import operation
from src.database import get_engine

logger = logging.getLogger(__name__)

_SHUTTING_DOWN = "health.shutting_down"

health = Blueprint("health", __name__, url_prefix="/health")


class Liveness(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ok", "unavailable"]
    checks: dict[str, Literal["ok", "down"]]


def begin_shutdown(app: Flask) -> None:
    """Readiness answers 503 from now on: the server calls this when it is told to stop."""
    app.extensions[_SHUTTING_DOWN] = True


@health.get("/live")
@operation(summary="The process is running", responses={200: Liveness})
def live() -> ResponseReturnValue:
    return {"status": "ok"}


@health.get("/ready")
@operation(
    summary="The database answers and the service is not shutting down",
    responses={200: Readiness, 503: Readiness},
)
def ready() -> ResponseReturnValue:
    if current_app.extensions.get(_SHUTTING_DOWN, False):
        return {"status": "unavailable", "checks": {"database": "ok"}}, 503
    if ping_database(get_engine()):
        return {"status": "ok", "checks": {"database": "ok"}}
    return {"status": "unavailable", "checks": {"database": "down"}}, 503


def ping_database(engine: Engine) -> bool:
    """Whether the database answers; the pool's timeouts bound the wait to 2 seconds or so."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - any failure means "not ready"
        logger.warning("readiness check: the database did not answer")
        return False
    return True
