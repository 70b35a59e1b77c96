"""Running counts per actor: an article's contributions, and their idempotent application to the table value."""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache

from aiokafka.partitioner import DefaultPartitioner, murmur2
from pydantic import BaseModel, Field, ValidationError

from schemas import ActorContribution, ActorCounts, ArticleContributions, EnrichedArticle, FigureTally, RoleFigures


class ActorTally(BaseModel):
    """The table value: counts plus the recently counted articles, so update and dedup marker are one record."""

    counts: ActorCounts
    #: The recently counted articles, oldest first: the `digest` of each id, 8 bytes each, concatenated.
    seen: bytes = b""
    #: Values written before `seen`: `dedup_key`s (11 characters), or, earlier still, the article ids themselves. Read
    #: as part of the window; a value is rewritten with `seen` alone the next time its actor is counted.
    recent: list[str] = Field(default_factory=list)


DIGEST = 8  # bytes of BLAKE2b per article id in the window


def digest(article_id: str) -> bytes:
    """An article id as 64 bits of BLAKE2b. Two articles share a digest with probability 2^-64; for a new article
    against the 4,096 digests of a full window that is ~2e-16, far below any other source of error."""
    return hashlib.blake2b(article_id.encode("utf-8"), digest_size=DIGEST).digest()


def dedup_key(article_id: str) -> str:
    """The digest in 11 base64url characters: how values written before `ActorTally.seen` hold it in `recent`."""
    return base64.urlsafe_b64encode(digest(article_id)).rstrip(b"=").decode()


# --- the stored form ---------------------------------------------------------------------------------------------
# The counts as JSON, a newline, then the window's digests as raw bytes. The value is read and rewritten whenever the
# actor is counted; a popular actor's full window (4,096) is 32 kB of bytes to slice, where it was a JSON list of
# 4,096 keys (57.6 kB, ~0.4 ms to parse, hold and write again) or would be 43.7 kB of base64 (decoding alone 0.17 ms).
# JSON never holds a raw newline, so the first one ends the counts; a value without one is the older all-JSON form.


def encode_tally(tally: ActorTally) -> bytes:
    return tally.counts.model_dump_json().encode() + b"\n" + (bytes(tally.seen) if not tally.recent else bytes(window_of(tally)))


def decode_tally(value: bytes | bytearray | memoryview | dict) -> ActorTally:
    """A stored value: the current form, the all-JSON form before it, or a dict from an older JSON-serialised table."""
    if isinstance(value, dict):
        return ActorTally.model_validate(value)
    raw = bytes(value)
    head, newline, window = raw.partition(b"\n")
    if not newline:
        return ActorTally.model_validate_json(raw)
    return ActorTally.model_construct(counts=ActorCounts.model_validate_json(head), seen=window, recent=[])


_KEY = re.compile(r"[A-Za-z0-9_-]{11}")


def window_of(tally: ActorTally | None) -> bytearray:
    """The window of a stored value as concatenated digests, oldest first (an older value's `recent` converted)."""
    if tally is None:
        return bytearray()
    window = bytearray(tally.seen)
    for entry in tally.recent:  # never both: a value with `recent` predates `seen`
        # A dedup key is its digest; anything else is an article id written before the keys (an 11-character id of
        # base64url letters from before the keys is read as a key: its re-delivery would be counted again).
        window += base64.urlsafe_b64decode(entry + "=") if _KEY.fullmatch(entry) else digest(entry)
    return window


def holds(window: bytes | bytearray, key: bytes) -> bool:
    """`key` is one of the window's digests (found at a digest boundary, not across two)."""
    at = window.find(key)
    while at != -1:
        if at % DIGEST == 0:
            return True
        at = window.find(key, at + 1)
    return False


def _remember(window: bytearray, key: bytes, size: int) -> None:
    """Append `key`, dropping the oldest digests beyond `size`."""
    window += key
    excess = len(window) - size * DIGEST
    if excess > 0:
        del window[:excess]


def _seen_at(enriched: EnrichedArticle) -> datetime | None:
    """The publication time only: the processing time differs between re-deliveries and would break exactness."""
    published = enriched.article.published_at or enriched.meta.published
    if isinstance(published, datetime):
        return published if published.tzinfo else published.replace(tzinfo=UTC)
    if isinstance(published, date):
        return datetime(published.year, published.month, published.day, tzinfo=UTC)
    return None


