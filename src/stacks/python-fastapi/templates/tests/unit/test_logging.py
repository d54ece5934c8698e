"""JSON log lines on stdout."""

import json
import logging
from collections.abc import Iterator

import pytest

from app.core.logging import JsonFormatter, configure_logging


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_a_record_is_one_json_object_with_the_contract_fields() -> None:
    record = logging.makeLogRecord(
        {"name": "app", "levelname": "WARNING", "msg": "slow %s", "args": ("query",)},
    )
    record.request_id = "r-1"

    entry = json.loads(JsonFormatter().format(record))

    assert entry["level"] == "warning"
    assert entry["message"] == "slow query"
    assert entry["request_id"] == "r-1"
    assert entry["timestamp"].endswith("Z")


@pytest.mark.usefixtures("restore_logging")
def test_every_logger_writes_json_lines_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("info")

    logging.getLogger("uvicorn.error").info("started")
    logging.getLogger("app").debug("hidden below the level")

    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["message"] for line in lines] == ["started"]
