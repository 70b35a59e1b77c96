"""Composes the enrichment steps over one parsed document: layout, actors, figures, quotes, events."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

import service
from schemas import Article, ArticleMeta, EnrichedArticle, Incident, Processing
from service.enrichment.actors import resolve_actors
from service.enrichment.events import extract_events
from service.enrichment.figures import extract_figures
from service.enrichment.incidents import IncidentStarts, read_incidents
from service.enrichment.entities import read_capitals_lines
from service.enrichment.layout import read_layout
from service.enrichment.mentions import MentionIndex
from service.enrichment.quotes import extract_quotes
from service.nlp import Model


def enrich_doc(article: Article, doc: Doc, model: Model, *, started: float | None = None) -> EnrichedArticle:
    """Everything but the model call: pure over (article, parsed doc)."""
    assert article.id is not None
    layout = read_layout(article.text)
    actors = resolve_actors(doc, layout, nlp=model.nlp, text=article.text)  # spaCy's doc.text is the text it was given
    index = MentionIndex(actors)
    incidents = read_incidents(doc, max(layout.body_start, layout.dateline_end or 0, layout.headline_end or 0))
    figures = extract_figures(doc, layout, index, article.id, incidents=incidents)
    quotes = extract_quotes(doc, index, text=article.text)
    events = extract_events(doc, layout, index, figures, article.id)
    for item in (*figures, *events):
        item.incident = incidents.of(item.start)
    published = layout.published or (article.published_at.date() if isinstance(article.published_at, datetime) else article.published_at)
    return EnrichedArticle(
        article_id=article.id,
        article=article,
        meta=ArticleMeta(
            dateline=layout.dateline,
            published=published,
            authors=layout.authors,
            editors=layout.editors,
            language=article.language or "en",
        ),
        actors=actors,
        figures=figures,
        quotes=quotes,
        events=events,
        incidents=_incidents(incidents, len(article.text)),
        processing=Processing(
            model=model.name,
            model_version=model.version,
            wirestream_version=service.__version__,
            processed_at=datetime.now(UTC),
            duration_ms=None if started is None else round((time.perf_counter() - started) * 1000, 3),
        ),
    )


def _incidents(starts: IncidentStarts, length: int) -> list[Incident]:
    if not starts.starts:
        return []
    bounds = [0, *starts.starts, length]
    return [Incident(number=k, start=bounds[k], end=bounds[k + 1], cue=None if k == 0 else starts.cues[k - 1])
            for k in range(len(bounds) - 1)]


def parse_input(nlp: Language, text: str) -> Doc:
    """The text tokenised for the pipeline, with a sentence made to start after a wire dateline: in "KYIV, March 3
    (Reuters) - Russian missiles struck …" the parser otherwise takes the city for the subject of the lead sentence,
    and the lead's event and attributions are lost. The text is unchanged; the parser keeps boundaries set before it."""
    doc = nlp.make_doc(text)
    layout = read_layout(text)
    end = layout.dateline_end or layout.headline_end  # a title line with no dateline below it ends a sentence too
    if end is not None:
        for tok in doc:
            if tok.idx >= end and not tok.is_space:
                if tok.i > 0:
                    tok.is_sent_start = True
                break
    if _TIMESTAMP_LINE.search(text):
        # a live blog's entries, each a line opening with its time ("11:20 – Earlier this morning …"): each starts a
        # sentence (the parser runs one entry into the next)
        for tok in doc[1:]:
            if "\n" in doc[tok.i - 1].text and _TIMESTAMP.match(tok.text):
                tok.is_sent_start = True
    if ":" in text:
        # "Zaporizhzhia governor Ivan Fedorov: a husband and wife were killed …": a speaker's label opening a line, as
        # live blogs and news tickers write, ends before what is said (else the parser makes the name the subject)
        orths = doc.to_array(ORTH)
        for i in np.flatnonzero((orths == doc.vocab.strings[":"]) | (orths == doc.vocab.strings["):"])).tolist():
            line_start = i  # the line's first token: the label runs from it to the colon
            while line_start > 0 and i - line_start <= 7 and "\n" not in doc[line_start - 1].text:
                line_start -= 1
            label = doc[line_start:i]
            # (a name with its initials in brackets too: "Syrian Observatory for Human Rights (SOHR): …")
            bracketed = doc[i].text == "):" or (len(label) > 0 and label[-1].text == ")")
            if 2 <= len(label) <= 7 + 2 * bracketed and i + 1 < len(doc) \
                    and all(t.is_alpha or (bracketed and t.text in "()" and t.i >= i - 3) for t in label) \
                    and any(t.is_title for t in label) and doc[i + 1].is_alpha:
                doc[i + 1].is_sent_start = True
    if _SHORTHAND.search(text):
        # Field notes' shorthand the model reads badly: "SOHR reported 11 IS fighters" (the upper-case "IS" taken for
        # the verb), "At least 15 ppl killed incl 2 MPs", "3 AS fighters were also killed". Each word's norm (what the
        # model sees of it; the text is unchanged) is made the word it stands for; "IS" and "AS" only in prose (a
        # lower-case word or a number beside them), never in a line of capitals.
        for tok in doc:
            norm = _NORMS.get(tok.text) or _NORMS.get(tok.lower_) if tok.text not in ("IS", "AS") else _NORMS[tok.text]
            if norm is None:
                continue
            if tok.text in ("IS", "AS") and not any(
                    n.is_lower or n.like_num for n in doc[max(tok.i - 1, 0):tok.i + 2] if n.is_alpha or n.like_num):
                continue
            if tok.text == "AS" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _GROUP_MEMBERS):
                continue  # "AS fighters", "3 AS militants": Al Shabaab; not "AS" as a word
            tok.norm_ = norm
    if _LETTER_STOP.search(text):
        # "according to the SPLM-N. SAF put the toll at 4": a name ending in a letter ("SPLM-N", "ISIS-K") and a full
        # stop, which the tokenizer keeps as one token like an initial, ends the sentence
        for tok in doc[2:]:
            prev = doc[tok.i - 1]
            if len(prev.text) == 2 and prev.text[1] == "." and prev.text[0].isupper() and doc[tok.i - 2].text == "-" \
                    and not doc[tok.i - 2].whitespace_ and prev.whitespace_ and tok.text[:1].isupper():
                tok.is_sent_start = True
    if _NUMBER_STOP_NUMBER.search(text):
        # "raised the toll to 208. 125 children were abducted": the parser does not end a sentence before a digit
        for tok in doc[2:]:
            if tok.is_digit and doc[tok.i - 1].text == "." and doc[tok.i - 2].like_num and tok.idx > doc[tok.i - 1].idx + 1:
                tok.is_sent_start = True
    return doc


