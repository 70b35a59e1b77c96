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


def test_dead_letter_id_is_deterministic():
    position = SourcePosition(topic="articles", partition=1, offset=42)
    first = dead_letter(b"x", Rejection("not_json", "bad"), position)
    again = dead_letter(b"x", Rejection("not_json", "bad"), position)
    assert first.id == again.id == "dl:articles:1:42"
    assert dead_letter(b"x", Rejection("not_json", "bad"), None).id == dead_letter(b"x", Rejection("a", "b"), None).id


@pytest.mark.parametrize(
    "raw",
    [b'"a string"', b"3", b"null", b"true", b"[]"],
)
def test_json_that_is_not_an_object(raw):
    result = decode_article(raw, max_bytes=1000)
    assert isinstance(result, Rejection) and result.reason == "not_object"


@pytest.mark.parametrize(
    "raw",
    [
        b'{"text": ["a", "list"]}',
        b'{"text": "ok", "title": 5}',
        b'{"text": "ok", "id": 7}',
        b'{"text": "ok", "url": {"a": 1}}',
        b'{"text": "ok", "id": "' + b"x" * 300 + b'"}',
    ],
)
def test_wrong_field_types(raw):
    result = decode_article(raw, max_bytes=1000)
    assert isinstance(result, Rejection) and result.reason == "invalid_field"
    assert "field" in result.message


def test_size_limit_is_checked_before_decoding():
    # Not UTF-8 and not JSON, but over the limit: the size check answers first, without reading the bytes.
    result = decode_article(b"\xff" * 2001, max_bytes=2000)
    assert isinstance(result, Rejection) and result.reason == "too_large"
