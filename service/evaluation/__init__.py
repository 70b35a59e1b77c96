"""`wirestream eval`: quality of the enrichment on the seed article and on the shared dev sets, as a table and JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from service.evaluation.blind_sets import BLIND_SETS, suite_function
from service.settings import Settings

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_SEED = ROOT / "seeds" / "000_f79c369e70a75ceb.txt"
DEFAULT_GOLD = ROOT / "tests" / "seed_gold.json"

# Each suite: name → "module:function"; the function takes (args, model) and returns a JSON-able dict with a
# "summary" list of (metric, value, target) rows, or {"skipped": reason} when its data is missing.
SUITES = {
    "seed_actors": "service.evaluation.seed_actors:evaluate",
    "seed_figures": "service.evaluation.seed_events:evaluate",
    "conll": "service.evaluation.conll:evaluate",
    "acled": "service.evaluation.acled:evaluate",
    "heldout_actors": "service.evaluation.heldout:evaluate",
    "heldout_conflict": "service.evaluation.acled:evaluate_heldout",
    **{name: f"service.evaluation.acled:{suite_function(name)}" for name in BLIND_SETS},
}
GROUPS = {
    "seed": ["seed_actors", "seed_figures"], "conll": ["conll"], "acled": ["acled"],
    "heldout": ["heldout_actors", "heldout_conflict", *BLIND_SETS],
}


def _load(ref: str):
    import importlib

    module, _, func = ref.partition(":")
    try:
        return getattr(importlib.import_module(module), func)
    except (ImportError, AttributeError):
        return None


def run_eval(args: argparse.Namespace, settings: Settings) -> int:
    from service.nlp import load_model

    wanted = list(SUITES)
    if args.only:
        wanted = [s for g in args.only.split(",") for s in GROUPS.get(g.strip(), [g.strip()])]
        unknown = [name for name in wanted if name not in SUITES]
        if unknown:
            raise RuntimeError(f"unknown eval suite(s) {', '.join(unknown)}; choose from {', '.join(dict.fromkeys([*GROUPS, *SUITES]))}")
    model = load_model(settings.model)
    report: dict[str, object] = {"model": f"{model.name} {model.version}"}
    for name in wanted:
        evaluate = _load(SUITES[name])
        if evaluate is None:
            report[name] = {"skipped": "not built yet"}
            continue
        report[name] = evaluate(args, model)
    for name in wanted:
        result = report[name]
        print(f"\n== {name}")
        if "skipped" in result:
            print(f"   skipped: {result['skipped']}")
            continue
        summary = result.get("summary", [])
        width = max([48, *(len(metric) for metric, _, _ in summary)])
        for metric, value, target in summary:
            shown = f"{value:.3f}" if isinstance(value, float) else str(value)
            print(f"   {metric:{width}} {shown:>10}   {'target ' + str(target) if target is not None else ''}")
    Path(args.out).write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    print(f"\nwrote {args.out}", file=sys.stderr)
    return 0
