"""Metrics counters, the JSON log format, and the dashboard's snapshot, without Kafka."""

from __future__ import annotations

import io
import logging
import logging.config

import orjson
from prometheus_client import REGISTRY, generate_latest

from service import dashboard, metrics
from service.logs import JsonFormatter, logging_config


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_counters_and_histograms_move():
    before_in, before_dead = sample("wirestream_articles_in_total"), sample("wirestream_dead_letters_total", reason="x")
    metrics.articles_in(3)
    metrics.dead_letter("x")
    done = metrics.batch_timer(3)
    done()
    assert sample("wirestream_articles_in_total") == before_in + 3
    assert sample("wirestream_dead_letters_total", reason="x") == before_dead + 1
    assert sample("wirestream_batch_size_count") >= 1
    text = generate_latest(REGISTRY).decode()
    for name in ("wirestream_articles_out_total", "wirestream_enrichment_batch_seconds_bucket", "wirestream_batch_size_sum"):
        assert name in text


def test_json_log_lines_carry_the_article_id_and_exceptions():
    record = logging.LogRecord("wirestream.agents", logging.WARNING, __file__, 1, "dead letter %s", ("too_large",), None)
    record.article_id = "a1"
    line = orjson.loads(JsonFormatter().format(record))
    assert line["message"] == "dead letter too_large" and line["article_id"] == "a1" and line["level"] == "warning"
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    assert "ValueError: boom" in orjson.loads(JsonFormatter().format(record))["exc"]


def test_json_config_keeps_module_loggers_enabled_and_formats_every_line():
    module_logger = logging.getLogger("wirestream.test-module")  # exists before configuration, like agents' logger
    config = logging_config("json", "info")
    stream = io.StringIO()
    config["handlers"]["stderr"]["stream"] = stream
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    try:
        logging.config.dictConfig(config)
        module_logger.info("enriched", extra={"article_id": "abc"})
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
    assert orjson.loads(stream.getvalue().splitlines()[-1])["article_id"] == "abc"


def test_dashboard_snapshot_shows_actors_figures_and_spans(seed_enriched):
    recent = dashboard.Recent()
    dashboard.record(seed_enriched, recent, now=100.0)
    rows = [{"actor_id": a.id, "name": a.name, "kind": a.kind, "mentions": len(a.mentions), "articles": 1, "events": {}}
            for a in seed_enriched.actors]
    snap = dashboard.snapshot(rows, recent, now=101.0)
    assert any(a["name"] == "Hamas" for a in snap["top_actors"])
    assert snap["recent_articles"][0]["article_id"] == seed_enriched.article_id
    assert snap["throughput_per_s"] > 0
    text = seed_enriched.article.text
    assert snap["recent_figures"], "the seed has casualty figures"
    for figure in snap["recent_figures"]:
        assert figure["span"] == text[figure["start"]:figure["end"]]
        assert text[: figure["start"]].endswith(figure["before"])
    orjson.dumps(snap)  # the view serves it as JSON


def test_dashboard_ring_is_bounded(seed_enriched):
    recent = dashboard.Recent()
    for i in range(100):
        dashboard.record(seed_enriched, recent, now=float(i))
    assert len(recent.articles) == recent.articles.maxlen and len(recent.figures) == recent.figures.maxlen


def test_dashboard_page_is_self_contained():
    html = dashboard.page_html()
    assert "dashboard.json" in html
    assert "http://" not in html and "https://" not in html, "no CDN: the page must work without network"
    assert "innerHTML" not in html.replace("never innerHTML", ""), "article text is untrusted: textContent only"


def test_grafana_dashboard_only_uses_metrics_the_worker_exports():
    import json
    import re
    from pathlib import Path
    from types import SimpleNamespace

    dashboard_json = Path(__file__).resolve().parents[2] / "deploy" / "grafana" / "wirestream.json"
    panels = json.loads(dashboard_json.read_text())["panels"]
    used = {m for p in panels for t in p["targets"] for m in re.findall(r"\b(?:wirestream|process)_[a-z_]+", t["expr"])}
    collector = metrics.WiringCollector()
    collector.wiring = SimpleNamespace(app=SimpleNamespace(_consumer=None), counts=None, topics={})
    exported = {s.name for family in [*REGISTRY.collect(), *collector.collect()] for s in family.samples}
    exported |= {f.name for f in collector.collect()}
    assert used and used <= exported, used - exported


def test_the_enrichment_child_is_measured_too():
    import os

    from service.metrics import child_process_metrics

    families = {f.name: f.samples[0].value for f in child_process_metrics([os.getpid()])}
    assert families["wirestream_enrichment_process_resident_bytes"] > 10 * 1024 * 1024
    assert families["wirestream_enrichment_process_cpu_seconds"] > 0
    assert list(child_process_metrics([])) == []
