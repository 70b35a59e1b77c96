"""The worker logs at the level its settings give: Faust's terminal spinner must not lower the root logger to DEBUG."""

from __future__ import annotations

import logging

import pytest

from service.app import create_app
from service.settings import Settings
from service.worker import faust_worker


@pytest.mark.parametrize("level", ["warning", "info", "error"])
def test_root_logger_keeps_the_configured_level(level, tmp_path):
    settings = Settings(log_level=level, store="memory://", data_dir=tmp_path)
    root = logging.getLogger()
    saved_level, saved_handlers = root.level, list(root.handlers)
    try:
        worker = faust_worker(create_app(settings), settings)
        worker._setup_logging()
        assert root.level == getattr(logging, level.upper())
        # A debug call in faust costs nothing more than a level check.
        assert not logging.getLogger("faust.topics").isEnabledFor(logging.DEBUG)
    finally:
        root.setLevel(saved_level)
        root.handlers[:] = saved_handlers
