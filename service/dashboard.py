"""The live dashboard: a small in-memory ring of recent articles and figures, and the views that serve the page."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import asdict, dataclass, field
from importlib.resources import files
from typing import TYPE_CHECKING

import aiohttp
from faust.web import Request, Response, View
from prometheus_client import REGISTRY

from service.digest import CONTEXT_CHARS, Digest, RecentArticle, RecentFigure, digest_of, figures_of  # noqa: F401
from service.web import counts_of

if TYPE_CHECKING:
    from schemas import EnrichedArticle
    from service.app import Wiring

THROUGHPUT_WINDOW = 30.0  # seconds over which articles/s is averaged
TOP_ACTORS = 15


@dataclass
class Recent:
    """What the page shows besides the table: bounded, so a long-running worker holds a constant amount."""

    articles: deque[RecentArticle] = field(default_factory=lambda: deque(maxlen=20))
    figures: deque[RecentFigure] = field(default_factory=lambda: deque(maxlen=30))
    done_at: deque[float] = field(default_factory=lambda: deque(maxlen=4096))
    names: dict[str, str] = field(default_factory=dict)


RECENT = Recent()


def record(enriched: EnrichedArticle, recent: Recent = RECENT, now: float | None = None) -> None:
    """Called for each article emitted (where the worker has the article itself)."""
    record_digest(digest_of(enriched), recent, now)


def record_digest(digest: Digest, recent: Recent = RECENT, now: float | None = None) -> None:
    """Called by the enrichment agent for each article it emits."""
    at = time.time() if now is None else now
    recent.articles.appendleft(RecentArticle(digest.article_id, digest.title, digest.actors, len(digest.figures),
                                             digest.events, at))
    for figure in reversed(digest.figures):
        recent.figures.appendleft(figure)
    recent.done_at.append(at)
    if len(recent.names) > 10_000:  # names are only a display nicety; never let them grow without bound
        recent.names.clear()
    recent.names.update(digest.names)


def throughput(recent: Recent, now: float, window: float = THROUGHPUT_WINDOW) -> float:
    return sum(1 for t in recent.done_at if now - t <= window) / window


def totals() -> dict[str, object]:
    """Counters from the Prometheus registry, so the page and /metrics never disagree."""
    def value(name: str, **labels: str) -> float:
        return REGISTRY.get_sample_value(name, labels) or 0.0

    dead = {}
    for family in REGISTRY.collect():
        if family.name == "wirestream_dead_letters":
            dead = {s.labels["reason"]: s.value for s in family.samples if s.name.endswith("_total")}
    return {
        "articles_in": value("wirestream_articles_in_total"),
        "articles_out": value("wirestream_articles_out_total"),
        "events_out": value("wirestream_events_out_total"),
        "dead_letters": sum(dead.values()),
        "dead_letters_by_reason": dead,
    }


def top_actors(rows: list[dict], limit: int = TOP_ACTORS) -> list[dict]:
    counted = [r for r in rows if r]
    counted.sort(key=lambda r: (-r["mentions"], r["actor_id"]))
    return [
        {"actor_id": r["actor_id"], "name": r["name"], "kind": r["kind"], "mentions": r["mentions"],
         "articles": r["articles"], "events": sum(r.get("events", {}).values())}
        for r in counted[:limit]
    ]


def snapshot(rows: list[dict], recent: Recent = RECENT, now: float | None = None) -> dict:
    """The JSON the page polls: everything it draws, in one document."""
    at = time.time() if now is None else now
    return {
        "now": at,
        "throughput_per_s": round(throughput(recent, at), 3),
        "totals": totals(),
        "top_actors": top_actors(rows),
        "recent_articles": [asdict(a) for a in recent.articles],
        "recent_figures": [asdict(f) | {"by_name": recent.names.get(f.by or ""), "victims_name": recent.names.get(f.victims or "")}
                           for f in recent.figures],
    }


def page_html() -> str:
    return files("service").joinpath("static/dashboard.html").read_text(encoding="utf-8")


def register_dashboard(w: Wiring) -> None:
    """`/` (the page) and `/dashboard.json` (what it polls) on the Faust web port."""
    app = w.app
    table = w.counts

    @app.page("/")
    class Dashboard(View):
        async def get(self, request: Request) -> Response:
            return self.html(page_html())

    async def actor_rows() -> tuple[list[dict], bool]:
        """Top actors of the whole table through this worker's own /actors/ (which asks the other workers);
        this worker's partitions alone when that is not possible (during a rebalance)."""
        url = f"{str(app.conf.canonical_url).rstrip('/')}/actors/?limit={TOP_ACTORS}"
        try:
            async with app.http_client.get(url, timeout=aiohttp.ClientTimeout(total=5)) as response:
                if response.status == 200:
                    return await response.json(content_type=None), True
        except (aiohttp.ClientError, TimeoutError, ValueError):
            pass
        return [c for c in (counts_of(v) for _, v in table.items()) if c], False

    @app.page("/dashboard.json")
    class DashboardData(View):
        async def get(self, request: Request) -> Response:
            rows, complete = await actor_rows()
            return self.json(snapshot(rows) | {"all_workers": complete}, headers={"Cache-Control": "no-store"})

