"""`wirestream worker`: start-up in explicit steps (topics, model, app, agents, views), then the Faust worker loop."""

from __future__ import annotations

import atexit
import gc
import logging

from faust import Worker

from service.admin import ensure_topics
from service.agents import register_agents
from service.app import Wiring, create_app
from service.dashboard import register_dashboard
from service.diagnostics import dump
from service.enricher import create_enricher
from service.logs import logging_config
from service.metrics import register_metrics
from service.screening import load_language_identifier
from service.settings import Settings
from service.web import register_views

log = logging.getLogger("wirestream.worker")


def build(settings: Settings) -> Wiring:
    """The wired app with its agents and views; starts the enrichment process and loads the model (seconds),
    connects to nothing."""
    enricher = create_enricher(settings)
    atexit.register(enricher.close)
    load_language_identifier()  # not on the event loop when the first text that is not plainly English arrives
    wiring = create_app(settings)
    register_agents(wiring, enricher)
    register_views(wiring)
    register_metrics(wiring, children=getattr(enricher, "pids", None))
    register_dashboard(wiring)
    return wiring


def run_worker(settings: Settings) -> int:
    created = ensure_topics(settings)
    if created:
        log.info("created topics: %s", ", ".join(created))
    worker = faust_worker(build(settings), settings)
    settle_garbage_collector()
    worker.execute_from_commandline()  # returns only by raising SystemExit
    return 0


#: Allocations between young-generation collections (CPython's default is 700), and how many collections of each
#: generation before the next one up is collected (defaults 10 and 10).
GC_THRESHOLDS = (10_000, 20, 20)


def settle_garbage_collector() -> None:
    """Fewer, cheaper garbage collections in the worker process: what start-up made (Faust, aiokafka, pydantic's
    schemas, the language identifier) is moved out of the collector's sight for good (`gc.freeze`), and the young
    generation is collected every 10,000 allocations instead of every 700. Every record the worker sends allocates
    a handful of short-lived objects, so with the defaults the collector ran about 350 times for 300 news stories,
    and the full collections walked everything start-up had made. Memory is still freed: reference counting frees
    almost everything at once, and cycles are collected as before, only less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def faust_worker(wiring: Wiring, settings: Settings) -> Worker:
    """Faust's Worker for the app, logging as the settings say."""
    worker = Worker(wiring.app, loglevel=settings.log_level,
                    logging_config=logging_config(settings.log_format, settings.log_level))
    # Faust's terminal spinner: at log level warning or above it sets the root logger to DEBUG so that every record
    # turns it, and then every debug call in faust and aiokafka (one per message sent) builds a LogRecord. A service
    # logging to a collector has no terminal to spin on.
    worker.spinner = None
    # kill -USR1 <pid>: the consumer's flow and partition state and where every task waits, written to the log
    # (mode's own SIGUSR1 dump shows agents only down to the agent object).
    worker._on_sigusr1 = lambda: dump(wiring.app)
    return worker
