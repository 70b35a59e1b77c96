"""Reads articles from files: wire-story .txt, .json, JSON lines, CSV/TSV (each maybe gzip/bz2/xz), and directories."""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import lzma
import re
import sys
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


#: Compressed files are read through these, by their last suffix ("news.jsonl.gz" is JSON lines).
_OPENERS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
_JSON_LINES = (".jsonl", ".ndjson", ".jsonlines")
_TABLES = {".csv": ",", ".tsv": "\t"}
#: The suffixes read from a directory (other files, such as a corpus's README, are not articles).
READABLE = (".txt", ".json", *_JSON_LINES, *_TABLES)


def kind_of(path: Path) -> str:
    """The format suffix, under any compression suffix: "a.jsonl.gz" → ".jsonl" (case kept: a directory's
    README.TXT is not an article)."""
    suffixes = path.suffixes
    if suffixes and suffixes[-1].lower() in _OPENERS:
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _open_text(path: Path, encoding: str = "utf-8-sig") -> io.TextIOBase:
    opener = _OPENERS.get(path.suffix.lower())
    if opener is None:
        return path.open(encoding=encoding, newline="")
    return opener(path, "rt", encoding=encoding, newline="")


def _read_text(path: Path) -> str:
    try:
        with _open_text(path) as fh:
            return fh.read()
    except UnicodeDecodeError:
        with _open_text(path, "latin-1") as fh:
            return fh.read()


def _table_rows(path: Path, delimiter: str) -> Iterator[SourceRecord]:
    """A CSV/TSV file with a header row: each row an object of its non-empty columns (an article body in one field can
    run over many lines and many kilobytes)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with _open_text(path) as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        try:
            for row in reader:
                origin = f"{path}:{reader.line_num}"
                if None in row:
                    yield SourceRecord(origin, None, f"more fields than the header's {len(reader.fieldnames or [])}")
                    continue
                values = {k.strip(): v for k, v in row.items() if k and v not in (None, "")}
                if values:
                    yield SourceRecord(origin, values)
        except (csv.Error, UnicodeDecodeError) as exc:
            yield SourceRecord(f"{path}:{reader.line_num}", None, f"not readable as {kind_of(path)[1:].upper()}: {exc}")


def read_path(path: Path) -> Iterator[SourceRecord]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and kind_of(p) in READABLE):
            yield from read_path(child)
        return
    kind = kind_of(path).lower()
    try:
        if kind in _JSON_LINES:
            with _open_text(path) as fh:
                yield from _json_lines(fh, str(path))
            return
        if kind in _TABLES:
            yield from _table_rows(path, _TABLES[kind])
            return
        raw = _read_text(path)
    except (OSError, EOFError, lzma.LZMAError, UnicodeDecodeError) as exc:
        yield SourceRecord(str(path), None, f"cannot read: {exc}")
        return
    if kind == ".json":
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
