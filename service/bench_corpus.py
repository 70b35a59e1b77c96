"""Reads a benchmark corpus (a folder, JSON lines, CSV/TSV, plain or compressed) into distinct Articles, sampled evenly."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from schemas import Article
from service.sources import read_sources


#: Where other news corpora keep the body and the headline (CNN/DailyMail "article", news crawls "content"/"body",
#: AG News "description"); the bench reads them as `text`/`title`. The service's own intake stays strict.
_TEXT_FIELDS = ("text", "body", "content", "article", "story", "maintext", "description")
_TITLE_FIELDS = ("title", "headline")


def as_article_payload(payload: dict) -> dict:
    """A corpus record with its body under `text` and its headline under `title`, whatever it called them, and a
    numeric id as a string."""
    if isinstance(payload, dict) and not payload.get("text"):
        body = next((payload[k] for k in _TEXT_FIELDS if isinstance(payload.get(k), str) and payload[k].strip()), None)
        if body is not None:
            title = next((payload[k] for k in _TITLE_FIELDS if isinstance(payload.get(k), str)), None)
            payload = {**payload, "text": body, "title": payload.get("title") or title}
    if isinstance(payload, dict) and isinstance(payload.get("id"), int | float) and not isinstance(payload["id"], bool):
        payload = {**payload, "id": str(payload["id"])}
    return payload


def as_article(payload: dict) -> Article | str:
    """The record as an Article, or why not. A field the schema cannot take (a date written "Mon, 2 Jul 2018", an id
    of 300 characters) is left out rather than losing the article: the bench needs the text."""
    payload = as_article_payload(payload)
    try:
        return Article.model_validate(payload)
    except ValidationError as exc:
        bad = {e["loc"][0] for e in exc.errors() if e["loc"]} - {"text"}
        first = exc.errors()[0]
        reason = f"{'.'.join(map(str, first['loc'])) or 'record'}: {first['msg']}"
    if not bad:
        return reason
    try:
        return Article.model_validate({k: v for k, v in payload.items() if k not in bad})
    except ValidationError:
        return reason


class CorpusMissing(Exception):
    """The corpus path does not exist (benchmarks skip cleanly, with a message)."""


def load_corpus(path: str | Path, limit: int | None = None, *, skipped: list[str] | None = None) -> list[Article]:
    """Articles of `path` (same readers as `wirestream publish`, see service/sources.py; fields named as other
    corpora name them, see `as_article_payload`).

    Duplicates (same id, e.g. the same story filed twice) are dropped: latency is matched per article id. With a
    limit, the sample is spread evenly over the sorted corpus, so a folder per topic keeps its mix of topics. Each
    record that is not an article is appended to `skipped` as "where: why".
    """
    path = Path(path)
    if not path.exists():
        raise CorpusMissing(f"corpus {path} not found")
    articles: list[Article] = []
    seen: set[str] = set()
    for record in read_sources([str(path)]):
        article = as_article(record.payload) if record.payload is not None else record.error or "unreadable"
        if isinstance(article, str):
            if skipped is not None:
                skipped.append(f"{record.origin}: {article}")
            continue
        assert article.id is not None
        if article.id in seen:
            continue
        seen.add(article.id)
        articles.append(article)
    if limit is not None and 0 < limit < len(articles):
        step = len(articles) / limit
        articles = [articles[int(i * step)] for i in range(limit)]
    return articles
