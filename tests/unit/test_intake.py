"""Every kind of bad record gets its own reason code, and good ones become Articles."""

from __future__ import annotations

import base64

import pytest

from schemas import SourcePosition
from service.intake import Rejection, dead_letter, decode_article


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"not json", "not_json"),
        (b"\xff\xfe\x00binary", "not_utf8"),
        (b"[1, 2]", "not_object"),
        (b"{}", "missing_text"),
        (b'{"text": ""}', "empty_text"),
        (b'{"text": "   "}', "empty_text"),
        (b'{"text": 42}', "invalid_field"),
        (b'{"text": "ok", "published_at": "not a date"}', "invalid_field"),
        (b"x" * 2000, "too_large"),
        (None, "empty_record"),
    ],
)
def test_rejections(raw, reason):
    result = decode_article(raw, max_bytes=1000)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.message


def test_valid_article():
    article = decode_article(b'{"text": "Hamas attacked.", "title": "t"}', max_bytes=1000)
    assert not isinstance(article, Rejection)
    assert article.text == "Hamas attacked." and article.id


def test_dead_letter_keeps_original_bytes_and_position():
    raw = b"\x00\x01 not json"
    letter = dead_letter(raw, Rejection("not_json", "bad"), SourcePosition(topic="articles", partition=2, offset=7))
    assert base64.b64decode(letter.payload_base64) == raw
    assert letter.source.offset == 7 and letter.reason == "not_json"
