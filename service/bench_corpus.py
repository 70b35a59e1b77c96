"""Reads a benchmark corpus (a folder of .txt, or a JSONL file) into distinct Articles, sampled evenly."""

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
    """A corpus record with its body under `text` and its headline under `title`, whatever it called them."""
    if isinstance(payload, dict) and not payload.get("text"):
        body = next((payload[k] for k in _TEXT_FIELDS if isinstance(payload.get(k), str) and payload[k].strip()), None)
        if body is not None:
            title = next((payload[k] for k in _TITLE_FIELDS if isinstance(payload.get(k), str)), None)
            payload = {**payload, "text": body, "title": payload.get("title") or title}
    return payload


class CorpusMissing(Exception):
    """The corpus path does not exist (benchmarks skip cleanly, with a message)."""


def load_corpus(path: str | Path, limit: int | None = None) -> list[Article]:
    """Articles of `path` (same readers as `wirestream publish`: .txt with a title line, .json, .jsonl, folders).

    Duplicates (same id, e.g. the same story filed twice) are dropped: latency is matched per article id. With a
    limit, the sample is spread evenly over the sorted corpus, so a folder per topic keeps its mix of topics.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusMissing(f"corpus {path} not found")
    articles: list[Article] = []
    seen: set[str] = set()
    for record in read_sources([str(path)]):
        if record.payload is None:
            continue
        try:
            article = Article.model_validate(as_article_payload(record.payload))
        except ValidationError:
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
