"""Property-based tests: decoding and screening never raise on any input, and enrichment's offsets always index the text."""

from __future__ import annotations

import base64

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import Article
from service.intake import Rejection, dead_letter, decode_article
from service.screening import screen

LIMIT = 4_000

json_scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.floats(allow_nan=False) | st.text(max_size=40)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
# Letters of many scripts, digits, quotes, dashes, newlines, combining marks, emoji, zero-width and bidi controls.
odd_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(list("\u200b\u200d\u202e\ufeff\u0301“”‘’—–…\n\t ")),
    max_size=300,
)
article_fields = st.fixed_dictionaries(
    {},
    optional={
        "text": odd_text | json_values,
        "id": st.text(max_size=30) | json_values,
        "title": odd_text | json_values,
        "published_at": st.sampled_from(["2023-10-11", "2023-10-11T10:00:00Z", "yesterday", 1697000000, None]),
        "language": st.sampled_from(["en", "fr", "EN-gb", "", None, 3]),
    },
)


def _assert_outcome(result) -> None:
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Rejection):
        assert result.reason and result.message
    else:
        assert result.text.strip() and result.id


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=LIMIT + 200))
def test_any_bytes_decode_to_an_article_or_a_rejection(raw):
    result = decode_article(raw, max_bytes=LIMIT)
    _assert_outcome(result)
    if isinstance(result, Rejection):
        assert base64.b64decode(dead_letter(raw, result, None).payload_base64) == raw


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_any_json_decodes_to_an_article_or_a_rejection(value):
    _assert_outcome(decode_article(orjson.dumps(value), max_bytes=LIMIT))


@settings(max_examples=150, deadline=None)
@given(article_fields)
def test_article_like_objects(fields):
    result = decode_article(orjson.dumps(fields), max_bytes=LIMIT)
    _assert_outcome(result)
    if isinstance(result, Article):
        # Screening is the second step: it never raises either, and answers None or a Rejection.
        verdict = screen(result)
        assert verdict is None or isinstance(verdict, Rejection)


@settings(max_examples=40, deadline=None)
@given(odd_text)
def test_odd_unicode_text_round_trips_untouched(text):
    result = decode_article(orjson.dumps({"text": text}), max_bytes=LIMIT)
    _assert_outcome(result)
    if isinstance(result, Article):
        assert result.text == text  # never normalised or stripped: offsets index exactly what was sent


def test_huge_and_empty_inputs():
    assert decode_article(b"", max_bytes=LIMIT).reason == "not_json"
    assert decode_article(b"{" * (LIMIT + 1), max_bytes=LIMIT).reason == "too_large"
    assert isinstance(decode_article(b'{"text": "x", "n": 123456789012345678901234567890}', max_bytes=LIMIT), Article | Rejection)
    deep = b"[" * 3000 + b"]" * 3000
    assert isinstance(decode_article(deep, max_bytes=10_000), Rejection)
    big = orjson.dumps({"text": "word " * 50_000})
    assert isinstance(screen(decode_article(big, max_bytes=len(big))), Rejection)


def _assert_spans(enriched) -> None:
    text = enriched.article.text
    spans = [(m.start, m.end, m.text) for a in enriched.actors for m in a.mentions]
    spans += [(f.start, f.end, f.text) for f in enriched.figures]
    spans += [(q.start, q.end, None) for q in enriched.quotes]
    spans += [(e.start, e.end, None) for e in enriched.events]
    for start, end, quoted in spans:
        assert 0 <= start <= end <= len(text)
        if quoted is not None:
            assert text[start:end] == quoted


news_words = st.sampled_from(
    "Hamas Israel Gaza Blinken said killed 12 people injured dozens of hostages on Saturday U.S. Reuters \" , . "
    "WASHINGTON : ( Reporting by ) more than 1,200 the army attacked".split()
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(odd_text.filter(lambda t: t.strip()))
def test_enrich_never_raises_on_arbitrary_text(model, text):
    from service.enrichment import enrich

    _assert_spans(enrich(Article(text=text), model=model))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(news_words | odd_text.map(lambda t: t[:8]), min_size=1, max_size=60).map(" ".join).filter(lambda t: t.strip()))
def test_enrich_offsets_index_newsy_text(model, text):
    from service.enrichment import enrich

    _assert_spans(enrich(Article(text=text), model=model))


def test_seed_offsets(seed_enriched):
    _assert_spans(seed_enriched)
