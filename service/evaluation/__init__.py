"""`wirestream eval`: quality of the enrichment on the seed article and on the shared dev sets."""

from __future__ import annotations

import argparse

from service.settings import Settings


def run_eval(args: argparse.Namespace, settings: Settings) -> int:
    raise RuntimeError("wirestream eval is not built yet (issues #3 and #4)")
