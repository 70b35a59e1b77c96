"""Log formats for every wirestream process: one JSON object per line (for log shippers) or plain text."""

from __future__ import annotations

import logging
import logging.config
from datetime import UTC, datetime

import orjson

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
# Attributes every LogRecord has; anything else on a record came from `extra=` (e.g. article_id) and is kept.
_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """`{"ts", "level", "logger", "message", **extra}` on one line; exceptions as one `exc` string."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name, value in vars(record).items():
            if name not in _RECORD_FIELDS and not name.startswith("_"):
                line[name] = value
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return orjson.dumps(line, default=str).decode()


def logging_config(log_format: str, level: str) -> dict:
    """A dictConfig for the root logger. Faust's Worker replaces the root handlers with its own coloured ones at
    start-up unless it is given a config: the worker passes this one (`Worker(logging_config=...)`) so the format
    survives. Existing loggers stay enabled (module loggers are created at import, before this runs)."""
    formatter = {"()": f"{__name__}.JsonFormatter"} if log_format == "json" else {"format": TEXT_FORMAT}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"wirestream": formatter},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "wirestream", "stream": "ext://sys.stderr"}},
        "root": {"level": level.upper(), "handlers": ["stderr"]},
    }


def configure(log_format: str, level: str) -> None:
    logging.config.dictConfig(logging_config(log_format, level))
