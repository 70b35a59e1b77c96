"""Security basics: secrets stay out of logs and reprs, input is never unpickled or evaluated, HTTP is read-only."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from service.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SECRET = "hunter2-s3cr3t-value"


def test_password_never_in_repr_or_dump():
    s = Settings(security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", sasl_username="svc", sasl_password=SECRET)
    assert SECRET not in repr(s) and SECRET not in str(s)
    assert SECRET not in s.model_dump_json()
    assert SECRET not in str(s.model_dump())
    # Only the client options handed to Kafka carry it.
    assert s.kafka_client_options()["sasl_plain_password"] == SECRET


def test_password_never_logged(caplog):
    s = Settings(security_protocol="SASL_SSL", sasl_mechanism="PLAIN", sasl_username="svc", sasl_password=SECRET)
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("wirestream.test").info("settings: %s / %r", s, s)
        from service.app import create_app

        create_app(s.model_copy(update={"store": "memory://"}))
    assert SECRET not in caplog.text
    assert "svc" in caplog.text  # the settings were logged, only the secret is masked


def test_no_pickle_or_eval_of_input():
    pattern = re.compile(r"\b(pickle|marshal|shelve)\b|\beval\(|\bexec\(|yaml\.load\(|yaml\.unsafe_load")
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "service").rglob("*.py")) + sorted((ROOT / "schemas").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


def test_http_views_are_read_only():
    from faust.web import View

    from service.app import create_app
    from service.web import register_views

    wiring = create_app(Settings(store="memory://"))
    pages = []
    original = wiring.app.page

    def recording_page(path, **kwargs):
        decorate = original(path, **kwargs)

        def wrap(view):
            pages.append((path, view))
            return decorate(view)

        return wrap

    wiring.app.page = recording_page  # type: ignore[method-assign]
    register_views(wiring)
    assert {p for p, _ in pages} == {"/actors/", "/actors/{actor_id}/", "/health", "/ready"}
    for _, view in pages:
        for method in ("post", "put", "patch", "delete"):
            # Not overridden: faust's View answers 405 Method Not Allowed.
            assert getattr(view, method) is getattr(View, method), (view, method)
