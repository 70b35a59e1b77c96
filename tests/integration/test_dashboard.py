"""The live dashboard in a real headless Chromium: load the page, publish the seed, watch Hamas appear; scrape /metrics."""

from __future__ import annotations

import os
import tempfile
import time
import urllib.request
from pathlib import Path

import orjson
import pytest

from service.sources import article_from_text
from tests.conftest import SEED

pytestmark = pytest.mark.kafka

CHROMIUM = Path(os.environ.get("WIRESTREAM_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOT_DIR = Path(os.environ.get("WIRESTREAM_SCREENSHOT_DIR", tempfile.gettempdir()))
# Headless and quiet: no sandbox (CI runs as root), no network of its own (no updates, sync, QUIC probes).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def browser_or_skip():
    """Playwright driving the system Chromium (never a downloaded browser); CI must have both, so there it fails."""
    missing = None
    if not CHROMIUM.exists():
        missing = f"{CHROMIUM} is absent (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "playwright is not installed (pip install -e '.[test]')"
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs the dashboard test to run: {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    return sync_playwright


def metric(text: str, name: str) -> float:
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name))


def test_dashboard_shows_hamas_after_the_seed_is_published(deployment, tmp_path):
    sync_playwright = browser_or_skip()
    worker = deployment.worker(WIRESTREAM_LOG_FORMAT="json").start()
    worker.wait_ready()

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
        )
        try:
            page = context.new_page()
            page.goto(worker.url("/"))
            page.wait_for_selector("#status.live", timeout=30_000)
            assert "Hamas" not in page.inner_text("#actors")

            seed = {**article_from_text(SEED.read_text(encoding="utf-8"), name=SEED.name), "id": "seed-dashboard"}
            deployment.produce([(b"seed-dashboard", orjson.dumps(seed)),
                                (b"bad-1", orjson.dumps({"id": "bad-1", "text": ""}))])

            page.wait_for_function("document.querySelector('#actors').innerText.includes('Hamas')", timeout=90_000)
            page.wait_for_selector("#figures .fig mark", timeout=30_000)
            page.wait_for_function("document.querySelector('#dead-letters').innerText !== '0'", timeout=30_000)
            time.sleep(2)  # one more poll, so the screenshot shows settled numbers
            shot = SCREENSHOT_DIR / "dashboard.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 10_000

            figure = page.locator("#figures .fig").first
            assert figure.locator("mark").inner_text().strip(), "each figure shows the span it was read from"
            assert "empty_text" in page.inner_text("#dead")
        finally:
            context.close()

    with urllib.request.urlopen(worker.url("/metrics"), timeout=5) as response:
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    assert metric(text, "wirestream_articles_in_total") >= 2
    assert metric(text, "wirestream_articles_out_total") >= 1
    assert metric(text, 'wirestream_dead_letters_total{reason="empty_text"}') >= 1
    assert metric(text, "wirestream_enrichment_batch_seconds_count") >= 1
    assert "wirestream_consumer_lag{" in text and "wirestream_table_keys{" in text

    lines = [orjson.loads(line) for line in worker.log_tail(200_000).splitlines() if line.startswith("{")]
    assert lines, "WIRESTREAM_LOG_FORMAT=json survives the Faust worker's own logging set-up"
    assert any(line.get("article_id") == "bad-1" and line["level"] == "warning" for line in lines)


def test_each_workers_dashboard_shows_the_whole_tables_top_actors(deployment):
    """With two workers each holds about half the actors; either page lists the top of all of them."""
    workers = [deployment.worker("w1").start(), deployment.worker("w2").start()]
    for worker in workers:
        worker.wait_ready()
    seed = {**article_from_text(SEED.read_text(encoding="utf-8"), name=SEED.name), "id": "seed-two-workers"}
    deployment.produce([(b"seed-two-workers", orjson.dumps(seed))])

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        local = [len(w.get_json("/actors/?scope=local")) for w in workers]
        snapshots = [w.get_json("/dashboard.json") for w in workers]
        if sum(local) >= 20 and all(s["all_workers"] and len(s["top_actors"]) == 15 for s in snapshots):
            break
        time.sleep(1)
    assert all(local), f"both workers hold part of the table: {local}"
    tops = [[a["actor_id"] for a in s["top_actors"]] for s in snapshots]
    assert tops[0] == tops[1] and "organization:hamas" in tops[0]
