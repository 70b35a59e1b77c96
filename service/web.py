"""Read-only HTTP views on the Faust web port: actor counts for the whole table (across workers), health, readiness."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from urllib.parse import quote

import aiohttp
import orjson
from faust.web import Request, Response, View

from service.app import Wiring

log = logging.getLogger("wirestream.web")

#: `?scope=local` asks a worker for its own partitions only: what workers send each other when fanning out.
LOCAL = "local"
PEER_TIMEOUT = aiohttp.ClientTimeout(total=10)


class PeerUnavailable(Exception):
    """Another worker that holds part of the table did not answer."""


def counts_of(value: bytes | dict | None) -> dict | None:
    """The public counts in a table value (`counts.encode_tally` bytes, the all-JSON form before it, or a dict from
    an older JSON-serialised table)."""
    if not value:
        return None
    if isinstance(value, dict):
        return value["counts"]
    raw = bytes(value)
    head, newline, _ = raw.partition(b"\n")  # the window after the newline is not read
    return orjson.loads(head) if newline else orjson.loads(raw)["counts"]


def ranked(rows: Iterable[dict], limit: int) -> list[dict]:
    """Most mentioned first, ties by actor id: the same order whichever workers the rows came from."""
    return sorted(rows, key=lambda r: (-r["mentions"], r["actor_id"]))[: max(0, limit)]


def register_views(w: Wiring) -> None:
    app = w.app
    table = w.counts

    def settled() -> bool:
        """Table recovered and no rebalance under way: otherwise a partition may be on no worker at all."""
        recovered = app.tables.recovery.completed.is_set() if app.tables else False
        return recovered and not app.rebalancing

    def own_url() -> str:
        return str(app.conf.canonical_url).rstrip("/")

    def peers() -> list[str]:
        """Web URLs of the other workers holding active partitions of the counts table (from the assignor)."""
        metadata = app.router.table_metadata(table.name)
        return sorted(
            str(url).rstrip("/")
            for url, topics in metadata.items()
            if str(url).rstrip("/") != own_url() and any(topics.values())
        )

    async def fetch(url: str) -> tuple[int, object]:
        try:
            async with app.http_client.get(url, timeout=PEER_TIMEOUT) as response:
                return response.status, await response.json(content_type=None)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            raise PeerUnavailable(f"{url}: {type(exc).__name__}: {exc}") from exc

    def local_rows() -> list[dict]:
        # The store iterates the active partitions only, so standby copies are never listed twice.
        return [r for r in (counts_of(v) for _, v in table.items()) if r]

    @app.page("/actors/")
    class Actors(View):
        async def get(self, request: Request) -> Response:
            try:
                limit = int(request.query.get("limit", "100"))
            except ValueError:
                return self.json({"error": "limit must be an integer"}, status=400)
            if request.query.get("scope") == LOCAL:
                return self.json(ranked(local_rows(), limit))
            if not settled():
                return self.json({"error": "rebalancing; retry shortly"}, status=503)
            rows = local_rows()
            try:
                answers = await asyncio.gather(*(fetch(f"{peer}/actors/?scope={LOCAL}&limit={limit}") for peer in peers()))
            except PeerUnavailable as exc:
                return self.json({"error": f"part of the table is unavailable: {exc}"}, status=503)
            for status, body in answers:
                if status != 200 or not isinstance(body, list):
                    return self.json({"error": f"a worker answered {status}"}, status=503)
                rows.extend(body)
            return self.json(ranked(rows, limit))

    @app.page("/actors/{actor_id}/")
    class OneActor(View):
        async def get(self, request: Request, actor_id: str) -> Response:
            if request.query.get("scope") != LOCAL:
                if not settled():
                    return self.json({"error": "rebalancing; retry shortly"}, status=503)
                # Contributions are keyed by the raw actor id, and the table's changelog partition is the
                # contribution's partition: the owner is found from the same key bytes.
                try:
                    owner = str(app.assignor.key_store(table.changelog_topic.get_topic_name(), actor_id.encode())).rstrip("/")
                except KeyError:
                    return self.json({"error": "no worker holds this actor's partition yet"}, status=503)
                if owner != own_url():
                    try:
                        status, body = await fetch(f"{owner}/actors/{quote(actor_id, safe=':')}/?scope={LOCAL}")
                    except PeerUnavailable as exc:
                        return self.json({"error": f"the worker holding {actor_id} is unavailable: {exc}"}, status=503)
                    return self.json(body, status=status)
            counts = counts_of(table.get(actor_id))
            if counts is None:
                return self.json({"error": f"unknown actor {actor_id}"}, status=404)
            return self.json(counts)

    @app.page("/health")
    class Health(View):
        async def get(self, request: Request) -> Response:
            return self.json({"status": "ok"})

    @app.page("/ready")
    class Ready(View):
        async def get(self, request: Request) -> Response:
            if settled():
                return self.json({"status": "ready"})
            return self.json({"status": "recovering"}, status=503)
