"""`wirestream eval`: quality of the enrichment on the seed article and on the shared dev sets, as a table and JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

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
    "blind_conflict": "service.evaluation.acled:evaluate_blind",
    "blind_conflict_2": "service.evaluation.acled:evaluate_blind_2",
    "blind_conflict_3": "service.evaluation.acled:evaluate_blind_3",
    "blind_conflict_4": "service.evaluation.acled:evaluate_blind_4",
    "blind_conflict_5": "service.evaluation.acled:evaluate_blind_5",
    "blind_conflict_6": "service.evaluation.acled:evaluate_blind_6",
    "blind_conflict_7": "service.evaluation.acled:evaluate_blind_7",
    "blind_conflict_8": "service.evaluation.acled:evaluate_blind_8",
    "blind_conflict_9": "service.evaluation.acled:evaluate_blind_9",
    "blind_conflict_10": "service.evaluation.acled:evaluate_blind_10",
    "blind_conflict_11": "service.evaluation.acled:evaluate_blind_11",
    "blind_conflict_12": "service.evaluation.acled:evaluate_blind_12",
    "blind_conflict_13": "service.evaluation.acled:evaluate_blind_13",
    "blind_conflict_14": "service.evaluation.acled:evaluate_blind_14",
    "blind_conflict_15": "service.evaluation.acled:evaluate_blind_15",
    "blind_conflict_16": "service.evaluation.acled:evaluate_blind_16",
    "blind_conflict_17": "service.evaluation.acled:evaluate_blind_17",
    "blind_conflict_18": "service.evaluation.acled:evaluate_blind_18",
    "blind_conflict_19": "service.evaluation.acled:evaluate_blind_19",
    "blind_conflict_20": "service.evaluation.acled:evaluate_blind_20",
    "blind_conflict_21": "service.evaluation.acled:evaluate_blind_21",
    "blind_conflict_22": "service.evaluation.acled:evaluate_blind_22",
    "blind_conflict_23": "service.evaluation.acled:evaluate_blind_23",
    "blind_conflict_24": "service.evaluation.acled:evaluate_blind_24",
    "blind_conflict_25": "service.evaluation.acled:evaluate_blind_25",
    "blind_conflict_26": "service.evaluation.acled:evaluate_blind_26",
    "blind_conflict_27": "service.evaluation.acled:evaluate_blind_27",
    "blind_conflict_28": "service.evaluation.acled:evaluate_blind_28",
    "blind_conflict_29": "service.evaluation.acled:evaluate_blind_29",
    "blind_conflict_30": "service.evaluation.acled:evaluate_blind_30",
    "blind_conflict_31": "service.evaluation.acled:evaluate_blind_31",
    "blind_conflict_32": "service.evaluation.acled:evaluate_blind_32",
    "blind_conflict_33": "service.evaluation.acled:evaluate_blind_33",
    "blind_conflict_34": "service.evaluation.acled:evaluate_blind_34",
    "blind_conflict_35": "service.evaluation.acled:evaluate_blind_35",
    "blind_conflict_36": "service.evaluation.acled:evaluate_blind_36",
    "blind_conflict_37": "service.evaluation.acled:evaluate_blind_37",
    "blind_conflict_38": "service.evaluation.acled:evaluate_blind_38",
    "blind_conflict_39": "service.evaluation.acled:evaluate_blind_39",
    "blind_conflict_40": "service.evaluation.acled:evaluate_blind_40",
    "blind_conflict_41": "service.evaluation.acled:evaluate_blind_41",
    "blind_conflict_42": "service.evaluation.acled:evaluate_blind_42",
    "blind_conflict_43": "service.evaluation.acled:evaluate_blind_43",
    "blind_conflict_44": "service.evaluation.acled:evaluate_blind_44",
    "blind_conflict_45": "service.evaluation.acled:evaluate_blind_45",    "blind_conflict_46": "service.evaluation.acled:evaluate_blind_46",
    "blind_conflict_47": "service.evaluation.acled:evaluate_blind_47",
    "blind_conflict_48": "service.evaluation.acled:evaluate_blind_48",
    "blind_conflict_49": "service.evaluation.acled:evaluate_blind_49",
    "blind_conflict_50": "service.evaluation.acled:evaluate_blind_50",    "blind_conflict_51": "service.evaluation.acled:evaluate_blind_51",
    "blind_conflict_52": "service.evaluation.acled:evaluate_blind_52",
    "blind_conflict_53": "service.evaluation.acled:evaluate_blind_53",
    "blind_conflict_54": "service.evaluation.acled:evaluate_blind_54",
    "blind_conflict_55": "service.evaluation.acled:evaluate_blind_55",    "blind_conflict_56": "service.evaluation.acled:evaluate_blind_56",
    "blind_conflict_57": "service.evaluation.acled:evaluate_blind_57",
    "blind_conflict_58": "service.evaluation.acled:evaluate_blind_58",
    "blind_conflict_59": "service.evaluation.acled:evaluate_blind_59",
    "blind_conflict_60": "service.evaluation.acled:evaluate_blind_60",    "blind_conflict_61": "service.evaluation.acled:evaluate_blind_61",
    "blind_conflict_62": "service.evaluation.acled:evaluate_blind_62",
    "blind_conflict_63": "service.evaluation.acled:evaluate_blind_63",
    "blind_conflict_64": "service.evaluation.acled:evaluate_blind_64",
    "blind_conflict_65": "service.evaluation.acled:evaluate_blind_65",
    "blind_conflict_66": "service.evaluation.acled:evaluate_blind_66",
    "blind_conflict_67": "service.evaluation.acled:evaluate_blind_67",
    "blind_conflict_68": "service.evaluation.acled:evaluate_blind_68",
    "blind_conflict_69": "service.evaluation.acled:evaluate_blind_69",
    "blind_conflict_70": "service.evaluation.acled:evaluate_blind_70",
    "blind_conflict_71": "service.evaluation.acled:evaluate_blind_71",
    "blind_conflict_72": "service.evaluation.acled:evaluate_blind_72",
    "blind_conflict_73": "service.evaluation.acled:evaluate_blind_73",
    "blind_conflict_74": "service.evaluation.acled:evaluate_blind_74",
    "blind_conflict_75": "service.evaluation.acled:evaluate_blind_75",
    "blind_conflict_76": "service.evaluation.acled:evaluate_blind_76",
    "blind_conflict_77": "service.evaluation.acled:evaluate_blind_77",
    "blind_conflict_78": "service.evaluation.acled:evaluate_blind_78",
    "blind_conflict_79": "service.evaluation.acled:evaluate_blind_79",
    "blind_conflict_80": "service.evaluation.acled:evaluate_blind_80",
    "blind_conflict_81": "service.evaluation.acled:evaluate_blind_81",
    "blind_conflict_82": "service.evaluation.acled:evaluate_blind_82",
    "blind_conflict_83": "service.evaluation.acled:evaluate_blind_83",
    "blind_conflict_84": "service.evaluation.acled:evaluate_blind_84",
    "blind_conflict_85": "service.evaluation.acled:evaluate_blind_85",
    "blind_conflict_86": "service.evaluation.acled:evaluate_blind_86",
    "blind_conflict_87": "service.evaluation.acled:evaluate_blind_87",
    "blind_conflict_88": "service.evaluation.acled:evaluate_blind_88",
    "blind_conflict_89": "service.evaluation.acled:evaluate_blind_89",
    "blind_conflict_90": "service.evaluation.acled:evaluate_blind_90",
    "blind_conflict_91": "service.evaluation.acled:evaluate_blind_91",
    "blind_conflict_92": "service.evaluation.acled:evaluate_blind_92",
    "blind_conflict_93": "service.evaluation.acled:evaluate_blind_93",
    "blind_conflict_94": "service.evaluation.acled:evaluate_blind_94",
    "blind_conflict_95": "service.evaluation.acled:evaluate_blind_95",
    "blind_conflict_96": "service.evaluation.acled:evaluate_blind_96",
    "blind_conflict_97": "service.evaluation.acled:evaluate_blind_97",
    "blind_conflict_98": "service.evaluation.acled:evaluate_blind_98",
    "blind_conflict_99": "service.evaluation.acled:evaluate_blind_99",
    "blind_conflict_100": "service.evaluation.acled:evaluate_blind_100",
    "blind_conflict_101": "service.evaluation.acled:evaluate_blind_101",
    "blind_conflict_102": "service.evaluation.acled:evaluate_blind_102",
    "blind_conflict_103": "service.evaluation.acled:evaluate_blind_103",
    "blind_conflict_104": "service.evaluation.acled:evaluate_blind_104",
    "blind_conflict_105": "service.evaluation.acled:evaluate_blind_105",
    "blind_conflict_106": "service.evaluation.acled:evaluate_blind_106",
    "blind_conflict_107": "service.evaluation.acled:evaluate_blind_107",
    "blind_conflict_108": "service.evaluation.acled:evaluate_blind_108",
    "blind_conflict_109": "service.evaluation.acled:evaluate_blind_109",
    "blind_conflict_110": "service.evaluation.acled:evaluate_blind_110",
    "blind_conflict_111": "service.evaluation.acled:evaluate_blind_111",
    "blind_conflict_112": "service.evaluation.acled:evaluate_blind_112",
    "blind_conflict_113": "service.evaluation.acled:evaluate_blind_113",
    "blind_conflict_114": "service.evaluation.acled:evaluate_blind_114",
    "blind_conflict_115": "service.evaluation.acled:evaluate_blind_115",
}
GROUPS = {
    "seed": ["seed_actors", "seed_figures"], "conll": ["conll"], "acled": ["acled"],
    "heldout": ["heldout_actors", "heldout_conflict", "blind_conflict", "blind_conflict_2", "blind_conflict_3",
                "blind_conflict_4", "blind_conflict_5", "blind_conflict_6", "blind_conflict_7",
                "blind_conflict_8", "blind_conflict_9",
                "blind_conflict_10", "blind_conflict_11", "blind_conflict_12",
                "blind_conflict_13", "blind_conflict_14", "blind_conflict_15", "blind_conflict_16",
                "blind_conflict_17", "blind_conflict_18", "blind_conflict_19", "blind_conflict_20",
                "blind_conflict_21", "blind_conflict_22", "blind_conflict_23", "blind_conflict_24",
                "blind_conflict_25", "blind_conflict_26", "blind_conflict_27", "blind_conflict_28",
                "blind_conflict_29", "blind_conflict_30", "blind_conflict_31", "blind_conflict_32",
                "blind_conflict_33", "blind_conflict_34", "blind_conflict_35", "blind_conflict_36",
                "blind_conflict_37", "blind_conflict_38", "blind_conflict_39", "blind_conflict_40",
                "blind_conflict_41", "blind_conflict_42", "blind_conflict_43", "blind_conflict_44",
                "blind_conflict_45", "blind_conflict_46", "blind_conflict_47", "blind_conflict_48",
                "blind_conflict_49", "blind_conflict_50", "blind_conflict_51", "blind_conflict_52",
                "blind_conflict_53", "blind_conflict_54", "blind_conflict_55", "blind_conflict_56",
                "blind_conflict_57", "blind_conflict_58", "blind_conflict_59", "blind_conflict_60",
                "blind_conflict_61", "blind_conflict_62", "blind_conflict_63", "blind_conflict_64",
                "blind_conflict_65", "blind_conflict_66", "blind_conflict_67", "blind_conflict_68",
                "blind_conflict_69", "blind_conflict_70", "blind_conflict_71", "blind_conflict_72",
                "blind_conflict_73", "blind_conflict_74", "blind_conflict_75", "blind_conflict_76",
                "blind_conflict_77", "blind_conflict_78", "blind_conflict_79", "blind_conflict_80",
                "blind_conflict_81", "blind_conflict_82", "blind_conflict_83", "blind_conflict_84",
                "blind_conflict_85", "blind_conflict_86", "blind_conflict_87", "blind_conflict_88",
                "blind_conflict_89", "blind_conflict_90", "blind_conflict_91", "blind_conflict_92",
                "blind_conflict_93", "blind_conflict_94", "blind_conflict_95", "blind_conflict_96",
                "blind_conflict_97", "blind_conflict_98", "blind_conflict_99", "blind_conflict_100",
                "blind_conflict_101", "blind_conflict_102", "blind_conflict_103", "blind_conflict_104",
                "blind_conflict_105", "blind_conflict_106", "blind_conflict_107", "blind_conflict_108",
                "blind_conflict_109", "blind_conflict_110", "blind_conflict_111", "blind_conflict_112",
                "blind_conflict_113", "blind_conflict_114", "blind_conflict_115"],
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
