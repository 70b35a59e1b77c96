"""Counting is idempotent per (article, actor) and matches the offline computation."""

from __future__ import annotations

import pytest
from aiokafka.partitioner import DefaultPartitioner

from schemas import ActorContribution, ArticleContributions
from service.counts import (
    DIGEST,
    ActorTally,
    decode_tally,
    encode_tally,
    apply_contribution,
    by_partition,
    contributions,
    offline_counts,
    partition_of,
    read_contributions,
    tally_all,
    window_of,
)


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
    assert tally.counts.articles == 20 and len(window_of(tally)) == 5 * DIGEST


def test_offline_counts_ignore_duplicate_articles(seed_enriched):
    once = offline_counts([seed_enriched])
    twice = offline_counts([seed_enriched, seed_enriched])
    assert once == twice
    assert once["organization:hamas"].articles == 1


def _variants(seed_enriched, n: int = 6):
    """The seed under n article ids, with published dates on some, so first/last seen and sums vary."""
    from datetime import date

    out = []
    for i in range(n):
        article = seed_enriched.article.model_copy(
            update={"id": f"v-{i}", "published_at": date(2023, 10, 1 + i) if i % 2 else None}
        )
        out.append(seed_enriched.model_copy(update={"article_id": f"v-{i}", "article": article, "meta": seed_enriched.meta.model_copy(update={"published": None})}))
    return out


def test_counts_do_not_depend_on_arrival_order(seed_enriched):
    import random

    articles = _variants(seed_enriched)
    expected = offline_counts(articles)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = articles[:]
        rng.shuffle(shuffled)
        assert offline_counts(shuffled) == expected
    assert expected["organization:hamas"].articles == len(articles)


def test_contributions_are_deterministic_without_a_publication_date(seed_enriched):
    undated = _variants(seed_enriched)[0]
    assert undated.article.published_at is None
    later = undated.model_copy(update={"processing": undated.processing.model_copy(update={"duration_ms": 1.0})})
    assert contributions(undated) == contributions(later)
    assert all(c.seen_at is None for c in contributions(undated))


def test_figure_totals_are_order_independent():
    from service.counts import _add_amounts

    values = [0.1, 0.2, 0.3, 1.5e9, 2.675, 7.0]
    import itertools

    totals = set()
    for perm in itertools.permutations(values):
        total = 0.0
        for v in perm:
            total = _add_amounts(total, v)
        totals.add(total)
    assert totals == {1500000010.275}


def test_interleaved_redelivery_counts_each_article_once(seed_enriched):
    articles = _variants(seed_enriched, 4)
    tallies: dict[str, ActorTally] = {}
    # A crash replays the tail of the stream: every contribution of the last two articles arrives twice.
    stream = [c for a in articles for c in contributions(a)] + [c for a in articles[2:] for c in contributions(a)]
    for c in stream:
        tallies[c.actor_id], _ = apply_contribution(tallies.get(c.actor_id), c, window=64)
    assert {k: v.counts for k, v in tallies.items()} == offline_counts(articles)


@pytest.mark.parametrize("partitions", [1, 2, 4, 7, 12])
def test_partition_of_is_kafkas_default_partitioner(partitions):
    everyone = list(range(partitions))
    for actor_id in ["country:ISR", "person:antony-blinken", "organization:hamas", "place:gaza", "x", "é:ü"]:
        assert partition_of(actor_id, partitions) == DefaultPartitioner()(actor_id.encode(), everyone, everyone)


def test_one_record_per_partition_holding_each_actor_once(seed_enriched):
    bundles = by_partition(seed_enriched, 4)
    assert 1 < len(bundles) <= 4
    seen = [c.actor_id for bundle in bundles.values() for c in bundle.contributions]
    assert sorted(seen) == sorted(c.actor_id for c in contributions(seed_enriched))
    for partition, bundle in bundles.items():
        assert bundle.article_id == seed_enriched.article_id
        assert {partition_of(c.actor_id, 4) for c in bundle.contributions} == {partition}


