"""Read-only HTTP views on the Faust web port: actor counts, health and readiness."""

from __future__ import annotations

from faust.web import Request, Response, View

from service.app import Wiring


def _counts_of(value: dict | None) -> dict | None:
    return value["counts"] if value else None


def register_views(w: Wiring) -> None:
    app = w.app
    table = w.counts

    @app.page("/actors/")
    class Actors(View):
        async def get(self, request: Request) -> Response:
            try:
                limit = int(request.query.get("limit", "100"))
            except ValueError:
                return self.json({"error": "limit must be an integer"}, status=400)
            rows = [_counts_of(v) for _, v in table.items()]
            rows = sorted((r for r in rows if r), key=lambda r: (-r["mentions"], r["actor_id"]))
            return self.json(rows[: max(0, limit)])

    @app.page("/actors/{actor_id}/")
    class OneActor(View):
        async def get(self, request: Request, actor_id: str) -> Response:
            counts = _counts_of(table.get(actor_id))
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
            recovered = app.tables.recovery.completed.is_set() if app.tables else False
            if recovered and not app.rebalancing:
                return self.json({"status": "ready"})
            return self.json({"status": "recovering"}, status=503)
