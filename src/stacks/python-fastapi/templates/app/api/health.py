"""Liveness and readiness probes (no auth, not in the OpenAPI document's API routes)."""

import asyncio
import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

logger = logging.getLogger(__name__)

READINESS_TIMEOUT_SECONDS = 2

router = APIRouter(prefix="/health", tags=["health"])


@router.get("/live")
async def live() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/ready", responses={503: {"description": "Shutting down or database down"}})
async def ready(request: Request) -> JSONResponse:
    if request.app.state.shutting_down:
        return JSONResponse({"status": "unavailable", "checks": {"database": "ok"}}, 503)
    database_up = await ping_database(request.app.state.engine)
    if database_up:
        return JSONResponse({"status": "ok", "checks": {"database": "ok"}})
    return JSONResponse({"status": "unavailable", "checks": {"database": "down"}}, 503)


async def ping_database(engine: AsyncEngine) -> bool:
    try:
        async with asyncio.timeout(READINESS_TIMEOUT_SECONDS), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - any failure means "not ready"
        logger.warning("readiness check: the database did not answer")
        return False
    return True
