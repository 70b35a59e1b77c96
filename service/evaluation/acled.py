"""ACLED suite: the killed wirestream reads from each event's `notes` (for the row's place and date, and for the whole report) against `fatalities`."""

from __future__ import annotations

import argparse
import csv
import math
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from schemas import Article, EnrichedArticle, Figure
from service.enrichment.tolls import EventSite, killed_at
from service.evaluation.blind_sets import BLIND_SETS, suite_function
from service.nlp import Model

# A coder's own remark at the end of the notes ("... 3 fatalities.", "[2 fatalities]") is not part of the report: a
# sentence of its own or in brackets, never the end of the report's sentence ("resulted in 25 fatalities, including 12
# civilians.") nor a sentence of the report ("3 fatalities were reported."). The same remark as a label: "Fatalities: 3."
_REMARK = (r"(?:(?:\d+|[a-z]+)\s+fatalit(?:y|ies)\b(?:[\s,;:]+(?!(?:was|were|is|are|had|have|has)\b)[\w-]+){0,4}"
           r"|fatalit(?:y|ies)\s*[:=]\s*\d+)")
_CODER_REMARK = re.compile(rf"(?:(?<=[.;!?])|^)\s*{_REMARK}\.?\s*$|\s*[(\[]\s*{_REMARK}[)\]]\.?\s*$", re.I)
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
    """The whole report's killed: location-blind."""
    return killed_sum(enriched.figures)


def killed_sum(figures: Iterable[Figure]) -> float:
    """Sum of the killed figures (a bound where there is no value); ACLED's 10 where only an unknown number was killed."""
    total = 0.0
    unknown = False
    for figure in figures:
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


def even_split_rows(rows: list[tuple[str, int]], whole: list[float], shared: Counter) -> dict[str, int]:
    """Diagnostic only: of the fatal rows sharing their notes with k rows, how many are coded as the report's dead
    divided evenly among them (floor or ceiling of whole / k), ACLED's convention for a report over several events.
    Reads the number of rows sharing the notes, never their fatalities; it is no reading of the text."""
    fatal = [(gold, w / shared[notes]) for (notes, gold), w in zip(rows, whole, strict=True) if gold > 0 and shared[notes] > 1]
    return {"rows": len(fatal), "even": sum(1 for gold, part in fatal if gold in (math.floor(part), math.ceil(part)))}


def acled_rows(path: Path) -> list[dict[str, str]]:
    """The file's rows with lower-case column names: ACLED's API and exports spell them `notes` or `NOTES`. A file
    without `notes` and `fatalities` columns is refused with a message naming what is missing."""
    with path.open(newline="", encoding="utf-8-sig") as fh:
        rows = [{(k or "").strip().lower(): (v or "").strip() for k, v in r.items()} for r in csv.DictReader(fh)]
    missing = {"notes", "fatalities"} - (set(rows[0]) if rows else set())
    if missing:
        raise ValueError(f"{path}: no {' or '.join(sorted(missing))} column; an ACLED export has both")
    return rows


def fatalities(value: str) -> int:
    return int(float(value)) if value else 0


_DATE_FORMATS = ("%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%m/%d/%Y", "%Y/%m/%d")


