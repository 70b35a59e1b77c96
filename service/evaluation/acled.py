"""ACLED suite: the total killed wirestream reads from each event's `notes` against the hand-coded `fatalities`."""

from __future__ import annotations

import argparse
import csv
import re
from collections import Counter
from pathlib import Path

from schemas import Article, EnrichedArticle
from service.nlp import Model

# A coder's own remark at the end of the notes ("... 3 fatalities.", "[2 fatalities]") is not part of the report.
_CODER_REMARK = re.compile(r"[\s.;,]*[(\[]?\s*\b(?:\d+|[a-z]+)\s+fatalit(?:y|ies)\b[^.()\[\]]{0,30}[)\]]?\.?\s*$", re.I)
# ACLED's methodology: a report of deaths with no number ("several", "many", "unknown number") is coded 10.
UNKNOWN_FATALITIES = 10
# The naive baseline (shared/README.md quotes 0.47 / 0.97 for its own): the first number within three words before a
# word of killing, or right after "killed"/"killing", or 1 for "a/an … killed"; 0 when none matches.
_NUMBER = (r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
           r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|hundred)")
_NAIVE = [
    re.compile(_NUMBER + r"(?:\W+\w+){0,3}?\W+(?:killed|dead|died|deaths|fatalities)\b", re.I),
    re.compile(r"(?:killing|killed|kill)\s+" + _NUMBER, re.I),
]
_NAIVE_SINGLE = re.compile(r"\b(?:a|an)\s+(?:\w+\s+){0,3}?(?:was\s+|is\s+)?(?:killed|shot dead|died)\b|(?:killing|killed|kill)\s+(?:a|an)\b", re.I)


def strip_coder_remark(notes: str) -> str:
    return _CODER_REMARK.sub("", notes).strip()


def killed_total(enriched: EnrichedArticle) -> float:
    """Sum of the killed figures (a bound where there is no value); ACLED's 10 where only an unknown number was killed."""
    total = 0.0
    unknown = False
    for figure in enriched.figures:
        if figure.type != "killed":
            continue
        amount = figure.value if figure.value is not None else figure.low
        if amount is None:
            unknown = True
        else:
            total += amount
    return total if total or not unknown else float(UNKNOWN_FATALITIES)


def naive_killed(notes: str) -> float:
    from service.enrichment.numbers import parse_number

    found = [(m.start(), parse_number(m.group(1)) or 0.0) for rx in _NAIVE for m in rx.finditer(notes)]
    found += [(m.start(), 1.0) for m in _NAIVE_SINGLE.finditer(notes)]
    return min(found)[1] if found else 0.0


def score(rows: list[tuple[str, int]], predicted: list[float]) -> dict[str, float | int]:
    fatal = [(gold, p) for (_, gold), p in zip(rows, predicted, strict=True) if gold > 0]
    zero = [(gold, p) for (_, gold), p in zip(rows, predicted, strict=True) if gold == 0]
    return {
        "fatal_rows": len(fatal),
        "zero_rows": len(zero),
        "exact_on_fatal": sum(1 for g, p in fatal if p == g) / len(fatal) if fatal else 0.0,
        "zero_on_zero": sum(1 for _, p in zero if p == 0) / len(zero) if zero else 0.0,
    }


def read_rows(path: Path) -> list[tuple[str, int]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [(strip_coder_remark(r["notes"]), int(r["fatalities"] or 0)) for r in csv.DictReader(fh)]


def evaluate(args: argparse.Namespace, model: Model) -> dict:
    from service.enrichment import enrich_many

    path = Path(getattr(args, "acled", None) or "../shared/data/acled/acled_dev.csv")
    if not path.exists():
        return {"skipped": f"ACLED file not found at {path} (pass --acled PATH)"}
    rows = read_rows(path)
    articles = [Article(id=f"acled-{i}", text=notes or ".") for i, (notes, _) in enumerate(rows)]
    ours = [killed_total(e) for e in enrich_many(articles, model=model, batch_size=64)]
    naive = [naive_killed(notes) for notes, _ in rows]
    mine, base = score(rows, ours), score(rows, naive)
    # ACLED splits one report over several events and divides its deaths among them: rows sharing their notes
    # cannot all be read right from the text, so the rate on the other rows is shown beside the headline one.
    shared = Counter(notes for notes, _ in rows)
    own = [(r, p) for r, p in zip(rows, ours, strict=True) if shared[r[0]] == 1]
    mine_own = score([r for r, _ in own], [p for _, p in own])
    misses = [
        {"notes": notes[:300], "fatalities": gold, "read": p}
        for (notes, gold), p in zip(rows, ours, strict=True)
        if (gold > 0 and p != gold) or (gold == 0 and p != 0)
    ]
    return {
        "summary": [
            ("ACLED rows with fatalities", mine["fatal_rows"], None),
            ("exact killed on rows with fatalities", mine["exact_on_fatal"], 0.85),
            ("zero read on rows without fatalities", mine["zero_on_zero"], 0.98),
            ("exact killed, fatal rows whose notes are their own", mine_own["exact_on_fatal"], None),
            ("zero read, rows without fatalities whose notes are their own", mine_own["zero_on_zero"], None),
            ("naive regex: exact on rows with fatalities", base["exact_on_fatal"], None),
            ("naive regex: zero on rows without", base["zero_on_zero"], None),
        ],
        "wirestream": mine,
        "naive_regex": base,
        "rows_with_own_notes": mine_own,
        "misses": misses,
    }