def test_read_contributions_takes_bundles_and_single_records(seed_enriched):
    bundle = next(iter(by_partition(seed_enriched, 2).values()))
    assert read_contributions(bundle.model_dump_json().encode()) == bundle.contributions
    # Records of the one-per-actor format, still in the topic during a rolling upgrade, are read too.
    single = contributions(seed_enriched)[0]
    assert read_contributions(single.model_dump_json().encode()) == [single]
    for junk in (b"", b"{}", b"not json", b'{"article_id": "a"}'):
        with pytest.raises(ValueError):
            read_contributions(junk)
    assert ArticleContributions.model_validate_json(bundle.model_dump_json()) == bundle


def test_a_batch_writes_each_actor_once_and_counts_like_one_at_a_time(seed_enriched):
    articles = _variants(seed_enriched, 5)
    stream = [c for a in articles for c in contributions(a)]
    stream += [c for a in articles[3:] for c in contributions(a)]  # re-delivered tail, inside the same batch
    store: dict[str, ActorTally] = {}
    reads: list[str] = []

    def current(actor_id: str) -> ActorTally | None:
        reads.append(actor_id)
        return store.get(actor_id)

    # Two batches: the second one starts from what the first one wrote.
    half = len(stream) // 2
    for batch in (stream[:half], stream[half:]):
        written = tally_all(current, batch, window=64)
        assert sorted(written) == sorted({c.actor_id for c in batch})
        store.update(written)
    assert len(reads) == len({c.actor_id for c in stream[:half]}) + len({c.actor_id for c in stream[half:]})
    assert {k: v.counts for k, v in store.items()} == offline_counts(articles)


def test_recent_articles_are_kept_as_digests_and_old_values_still_dedup(seed_enriched):
    from service.counts import dedup_key, digest

    c = contributions(seed_enriched)[0]
    tally, _ = apply_contribution(None, c, window=10)
    assert tally.seen == digest(c.article_id) and tally.recent == []
    assert digest("a") != digest("b") and digest("a") == digest("a") and len(digest("a")) == DIGEST
    # Values written before `seen`: a list of dedup keys, or (earlier) of the article ids themselves.
    for recent in ([dedup_key(c.article_id)], [c.article_id], ["x" * 11, c.article_id, "other-article"]):
        legacy = ActorTally(counts=tally.counts, recent=recent)
        again, changed = apply_contribution(legacy, c, window=10)
        assert not changed and again == legacy, recent
    # A new article: counted, and the value is rewritten in the new form with the old window carried over.
    legacy = ActorTally(counts=tally.counts, recent=[dedup_key(c.article_id)])
    more, changed = apply_contribution(legacy, c.model_copy(update={"article_id": "next"}), window=10)
    assert changed and more.recent == [] and more.seen == digest(c.article_id) + digest("next")


def test_a_digest_is_found_only_at_a_digest_boundary():
    from service.counts import holds

    window = bytes(range(16))  # two digests: 0..7 and 8..15
    assert holds(window, bytes(range(8))) and holds(window, bytes(range(8, 16)))
    assert not holds(window, bytes(range(4, 12)))  # the last half of one and the first half of the next
    assert not holds(b"", bytes(8))


def test_batched_tallying_gives_what_one_at_a_time_gives():
    # Re-deliveries, an old value holding article ids, a window smaller than the stored list, overflows mid-batch,
    # and an article that falls out of the window and comes back: the batch path must agree with apply_contribution.
    import random

    rng = random.Random(7)
    actors = ["person:a", "org:b", "country:c"]

    def figures() -> dict:
        kinds = rng.sample(["killed", "injured", "money"], rng.randint(0, 2))
        return {k: {"figures": rng.randint(1, 2), "total": rng.choice([1, 3, 0.1, 2.5e9, 12.7])} for k in kinds}

    def contribution(article: int, actor: str) -> ActorContribution:
        return ActorContribution(
            article_id=f"art-{article}", actor_id=actor, name=rng.choice([actor.split(":")[1].upper(), "Bee", "Ab"]),
            kind="person", country=rng.choice([None, "USA", "ISR"]), mentions=rng.randint(1, 3),
            events={"CONSULT": rng.randint(0, 1), rng.choice(["AID", "ASSAULT"]): 1},
            figures={"as_perpetrator": figures(), "as_victim": figures()},
            seen_at=rng.choice([None, f"2026-0{rng.randint(1, 9)}-01T00:00:00Z"]))

    for trial in range(40):
        window = rng.choice([1, 2, 3, 5, 8])
        legacy = ActorTally(counts=apply_contribution(None, contribution(999, "org:b"), window=9)[0].counts,
                            recent=[f"art-{i}" for i in range(rng.randint(0, 12))])
        start = {"org:b": legacy} if trial % 2 else {}
        stream = [contribution(rng.randint(0, 15), rng.choice(actors)) for _ in range(rng.randint(1, 40))]
        one_by_one = dict(start)
        for c in stream:
            one_by_one[c.actor_id], _ = apply_contribution(one_by_one.get(c.actor_id), c, window=window)
        batched = dict(start)
        cut = rng.randint(0, len(stream))
        for batch in (stream[:cut], stream[cut:]):
            batched.update(tally_all(batched.get, batch, window=window))
        assert {k: v.model_dump() for k, v in batched.items()} == {k: v.model_dump() for k, v in one_by_one.items()}
        # The bytes the table stores, too (types included: a total is the same float, not an int or a Decimal).
        assert {k: encode_tally(v) for k, v in batched.items()} == {k: encode_tally(v) for k, v in one_by_one.items()}


