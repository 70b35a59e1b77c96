"""Parity: the optimised enrichment path gives exactly the output of the model as shipped, on seed and news texts.

Every speed-up in service/nlp.py and service/enrichment/core.py must keep this passing; the enrichment steps read
`dep_`, `lemma_`, `pos_`, `sent` and entities freely, so the check is on the whole enriched output, not on a guess
of which annotations they use.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from schemas import Article
from service.enrichment.core import comparable, enrich, enrich_many
from service.sources import article_from_text

ROOT = Path(__file__).resolve().parent.parent.parent
TEXTS = sorted((ROOT / "tests" / "fixtures" / "news").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, SENT_START, ENT_IOB, ENT_TYPE]


@pytest.fixture(scope="module")
def plain():
    from service.nlp import load_model

    return load_model("en_core_web_sm", fast=False)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    assert TEXTS, "no parity texts found"
    return [Article.model_validate(article_from_text(p.read_text(encoding="utf-8"), name=p.name)) for p in TEXTS]


def test_fast_model_annotates_every_token_the_same(plain, model, articles):
    for article in articles:
        expected, got = plain.nlp(article.text), model.nlp(article.text)
        assert np.array_equal(expected.to_array(ATTRS), got.to_array(ATTRS)), article.source


def test_enrich_many_matches_plain_pipeline(plain, model, articles):
    expected = [comparable(enrich(a, model=plain)) for a in articles]
    got = [comparable(e) for e in enrich_many(articles, model=model, batch_size=2)]
    for article, want, have in zip(articles, expected, got, strict=True):
        assert have == want, article.source


def test_memory_zones_free_what_a_batch_adds_and_change_nothing(model):
    # Words no vocabulary has: each batch adds them, and its memory zone frees them again. The second pass reads
    # them through the lemma cache the first one filled, which must hold strings, not ids of freed strings.
    text = ("Zorbulan Quexitova, the Flarnistani envoy, said on Tuesday that 14 Vrelkish soldiers were killed when "
            "Grenthovian forces shelled the outskirts of Plimbarov. \"We are grenthing,\" Quexitova said.")
    article = Article(id="zones", text=text)
    strings = len(model.nlp.vocab.strings)
    first = [comparable(e) for e in enrich_many([article, article], model=model, batch_size=1)]
    assert len(model.nlp.vocab.strings) == strings
    second = comparable(next(enrich_many([article], model=model)))
    assert first[0] == first[1] == second
    assert first[0]["actors"], "the invented names are still read as actors"


def test_single_article_path_matches_too(plain, model, articles):
    for article in articles[:2]:
        assert comparable(enrich(article, model=model)) == comparable(enrich(article, model=plain))


def test_matmul_ops_multiply_like_thinc():
    from thinc.api import NumpyOps

    from service.nlp import MatmulOps

    rng = np.random.default_rng(0)
    x, y = rng.random((7, 5), dtype=np.float32), rng.random((5, 3), dtype=np.float32)
    ours, thinc = MatmulOps(), NumpyOps()
    assert np.allclose(ours.gemm(x, y), thinc.gemm(x, y), rtol=1e-5)
    assert np.allclose(ours.gemm(x.T.copy(), y, trans1=True), thinc.gemm(x, y), rtol=1e-5)
    assert np.allclose(ours.gemm(x, y.T.copy(), trans2=True), thinc.gemm(x, y), rtol=1e-5)
    out = np.zeros((7, 3), dtype=np.float32)
    assert ours.gemm(x, y, out=out) is out and np.allclose(out, x @ y)
