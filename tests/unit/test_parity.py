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


def test_the_attribute_ruler_writes_what_matching_rule_by_rule_writes(model, articles):
    """TableAttributeRuler (each token's attributes merged, written once) against the RuleTable's matches written
    one after another as spaCy's AttributeRuler.set_annotations does."""
    from spacy.pipeline import AttributeRuler

    from service.nlp import TableAttributeRuler

    ruler = model.nlp.get_pipe("attribute_ruler")
    assert type(ruler) is TableAttributeRuler
    before = [name for name in model.nlp.pipe_names if name != "attribute_ruler"]
    before = before[: model.nlp.pipe_names.index("attribute_ruler")]
    texts = [a.text for a in articles] + ["", "A", "U.S. officials said: 'It is over.'\n\n- 12 -"]
    for text in texts:
        with model.nlp.select_pipes(enable=before):
            doc = model.nlp(text)
        by_table, by_rule = doc.copy(), doc.copy()
        ruler(by_table)
        AttributeRuler.set_annotations(ruler, by_rule, ruler.match(by_rule))
        assert np.array_equal(by_table.to_array(ATTRS), by_rule.to_array(ATTRS)), text[:60]
        assert [str(t.morph) for t in by_table] == [str(t.morph) for t in by_rule], text[:60]


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
    full = len(model.nlp.vocab)  # a vocabulary at its bound: the batches add nothing for good
    first = [comparable(e) for e in enrich_many([article, article], model=model, batch_size=1, vocabulary=full)]
    assert len(model.nlp.vocab.strings) == strings
    assert comparable(enrich(article, model=model, vocabulary=full)) == first[0]
    assert len(model.nlp.vocab.strings) == strings
    second = comparable(next(enrich_many([article], model=model, vocabulary=full)))
    assert first[0] == first[1] == second
    assert first[0]["actors"], "the invented names are still read as actors"


def test_the_vocabulary_keeps_the_first_words_it_meets_up_to_its_bound(model):
    # Below the bound a batch's words stay (the next batch does not make them again); at it they are freed. Either
    # way the enrichment is the same.
    first = Article(id="kept", text="Quorvandel Ystrabek said 9 Ghulvanian troops were killed near Tessaroth.")
    second = Article(id="freed", text="Brellmoth Oskarvin said 4 Pentavish guards were wounded near Ulmerack.")
    room = len(model.nlp.vocab) + 1  # room for one batch more
    kept = comparable(next(enrich_many([first], model=model, vocabulary=room)))
    assert "Quorvandel" in model.nlp.vocab.strings and len(model.nlp.vocab) >= room
    strings = len(model.nlp.vocab.strings)
    freed = comparable(next(enrich_many([second], model=model, vocabulary=room)))
    assert "Brellmoth" not in model.nlp.vocab.strings and len(model.nlp.vocab.strings) == strings
    assert kept == comparable(next(enrich_many([first], model=model, vocabulary=0)))
    assert freed == comparable(next(enrich_many([second], model=model, vocabulary=0)))
    assert kept["figures"][0]["value"] == 9 and freed["figures"][0]["value"] == 4


def test_a_batch_that_fails_inside_its_memory_zone_leaves_the_vocabulary_whole(model):
    # spaCy before 3.8.14 kept a failed zone's lexemes but freed their strings; the next zone that met the same word
    # then failed (AssertionError in Vocab.get). core.memory_zone leaves the zone normally and raises after it.
    import pytest

    from service.enrichment.core import memory_zone

    text = "Zorbulan Quexitova said 14 Vrelkish soldiers were killed near Plimbarov."
    strings = len(model.nlp.vocab.strings)
    with pytest.raises(RuntimeError, match="the model fell over"):
        with memory_zone(model.nlp):
            model.nlp(text)
            raise RuntimeError("the model fell over")
    assert len(model.nlp.vocab.strings) == strings
    again = next(enrich_many([Article(id="after", text=text)], model=model))
    assert again.figures and again.figures[0].value == 14


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


def test_batches_are_capped_by_words_as_well_as_articles():
    from service.enrichment.core import batches

    def article(i: int, words: int) -> Article:
        return Article(id=f"a{i}", text=" ".join(["word"] * words))

    arts = [article(0, 100), article(1, 100), article(2, 900), article(3, 50), article(4, 2000), article(5, 10)]
    got = [[a.id for a in b] for b in batches(arts, batch_size=3, batch_words=1000)]
    # a batch closes at 3 articles or before it would pass 1,000 words; a longer article goes alone
    assert got == [["a0", "a1"], ["a2", "a3"], ["a4"], ["a5"]]
    assert [[a.id for a in b] for b in batches(arts, batch_size=16, batch_words=10**9)] == [[a.id for a in arts]]


def test_capitals_lines_read_for_a_batch_as_for_one_article(model):
    """`read_capitals_lines` runs the NER once over a batch's re-cased capitals lines; each article gets what the
    per-article path gives it (`enrich` does not batch them)."""
    from service.enrichment import entities

    texts = ["PUTIN MEETS MACRON IN PARIS\n\nVladimir Putin met Emmanuel Macron in Paris on Monday.\n",
             "No capitals here.\n\nJust a story about a market in Lagos.\n",
             "SOCCER - BARCELONA BEAT REAL MADRID\n\nBarcelona beat Real Madrid 2-1.\nRESULTS:\nBARCELONA 2 MADRID 1\n"]
    docs = list(model.nlp.pipe(texts))
    entities.read_capitals_lines(docs, texts, model.nlp)
    for doc, text in zip(docs, texts, strict=True):
        caps = entities._caps_lines(text)
        if caps:
            assert doc.user_data[entities._RECASED] == entities._recased_entities(text, caps, model.nlp)
        else:
            assert entities._RECASED not in doc.user_data
    batched = [comparable(e) for e in enrich_many([Article(id=f"c{i}", text=t) for i, t in enumerate(texts)], model=model)]
    alone = [comparable(enrich(Article(id=f"c{i}", text=t), model=model)) for i, t in enumerate(texts)]
    assert batched == alone