def test_the_stored_value_reads_back_and_older_forms_still_read(seed_enriched):
    from service.counts import dedup_key, digest
    from service.web import counts_of

    c = contributions(seed_enriched)[0]
    tally, _ = apply_contribution(None, c, window=10)
    tally, _ = apply_contribution(tally, c.model_copy(update={"article_id": "b\n\n"}), window=10)
    stored = encode_tally(tally)
    assert stored.startswith(tally.counts.model_dump_json().encode() + b"\n")  # then the raw digests
    assert decode_tally(stored) == tally and len(stored) < 2 * DIGEST + len(tally.counts.model_dump_json()) + 2
    assert counts_of(stored) == tally.counts.model_dump(mode="json")
    # The all-JSON form written before, and a dict from an older JSON-serialised table.
    legacy = ActorTally(counts=tally.counts, recent=[dedup_key(c.article_id)])
    for old in (legacy.model_dump_json().encode(), legacy.model_dump(mode="json")):
        assert counts_of(old) == tally.counts.model_dump(mode="json")
        assert window_of(decode_tally(old)) == digest(c.article_id)
    # Stored again, an older value takes the current form, window included.
    assert decode_tally(encode_tally(legacy)).seen == digest(c.article_id)


def test_the_counts_table_stores_and_returns_the_bytes_it_is_given(tmp_path, seed_enriched):
    """The store and the changelog topic decode with the serializer of the table's value type; it must be raw, or
    the binary window is unreadable (faust falls back to "json" whatever the schema says)."""
    from service.agents import stored_tally
    from service.app import create_app
    from service.settings import Settings

    w = create_app(Settings(store="memory://", data_dir=tmp_path))
    c = contributions(seed_enriched)[0]
    tally, _ = apply_contribution(None, c, window=10)
    tally, _ = apply_contribution(tally, c.model_copy(update={"article_id": "\xf8 another"}), window=10)
    stored = encode_tally(tally)
    # What the RocksDB store does with a value on its way in and out (the memory store keeps objects as they are).
    store = w.counts.data
    assert store.value_serializer == "raw"
    assert w.counts.changelog_topic.value_serializer == "raw"  # recovery decodes changelog records with it
    back = w.app.serializers.loads_value(store.value_type, store._encode_value(stored), serializer=store.value_serializer)
    assert back == stored and stored_tally(back) == tally


def test_the_remembering_partitioner_partitions_as_kafka_s_default():
    from aiokafka.partitioner import DefaultPartitioner

    from service.counts import RememberingPartitioner

    ours, theirs = RememberingPartitioner(), DefaultPartitioner()
    keys = [f"person:someone-{i}".encode() for i in range(500)] + [b"", b"country:USA", "organization:caf\u00e9".encode()]
    for partitions in ([0, 1], [0, 1, 2], list(range(12))):
        for key in keys * 2:  # the second time from what it remembers
            assert ours(key, partitions, partitions) == theirs(key, partitions, partitions)
    assert ours(None, [0, 1], [1]) == 1  # no key: one of the available partitions
