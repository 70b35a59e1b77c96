"""Choosing which dead letters to replay: by reason, each once, with the original key and bytes."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from schemas import DeadLetter
from service.replay import select


def letter(id_: str, reason: str, value: bytes, article_id: str | None = None) -> DeadLetter:
    return DeadLetter(id=id_, reason=reason, message="m", article_id=article_id,
                      payload_base64=base64.b64encode(value).decode(), at=datetime.now(UTC))


def test_select_filters_by_reason_keeps_bytes_and_key_and_deduplicates():
    letters = [letter("dl:a:0:1", "enrich_timeout", b'{"id": "x", "text": "t"}', "x"),
               letter("dl:a:0:1", "enrich_timeout", b'{"id": "x", "text": "t"}', "x"),  # a re-delivered dead letter
               letter("dl:a:0:2", "not_json", b"\xff"),
               letter("dl:a:0:3", "empty_record", b"")]
    chosen = list(select(letters, reasons=None))
    assert [(r.key, r.value) for r in chosen] == [(b"x", b'{"id": "x", "text": "t"}'), (None, b"\xff")]
    assert [r.dead_letter_id for r in select(letters, reasons=frozenset({"not_json"}))] == ["dl:a:0:2"]