_NUMBER_STOP_NUMBER = re.compile(r"\d\.\s+\d")
_TIMESTAMP_LINE = re.compile(r"\n\s*\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|[AP]M)?\s*[–—-]", re.I)
_TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}$")
#: Shorthand of field notes, and what it stands for (see parse_input).
_NORMS = {"IS": "isis", "AS": "shabaab", "ppl": "people", "incl": "including", "incl.": "including", "approx": "about",
          "approx.": "about", "govt": "government", "govt.": "government", "w/": "with"}
_SHORTHAND = re.compile(r"\b(?:IS|AS|ppl|incl|approx|govt)\b|w/", re.I)
_GROUP_MEMBERS = frozenset({"fighters", "militants", "members", "gunmen", "insurgents", "fighter", "militant", "member"})
_LETTER_STOP = re.compile(r"-[A-Z]\.\s+[A-Z]")


@contextmanager
def memory_zone(nlp: Language) -> Iterator[None]:
    """`nlp.memory_zone()`, always left as if its body had returned, the body's exception raised after. spaCy before
    3.8.14 frees a zone's strings but keeps its lexemes when an exception leaves the zone, and every later zone then
    fails on a word whose string is gone (AssertionError in Vocab.get): one bad article would break the worker."""
    failure: BaseException | None = None
    with nlp.memory_zone():
        try:
            yield
        except BaseException as e:  # noqa: BLE001 - raised again below, outside the zone
            failure = e
    if failure is not None:
        raise failure