def contributions(enriched: EnrichedArticle) -> list[ActorContribution]:
    """One contribution per actor in the article; deterministic for the same article and enrichment."""
    events: dict[str, Counter[str]] = defaultdict(Counter)
    for event in enriched.events:
        if event.actor:
            events[event.actor][event.verb] += 1
    perpetrated: dict[str, dict[str, FigureTally]] = defaultdict(dict)
    suffered: dict[str, dict[str, FigureTally]] = defaultdict(dict)
    for figure in enriched.figures:
        amount = figure.value if figure.value is not None else (figure.low or 0)
        for actor, table in ((figure.by, perpetrated), (figure.victims, suffered)):
            if actor and ":" in actor:
                tally = table[actor].setdefault(figure.type, FigureTally())
                tally.figures += 1
                tally.total = _add_amounts(tally.total, amount)
    seen_at = _seen_at(enriched)
    return [
        ActorContribution(
            article_id=enriched.article_id,
            actor_id=actor.id,
            name=actor.name,
            kind=actor.kind,
            country=actor.country,
            mentions=len(actor.mentions),
            events=dict(events.get(actor.id, {})),
            figures=RoleFigures(as_perpetrator=perpetrated.get(actor.id, {}), as_victim=suffered.get(actor.id, {})),
            seen_at=seen_at,
        )
        for actor in enriched.actors
    ]


def _add_amounts(a: float, b: float) -> float:
    """Decimal addition of the shortest decimal forms: unlike float +, it does not depend on the order of the
    contributions (which differs between the stream, a replay and the offline computation)."""
    return float(Decimal(repr(float(a))) + Decimal(repr(float(b))))


def _add_tallies(into: dict[str, FigureTally], more: dict[str, FigureTally]) -> dict[str, FigureTally]:
    out = {k: v.model_copy() for k, v in into.items()}
    for kind, tally in more.items():
        cur = out.setdefault(kind, FigureTally())
        cur.figures += tally.figures
        cur.total = _add_amounts(cur.total, tally.total)
    return dict(sorted(out.items()))


def apply_contribution(tally: ActorTally | None, c: ActorContribution, *, window: int) -> tuple[ActorTally, bool]:
    """Add one contribution unless its article was already counted for this actor; returns (new tally, changed).

    Every field is combined commutatively (sums, min/max, the longest name with ties broken alphabetically), so
    the result does not depend on the order contributions arrive in, only on which ones were counted."""
    key = digest(c.article_id)
    seen = window_of(tally)
    if tally is not None and holds(seen, key):
        return tally, False
    new = _added(tally.counts if tally else None, c)
    _remember(seen, key, window)
    return ActorTally(counts=new, seen=bytes(seen)), True


def _added(counts: ActorCounts | None, c: ActorContribution) -> ActorCounts:
    """The counts with one more article's contribution."""
    if counts is None:
        counts = ActorCounts(actor_id=c.actor_id, name=c.name, kind=c.kind, country=c.country)
    events = Counter(counts.events)
    events.update(c.events)
    return counts.model_copy(
        update={
            "name": max(counts.name, c.name, key=lambda n: (len(n), n)),
            "country": min(filter(None, [counts.country, c.country]), default=None),
            "mentions": counts.mentions + c.mentions,
            "articles": counts.articles + 1,
            "events": dict(sorted(events.items())),
            "figures": RoleFigures(
                as_perpetrator=_add_tallies(counts.figures.as_perpetrator, c.figures.as_perpetrator),
                as_victim=_add_tallies(counts.figures.as_victim, c.figures.as_victim),
            ),
            "first_seen": min(filter(None, [counts.first_seen, c.seen_at]), default=None),
            "last_seen": max(filter(None, [counts.last_seen, c.seen_at]), default=None),
        }
    )


class _Running:
    """One actor's tally while a batch is applied: the same steps as `apply_contribution`, with the window held as one
    bytearray of digests and the counts as plain numbers (`_Sums`) turned into a model once at the end. A popular
    actor's window holds thousands of keys: a membership test is one `find` over it, not a set built per batch;
    building a new `ActorCounts` per contribution was a tenth of the worker process's CPU."""

    def __init__(self, tally: ActorTally | None) -> None:
        self.start = tally
        self.sums: _Sums | None = None
        self.window = window_of(tally)
        self.changed = False

    def add(self, c: ActorContribution, window: int) -> None:
        key = digest(c.article_id)
        if holds(self.window, key):
            return
        if self.sums is None:
            self.sums = _Sums.of(self.start.counts if self.start else None, c)
        self.sums.add(c)
        _remember(self.window, key, window)
        self.changed = True

    def tally(self) -> ActorTally:
        if not self.changed and self.start is not None:
            return self.start
        assert self.sums is not None
        return ActorTally.model_construct(counts=self.sums.counts(), seen=bytes(self.window), recent=[])


