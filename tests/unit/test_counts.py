"""Counting is idempotent per (article, actor) and matches the offline computation."""

from __future__ import annotations

from service.counts import ActorTally, apply_contribution, contributions, offline_counts


def test_contributions_one_per_actor(seed_enriched):
    cs = contributions(seed_enriched)
    assert {c.actor_id for c in cs} == {a.id for a in seed_enriched.actors}
    hamas = next(c for c in cs if c.actor_id == "organization:hamas")
    assert hamas.mentions >= 10


def test_redelivery_does_not_change_counts(seed_enriched):
    c = next(c for c in contributions(seed_enriched) if c.actor_id == "country:ISR")
    tally, changed = apply_contribution(None, c, window=10)
    assert changed and tally.counts.articles == 1
    again, changed = apply_contribution(tally, c, window=10)
    assert not changed and again == tally


def test_window_is_bounded(seed_enriched):
    c = contributions(seed_enriched)[0]
    tally: ActorTally | None = None
    for i in range(20):
        tally, _ = apply_contribution(tally, c.model_copy(update={"article_id": f"a-{i}"}), window=5)
    assert tally.counts.articles == 20 and len(tally.recent) == 5


def test_offline_counts_ignore_duplicate_articles(seed_enriched):
    once = offline_counts([seed_enriched])
    twice = offline_counts([seed_enriched, seed_enriched])
    assert once == twice
    assert once["organization:hamas"].articles == 1