def event_date(value: str) -> date | None:
    """ISO (`2016-07-02`, the API) or the exports' `02 July 2016` / `02-July-2016`; None when unreadable (the row is
    then read for its place only)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def read_rows(path: Path) -> list[tuple[str, int]]:
    return [(strip_coder_remark(r["notes"]), fatalities(r["fatalities"])) for r in acled_rows(path)]


def read_sites(path: Path) -> list[EventSite]:
    """Each row's own place names (most specific first) and date: what the event-wise reading asks about. Never the
    fatalities, nor anything of another row."""
    return [
        EventSite(places=tuple(r.get(k) or "" for k in ("location", "admin3", "admin2", "admin1")),
                  on=event_date(r.get("event_date", "")))
        for r in acled_rows(path)
    ]


#: Conflict notes written for the project in ACLED's current style ("On 3 March 2023, …"), from other regions and years
#: than the dev file (Ukraine, Gaza, Sudan, the Sahel, Myanmar, Mexico, Haiti, …), each with the killed count its
#: words give under ACLED's conventions: scored exactly like the dev file (`wirestream eval --only heldout`).
HELDOUT_NOTES = Path(__file__).resolve().parent.parent.parent / "tests" / "fixtures" / "heldout_conflict_notes.csv"


def evaluate_heldout(args: argparse.Namespace, model: Model) -> dict:
    return evaluate(argparse.Namespace(acled=str(HELDOUT_NOTES)), model)




def evaluate_blind_set(name: str):  # noqa: ANN201 - a suite function
    """The suite function scoring one blind set like the dev file."""
    path = HELDOUT_NOTES.parent / BLIND_SETS[name]

    def suite(args: argparse.Namespace, model: Model) -> dict:
        return evaluate(argparse.Namespace(acled=str(path)), model)

    return suite


_BLIND_SUITES = {suite_function(name): name for name in BLIND_SETS}


def __getattr__(attribute: str):  # noqa: ANN202 - PEP 562: evaluate_blind, evaluate_blind_2, … one per blind set
    name = _BLIND_SUITES.get(attribute)
    if name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {attribute!r}")
    return evaluate_blind_set(name)


def evaluate(args: argparse.Namespace, model: Model) -> dict:
    from service.enrichment import enrich_many

    path = Path(getattr(args, "acled", None) or "../shared/data/acled/acled_dev.csv")
    if not path.exists():
        return {"skipped": f"ACLED file not found at {path} (pass --acled PATH)"}
    try:
        rows = read_rows(path)
    except ValueError as exc:
        return {"skipped": str(exc)}
    articles = [Article(id=f"acled-{i}", text=notes or ".") for i, (notes, _) in enumerate(rows)]
    enriched = list(enrich_many(articles, model=model, batch_size=64))
    whole = [killed_total(e) for e in enriched]
    tolls = [killed_at(e, site) for e, site in zip(enriched, read_sites(path), strict=True)]
    ours = [killed_sum(t.figures) for t in tolls]  # the headline: each row read for its own place and date
    naive = [naive_killed(notes) for notes, _ in rows]
    mine, blind, base = score(rows, ours), score(rows, whole), score(rows, naive)
    # ACLED splits one report over several events and divides its deaths among them: rows sharing their notes
    # cannot all be read right from the text, so the rate on the other rows is shown beside the headline one.
    shared = Counter(notes for notes, _ in rows)
    own = [(r, p) for r, p in zip(rows, ours, strict=True) if shared[r[0]] == 1]
    mine_own = score([r for r, _ in own], [p for _, p in own])
    split = even_split_rows(rows, whole, shared)
    misses = [
        {"row": i, "notes": notes[:300], "fatalities": gold, "read": p, "whole_report": w, "chosen_by": t.chosen_by}
        for i, ((notes, gold), p, w, t) in enumerate(zip(rows, ours, whole, tolls, strict=True))
        if (gold > 0 and p != gold) or (gold == 0 and p != 0)
    ]
    return {
        "summary": [
            ("ACLED rows with fatalities", mine["fatal_rows"], None),
            ("exact killed, fatal rows (row's place/date)", mine["exact_on_fatal"], 0.85),
            ("zero read, rows w/o fatalities (row's place/date)", mine["zero_on_zero"], 0.98),
            ("location-blind (whole report): exact, fatal rows", blind["exact_on_fatal"], None),
            ("location-blind (whole report): zero, rows w/o", blind["zero_on_zero"], None),
            ("exact killed, fatal rows whose notes are their own", mine_own["exact_on_fatal"], None),
            ("zero read, rows without fatalities whose notes are their own", mine_own["zero_on_zero"], None),
            ("fatal rows sharing their notes with other rows", split["rows"], None),
            ("  coded as an even split of the report (diagnostic)", split["even"], None),
            ("naive regex: exact on rows with fatalities", base["exact_on_fatal"], None),
            ("naive regex: zero on rows without", base["zero_on_zero"], None),
        ],
        "wirestream": mine,
        "location_blind": blind,
        "naive_regex": base,
        "rows_with_own_notes": mine_own,
        "even_split_diagnostic": split,
        "misses": misses,
    }