#: Lexemes the vocabulary keeps for good. Below this, a batch's texts are tokenised outside its memory zone, so the
#: words they bring stay; at it, everything a batch adds is freed with the batch. A zone frees every word its texts
#: brought, so without a permanent vocabulary each batch made "the", "said" and "killed" anew: 0.4 ms of a 4 ms field
#: note, 2.8 of a 35 ms BBC story. The first words met are mostly the language's common ones; all 2,127 BBC stories
#: bring 40,000 lexemes and about 4 MB (docs/benchmarks.md), so the bound costs a few MB for good.
VOCABULARY = 100_000


def tokenised(nlp: Language, texts: list[str], *, vocabulary: int = VOCABULARY) -> list[Doc] | None:
    """The texts as `parse_input` docs when the vocabulary has room for their words (call it outside any memory
    zone: what it adds stays); None when it is full and the texts should be tokenised inside the batch's zone."""
    if len(nlp.vocab) >= vocabulary:
        return None
    return [parse_input(nlp, text) for text in texts]


def enrich(article: Article, *, model: Model, vocabulary: int = VOCABULARY) -> EnrichedArticle:
    started = time.perf_counter()
    inputs = tokenised(model.nlp, [article.text], vocabulary=vocabulary)
    with memory_zone(model.nlp):
        doc = inputs[0] if inputs else parse_input(model.nlp, article.text)
        return enrich_doc(article, model.nlp(doc), model, started=started)


#: Most words parsed in one `nlp.pipe` batch. The parser and NER hold arrays for every token of a batch at once: 16
#: long stories together took the model process from ~200 MB to over 500 MB; with this cap a batch of typical news
#: (~350 words an article) is unchanged and long stories go in smaller batches.
BATCH_WORDS = 6_000


def batches(articles: list[Article], batch_size: int, batch_words: int = BATCH_WORDS) -> Iterator[list[Article]]:
    """Consecutive batches of at most `batch_size` articles and, unless one article alone is longer, `batch_words`
    words."""
    batch: list[Article] = []
    words = 0
    for article in articles:
        n = len(article.text.split())
        if batch and (len(batch) >= batch_size or words + n > batch_words):
            yield batch
            batch, words = [], 0
        batch.append(article)
        words += n
    if batch:
        yield batch


def enrich_many(articles: Iterable[Article], *, model: Model, batch_size: int = 64,
                batch_words: int = BATCH_WORDS, vocabulary: int = VOCABULARY) -> Iterator[EnrichedArticle]:
    """Batched through nlp.pipe (see `batches`); yields in input order.

    Each batch is parsed and enriched inside a spaCy memory zone: the strings and lexemes its texts add to the
    vocabulary are freed after it (the outputs hold no spaCy object), so a worker that reads news for weeks keeps a
    vocabulary of bounded size instead of one that grows with every new name and number: the words of the first
    texts, up to `vocabulary` lexemes, stay (see `VOCABULARY`)."""
    for batch in batches(list(articles), batch_size, batch_words):
        out: list[EnrichedArticle] = []
        started = time.perf_counter()
        texts = [a.text for a in batch]
        inputs = tokenised(model.nlp, texts, vocabulary=vocabulary)
        with memory_zone(model.nlp):
            if inputs is None:
                inputs = [parse_input(model.nlp, t) for t in texts]
            docs = list(model.nlp.pipe(inputs, batch_size=len(batch)))
            read_capitals_lines(docs, texts, model.nlp)
            for article, doc in zip(batch, docs, strict=True):
                out.append(enrich_doc(article, doc, model, started=started))
                started = time.perf_counter()
        yield from out


def comparable(enriched: EnrichedArticle) -> dict:
    """The enriched output minus the processing stamp (time, duration): what parity between two paths compares."""
    return enriched.model_dump(mode="json", exclude={"processing"})
