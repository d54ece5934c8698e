"""The connection pool and the session of the request being handled."""

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from src.config import Settings

# With the database unreachable, a request fails within CONNECT + POOL seconds (contract: 5 s).
CONNECT_TIMEOUT_SECONDS = 2
POOL_TIMEOUT_SECONDS = 3
# One pool per process; gunicorn runs 16 threads, so no request waits for a connection.
POOL_SIZE = 10
MAX_OVERFLOW = 10

_ENGINE = "database.engine"
_SESSIONMAKER = "database.sessionmaker"


def init_database(app: Flask, settings: Settings) -> None:
    engine = create_engine(
        settings.sqlalchemy_database_url,
        pool_size=POOL_SIZE,
        max_overflow=MAX_OVERFLOW,
        pool_timeout=POOL_TIMEOUT_SECONDS,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS},
    )
    app.extensions[_ENGINE] = engine
    app.extensions[_SESSIONMAKER] = sessionmaker(engine, expire_on_commit=False)
    app.teardown_appcontext(close_session)


def get_engine() -> Engine:
    engine: Engine = current_app.extensions[_ENGINE]
    return engine


def get_session() -> Session:
    """The request's session, opened on first use and closed when the request ends."""
    if "session" not in g:
        g.session = current_app.extensions[_SESSIONMAKER]()
    session: Session = g.session
    return session


def close_session(_error: BaseException | None) -> None:
    session: Session | None = g.pop("session", None)
    if session is not None:
        session.close()
