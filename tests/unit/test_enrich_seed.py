"""The skeleton's floor on the seed article: the obvious facts are right and every span indexes the text."""

from __future__ import annotations


def _actor(enriched, actor_id):
    return next((a for a in enriched.actors if a.id == actor_id), None)


def test_core_actors(seed_enriched):
    for actor_id in ("organization:hamas", "country:ISR", "person:antony-blinken", "country:USA"):
        assert _actor(seed_enriched, actor_id) is not None, actor_id
    assert _actor(seed_enriched, "organization:hamas").country == "PSE"


def test_blinken_never_a_place(seed_enriched):
    assert not any(a.name.lower() == "blinken" and a.kind != "person" for a in seed_enriched.actors)
    assert len(_actor(seed_enriched, "person:antony-blinken").mentions) >= 11


def test_credits_are_not_actors(seed_enriched):
    names = {a.name for a in seed_enriched.actors}
    assert not names & {"Humeyra Pamuk", "Matt Spetalnick", "Michelle Nichols", "Howard Goller"}
    assert seed_enriched.meta.authors == ["Humeyra Pamuk", "Matt Spetalnick"]


def test_killed_1200(seed_enriched):
    killed = [f for f in seed_enriched.figures if f.type == "killed" and f.value == 1200]
    assert killed and killed[0].qualifier == "exact"


def test_offsets_index_the_text(seed_enriched):
    text = seed_enriched.article.text
    for actor in seed_enriched.actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    for f in seed_enriched.figures:
        assert text[f.start : f.end] == f.text
    for q in seed_enriched.quotes:
        assert text[q.start : q.end] == q.text
    for e in seed_enriched.events:
        assert text[e.start : e.end] == e.text
