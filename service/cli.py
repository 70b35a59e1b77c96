"""The `wirestream` command line: parses arguments and calls the same functions the service uses."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import orjson

from service.evaluation.blind_sets import BLIND_SETS
from service.logs import configure as configure_logging
from service.settings import Settings


def _print_json(value: object) -> None:
    sys.stdout.buffer.write(orjson.dumps(value) + b"\n")
    sys.stdout.flush()


def cmd_kafka(args: argparse.Namespace, settings: Settings) -> int:
    from service import kafka_local
    from service.admin import ensure_topics

    if args.action == "up":
        print(kafka_local.up(settings))
        created = ensure_topics(settings)
        if created:
            print("created topics: " + ", ".join(created))
    elif args.action == "down":
        print(kafka_local.down(settings))
    else:
        print(kafka_local.status(settings))
        return 0 if kafka_local.is_listening(settings) else 1
    return 0


def cmd_topics(args: argparse.Namespace, settings: Settings) -> int:
    from service.admin import ensure_topics
    from service.topics import TOPICS

    if args.action == "create":
        created = ensure_topics(settings)
        print("created: " + (", ".join(created) if created else "nothing (all exist)"))
    for spec in TOPICS:
        print(f"{spec.full_name(settings):28} key={spec.key:18} payload={spec.payload.__name__:18}"
              f"{' compacted' if spec.compacted else ''}{' internal' if spec.internal else ''}")
    return 0


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from service.worker import run_worker

    return run_worker(settings)


def cmd_publish(args: argparse.Namespace, settings: Settings) -> int:
    from service.admin import ensure_topics
    from service.publish import publish
    from service.sources import read_sources
    from service.topics import resolve

    ensure_topics(settings)
    report = publish(read_sources(args.paths, sys.stdin), settings, topic=resolve(args.topic, settings) if args.topic else None)
    for origin, why in report.skipped:
        print(f"skipped {origin}: {why}", file=sys.stderr)
    print(f"sent {report.sent} article(s)" + (f", skipped {len(report.skipped)}" if report.skipped else ""))
    return 0 if report.sent or not report.skipped else 1


def cmd_subscribe(args: argparse.Namespace, settings: Settings) -> int:
    from service.subscribe import records
    from service.topics import resolve

    for value in records(resolve(args.topic, settings), settings, from_beginning=args.from_beginning,
                         limit=args.n, timeout=args.timeout):
        _print_json(value)
    return 0


def cmd_replay_dlq(args: argparse.Namespace, settings: Settings) -> int:
    from service.replay import replay_dead_letters

    report = replay_dead_letters(settings, reasons=frozenset(args.reason) if args.reason else None,
                                 dry_run=args.dry_run, limit=args.limit)
    verb = "would replay" if args.dry_run else "replayed"
    by_reason = ", ".join(f"{reason}: {n}" for reason, n in sorted(report.replayed.items())) or "none"
    print(f"{verb} {sum(report.replayed.values())} record(s) ({by_reason})"
          + (f"; {sum(report.skipped.values())} over --limit" if report.skipped else "")
          + (f"; {report.unreadable} unreadable dead letter(s)" if report.unreadable else ""))
    return 0


def cmd_enrich(args: argparse.Namespace, settings: Settings) -> int:
    from pydantic import ValidationError

    from schemas import Article
    from service.codec import encode
    from service.enrichment import enrich_many
    from service.nlp import load_model
    from service.sources import read_sources

    model = load_model(settings.model)
    articles = []
    failed = 0
    for record in read_sources(args.paths, sys.stdin):
        try:
            if record.payload is None:
                raise ValueError(record.error)
            articles.append(Article.model_validate(record.payload))
        except (ValidationError, ValueError) as exc:
            print(f"skipped {record.origin}: {exc}", file=sys.stderr)
            failed += 1
    for enriched in enrich_many(articles, model=model, batch_size=settings.batch_size):
        sys.stdout.buffer.write(encode(enriched) + b"\n")
    sys.stdout.flush()
    return 1 if failed and not articles else 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from service.demo import run_demo

    return run_demo(settings, args.paths)


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from service.evaluation import run_eval

    return run_eval(args, settings)


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from service.bench import run_bench

    return run_bench(args, settings)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wirestream", description="Streaming enrichment of news articles on Kafka.")
    p.add_argument("--log-level", default=None, help="Override WIRESTREAM_LOG_LEVEL.")
    sub = p.add_subparsers(dest="command", required=True)

    k = sub.add_parser("kafka", help="Run a local single-node Kafka (KRaft).")
    k.add_argument("action", choices=["up", "down", "status"])
    k.set_defaults(func=cmd_kafka)

    t = sub.add_parser("topics", help="Create the registry's topics on the broker (idempotent) or list them.")
    t.add_argument("action", choices=["create", "list"])
    t.set_defaults(func=cmd_topics)

    w = sub.add_parser("worker", help="Run the Faust worker.")
    w.set_defaults(func=cmd_worker)

    pub = sub.add_parser("publish", help="Publish articles (.txt, .json, JSON lines, CSV/TSV, each maybe .gz/.bz2/.xz; folders; '-' for JSON lines on stdin).")
    pub.add_argument("paths", nargs="+")
    pub.add_argument("--topic", default=None, help="Topic (default: the input topic).")
    pub.set_defaults(func=cmd_publish)

    s = sub.add_parser("subscribe", help="Print a topic's records as JSON lines.")
    s.add_argument("topic", help="Topic name or role (articles.enriched, events, actor-counts, articles.dlq).")
    s.add_argument("--from-beginning", action="store_true")
    s.add_argument("-n", type=int, default=None, help="Stop after N records.")
    s.add_argument("--timeout", type=float, default=None, help="Stop after S seconds without a record.")
    s.set_defaults(func=cmd_subscribe)

    rd = sub.add_parser("replay-dlq", help="Send dead letters' original records back to the input topic (after a fix).")
    rd.add_argument("--reason", action="append", default=None, help="Only this reason code (repeatable).")
    rd.add_argument("--limit", type=int, default=None, help="At most N records.")
    rd.add_argument("--dry-run", action="store_true", help="Count what would be replayed; send nothing.")
    rd.set_defaults(func=cmd_replay_dlq)

    e = sub.add_parser("enrich", help="Enrich articles without Kafka; one EnrichedArticle JSON per line.")
    e.add_argument("paths", nargs="+")
    e.set_defaults(func=cmd_enrich)

    r = sub.add_parser("run", help="Local Kafka + worker + publish the seeds + show the output (Ctrl-C stops all).")
    r.add_argument("paths", nargs="*", default=["seeds"])
    r.set_defaults(func=cmd_run)

    ev = sub.add_parser("eval", help="Quality: seed article vs gold, CoNLL-2003 entities, ACLED killed counts.")
    ev.add_argument("--gold", default=None, help="Seed reference annotation (default: tests/seed_gold.json).")
    ev.add_argument("--seed", default=None, help="Seed article (default: seeds/000_f79c369e70a75ceb.txt).")
    ev.add_argument("--conll", default="../shared/data/conll2003/eng.testa")
    ev.add_argument("--acled", default="../shared/data/acled/acled_dev.csv")
    ev.add_argument("--only", default=None,
                    help="Comma-separated groups (seed, heldout, conll, acled) or suites (seed_actors, seed_figures, conll, acled, "
                         "heldout_actors, heldout_conflict, and the blind sets blind_conflict, blind_conflict_2 … "
                         f"{list(BLIND_SETS)[-1]}; `wirestream eval --only heldout` runs them all).")
    ev.add_argument("--out", default="eval-results.json", help="Where to write the JSON report.")
    ev.set_defaults(func=cmd_eval)

    b = sub.add_parser("bench", help="Throughput and latency: bare spaCy, offline enrichment, end to end via Kafka.")
    b.add_argument("--corpus", default="../shared/data/bbc",
                   help="A folder (of .txt, .json, .jsonl, .csv files) or one file: JSON lines, a JSON array, CSV or TSV "
                        "with a header, each maybe .gz/.bz2/.xz. The body is read from text, body, content, article, "
                        "story, maintext or description; the headline from title or headline.")
    b.add_argument("--limit", type=int, default=600, help="Articles to use (default 600, as in the run of record).")
    b.add_argument("--out", default="bench-results.json")
    b.add_argument("--skip-kafka", action="store_true", help="Only the offline stages.")
    b.add_argument("--skip-offline", action="store_true", help="Only the stages through Kafka.")
    b.add_argument("--bootstrap", default=None, help="Broker (default WIRESTREAM_KAFKA_BOOTSTRAP; started if down).")
    b.add_argument("--workers", default="1,2", help="Worker process counts to compare, e.g. 1,2.")
    b.add_argument("--rounds", type=int, default=3, help="Rounds of the offline stages and of each Kafka stage, alternating; each summed.")
    b.add_argument("--paced-seconds", type=float, default=40.0, help="Length of the paced latency run.")
    b.add_argument("--kafka-limit", type=int, default=None, help="Articles through Kafka (default: --limit).")
    b.add_argument("--profile", action="store_true", help="Also CPU seconds per pipeline component, both paths.")
    b.add_argument("--memory-passes", type=int, default=0,
                   help="Instead of the stages: one worker reads the corpus N times (new ids each time) through Kafka; "
                        "its memory after every 500 articles.")
    b.add_argument("--tail-probe", type=int, default=0,
                   help="Instead of the stages: N times, the corpus's longest story then six ordinary ones at 8/s to "
                        "one worker; the latency of each (how long short stories wait behind a long one).")
    b.set_defaults(func=cmd_bench)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = Settings(**({"log_level": args.log_level} if args.log_level else {}))
    configure_logging(settings.log_format, settings.log_level)
    for noisy in ("kafka", "aiokafka"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))
    # A consumer without a group (subscribe, run) is deliberate; kafka-python warns about it on every start.
    logging.getLogger("kafka.coordinator.consumer").setLevel(logging.ERROR)
    # kafka-python warns whenever its network thread waited over 0.1 s for the GIL (a busy CLI process, or a broker
    # starting up beside it): it says nothing about the records, which the client still delivers.
    logging.getLogger("kafka.net.selector").setLevel(logging.ERROR)
    try:
        return int(args.func(args, settings) or 0)
    except KeyboardInterrupt:
        return 130
    except (RuntimeError, OSError) as exc:
        print(f"wirestream: {exc}", file=sys.stderr)
        return 1