class _Sums:
    """An actor's counts as plain numbers while a batch adds to them: `_added`, step by step, without a model each
    time (amounts are added with `_add_amounts` at each step, as there, so the totals are the same floats)."""

    def __init__(self, base: ActorCounts) -> None:
        self.base = base
        self.name, self.country = base.name, base.country
        self.mentions, self.articles = base.mentions, base.articles
        self.events = Counter(base.events)
        self.roles = {role: {kind: [t.figures, t.total] for kind, t in getattr(base.figures, role).items()}
                      for role in ("as_perpetrator", "as_victim")}
        self.first_seen, self.last_seen = base.first_seen, base.last_seen

    @classmethod
    def of(cls, counts: ActorCounts | None, c: ActorContribution) -> _Sums:
        return cls(counts or ActorCounts(actor_id=c.actor_id, name=c.name, kind=c.kind, country=c.country))

    def add(self, c: ActorContribution) -> None:
        self.name = max(self.name, c.name, key=lambda n: (len(n), n))
        self.country = min(filter(None, [self.country, c.country]), default=None)
        self.mentions += c.mentions
        self.articles += 1
        self.events.update(c.events)
        for role in ("as_perpetrator", "as_victim"):
            mine = self.roles[role]
            for kind, tally in getattr(c.figures, role).items():
                cur = mine.setdefault(kind, [0, 0])
                cur[0] += tally.figures
                cur[1] = _add_amounts(cur[1], tally.total)
        self.first_seen = min(filter(None, [self.first_seen, c.seen_at]), default=None)
        self.last_seen = max(filter(None, [self.last_seen, c.seen_at]), default=None)

    def counts(self) -> ActorCounts:
        def tallies(role: str) -> dict[str, FigureTally]:
            return {kind: FigureTally.model_construct(figures=n, total=total) for kind, (n, total) in sorted(self.roles[role].items())}

        return self.base.model_copy(update={
            "name": self.name, "country": self.country, "mentions": self.mentions, "articles": self.articles,
            "events": dict(sorted(self.events.items())),
            "figures": RoleFigures.model_construct(as_perpetrator=tallies("as_perpetrator"), as_victim=tallies("as_victim")),
            "first_seen": self.first_seen, "last_seen": self.last_seen,
        })


@lru_cache(maxsize=65536)
def key_hash(key: bytes) -> int:
    """Kafka's default partitioner's hash of a record key (murmur2, as in the Java client and aiokafka), positive;
    remembered for the most recent keys (aiokafka's murmur2 is pure Python, ~6 µs a key)."""
    return murmur2(key) & 0x7FFFFFFF


def partition_of(actor_id: str, partitions: int) -> int:
    """The partition Kafka's default partitioner gives this actor id."""
    return key_hash(actor_id.encode("utf-8")) % partitions


class RememberingPartitioner:
    """aiokafka's `DefaultPartitioner`, the same partition for every key, with the hash of recent keys remembered:
    each counting batch publishes every actor it touches, keyed by actor id, and hashing those keys anew was 4-5 % of
    a worker process's CPU. A record without a key goes to a random partition, as there."""

    def __init__(self) -> None:
        self._default = DefaultPartitioner()

    def __call__(self, key: bytes | None, all_partitions: list[int], available: list[int]) -> int:
        if key is None:
            return self._default(key, all_partitions, available)
        return all_partitions[key_hash(key) % len(all_partitions)]


def by_partition(enriched: EnrichedArticle, partitions: int) -> dict[int, ArticleContributions]:
    """The article's contributions, one record per partition of the counts table that they touch."""
    grouped: dict[int, list[ActorContribution]] = defaultdict(list)
    for c in contributions(enriched):
        grouped[partition_of(c.actor_id, partitions)].append(c)
    return {p: ArticleContributions(article_id=enriched.article_id, contributions=cs) for p, cs in sorted(grouped.items())}


def read_contributions(raw: bytes | None) -> list[ActorContribution]:
    """The contributions in one record of the contributions topic: a bundle, or (records written before bundles,
    still in the topic during a rolling upgrade) a single contribution. Raises ValueError when it is neither."""
    if not raw:
        raise ValueError("empty contributions record")
    try:
        return ArticleContributions.model_validate_json(raw).contributions
    except ValidationError as bundle_error:
        try:
            return [ActorContribution.model_validate_json(raw)]
        except ValidationError:
            raise ValueError(f"not a contributions record: {bundle_error}") from None


def tally_all(
    current: Callable[[str], ActorTally | None], batch: Iterable[ActorContribution], *, window: int
) -> dict[str, ActorTally]:
    """Apply a batch of contributions; returns the new tally of every actor it touched (changed or not), so the
    caller writes each actor once per batch however many articles in the batch name it. Gives what applying them one
    by one with `apply_contribution` gives."""
    running: dict[str, _Running] = {}
    for c in batch:
        actor = running.get(c.actor_id)
        if actor is None:
            actor = running[c.actor_id] = _Running(current(c.actor_id))
        actor.add(c, window)
    return {actor_id: actor.tally() for actor_id, actor in running.items()}


def offline_counts(articles: Iterable[EnrichedArticle], *, window: int = 1 << 30) -> dict[str, ActorCounts]:
    """The counts the stream must arrive at, computed without Kafka (for tests and audits)."""
    tallies: dict[str, ActorTally] = {}
    for enriched in articles:
        for c in contributions(enriched):
            tallies[c.actor_id], _ = apply_contribution(tallies.get(c.actor_id), c, window=window)
    return {k: v.counts for k, v in tallies.items()}
