"""Integration fixtures: one real Kafka broker for the session (never a mock), an isolated deployment per test."""

from __future__ import annotations

import os
import shutil

import pytest

from service import kafka_local
from service.admin import ensure_topics
from tests.harness import Deployment, broker_settings, new_deployment


@pytest.fixture(scope="session")
def broker():
    settings = broker_settings()
    started = False
    if "WIRESTREAM_TEST_BOOTSTRAP" not in os.environ and not kafka_local.is_listening(settings):
        shutil.rmtree(settings.kafka_home, ignore_errors=True)
        try:
            print(kafka_local.up(settings))
            started = True
        except Exception as exc:  # noqa: BLE001
            if os.environ.get("CI"):
                pytest.fail(f"CI needs a real Kafka broker and it could not start: {exc}")
            pytest.skip(f"no Kafka broker could be started here: {exc}")
    yield settings
    if started:
        kafka_local.down(settings)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # noqa: ARG001
    """Keeps each phase's report on the test item, so fixtures can tell a failed test at teardown."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture
def deployment(broker, tmp_path, request) -> Deployment:
    d = new_deployment(broker, tmp_path)
    ensure_topics(d.settings)
    yield d
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        print(d.post_mortem())  # shown under "Captured stdout teardown" in the CI output
    d.close()
