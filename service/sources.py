"""Reads articles from files: the seed's wire-story .txt format, .json, .jsonl, directories, and JSON lines."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s*")


@dataclass(frozen=True)
class SourceRecord:
    """One article-to-be as a JSON object, or the reason it could not be read, with where it came from."""

    origin: str
    payload: dict | None
    error: str | None = None


def article_from_text(raw: str, *, name: str | None = None) -> dict:
    """A wire story: ' date YYYY-MM-DD' header → published_at; a first line followed by a blank line → title."""
    payload: dict = {}
    header = _DATE_HEADER.match(raw)
    if header:
        payload["published_at"] = header.group(1)
        text = raw[header.end() :]
    else:
        text = raw
        first, sep, _rest = raw.partition("\n\n")
        if sep and "\n" not in first.strip() and len(first.strip()) < 200:
            payload["title"] = first.strip()
    payload["text"] = text.rstrip() + "\n" if text.strip() else text
    if name:
        payload["source"] = name
    return payload


def _json_lines(lines: Iterable[str], origin: str) -> Iterator[SourceRecord]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield SourceRecord(f"{origin}:{n}", None, f"not JSON: {exc}")
            continue
        if isinstance(value, dict):
            yield SourceRecord(f"{origin}:{n}", value)
        else:
            yield SourceRecord(f"{origin}:{n}", None, "not a JSON object")


def read_path(path: Path) -> Iterator[SourceRecord]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (".txt", ".json", ".jsonl")):
            yield from read_path(child)
        return
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            yield from _json_lines(fh, str(path))
        return
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raw = path.read_text(encoding="latin-1")
    if path.suffix == ".json":
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            yield SourceRecord(str(path), None, f"not JSON: {exc}")
            return
        values = value if isinstance(value, list) else [value]
        for i, item in enumerate(values):
            if isinstance(item, dict):
                yield SourceRecord(f"{path}[{i}]", item)
            else:
                yield SourceRecord(f"{path}[{i}]", None, "not a JSON object")
        return
    yield SourceRecord(str(path), article_from_text(raw, name=path.name))


def read_sources(paths: Iterable[str], stdin: Iterable[str] | None = None) -> Iterator[SourceRecord]:
    """Each path in turn; '-' reads JSON lines from stdin."""
    for p in paths:
        if p == "-":
            yield from _json_lines(stdin or [], "<stdin>")
        else:
            path = Path(p)
            if not path.exists():
                yield SourceRecord(p, None, "no such file or directory")
            else:
                yield from read_path(path)
