"""Content checks on a decoded Article before enrichment: markup, length budget, language; pure and deterministic."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from schemas import Article
from service.intake import Rejection

# Tags (comments and doctypes included) and character entities. Every repetition is bounded and stops at the next
# '<' or '>', so the scan stays linear in the text even on hostile input.
_MARKUP = re.compile(r"</?[A-Za-z!?][^<>]{0,2000}>|&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,10});")
_WORD = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
_SPACE = re.compile(r"\s")
_LOWER_WORD = re.compile(r"[a-z]+")

#: The commonest English function words. In English prose they are about a third of the words; in other languages
#: written in Latin script a few of them occur as words of that language ("in", "an", "is", "on", "die" is not one),
#: at a few per cent. A sample where they pass `english_function_share` is English without asking the identifier.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in is that for it was on with as by at from his he her she are be this have has had said were "
    "which an not but they their been will would who its after also".split()
)

#: The languages the spaCy pipeline reads; anything else would produce actors and events that are noise.
SUPPORTED_LANGUAGES = frozenset({"en"})


@dataclass(frozen=True)
class ScreeningRules:
    """Thresholds of the checks; the defaults are what the worker uses."""

    max_words: int = 20_000
    max_markup_share: float = 0.5
    #: Below this many letters, language identification is a guess: such texts are treated as English.
    min_letters_for_language: int = 40
    #: A text is rejected only when another language is this likely; mixed or unclear texts are enriched.
    min_language_confidence: float = 0.9
    #: Characters fed to the language identifier (its cost grows with the length; the start is representative).
    language_sample_chars: int = 2_000
    #: A sample of at least `english_min_words` words in which English function words make up this share is read as
    #: English at once: the identifier (about 1.4 ms an article, a fifth of the worker's own CPU) is for the rest.
    english_function_share: float = 0.2
    english_min_words: int = 30


def markup_share(text: str) -> float:
    """Share of the non-blank characters that are tags or entities."""
    first = _MARKUP.search(text)
    if first is None:
        return 0.0  # most articles: no tag or entity at all, and no need to count the blanks
    visible = len(text) - len(_SPACE.findall(text))
    if not visible:
        return 0.0
    tagged = sum(sum(1 for ch in m.group(0) if not ch.isspace()) for m in _MARKUP.finditer(text))
    return tagged / visible


@functools.cache
def load_language_identifier():
    """The identifier, loaded once per process: ~0.6 s of CPU (an LZMA-packed model) and ~90 MB. The worker loads it
    at start-up: loaded on first use, it stalled the worker's event loop, and every article in flight, for that long
    the first time a text was not plainly English."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def plainly_english(sample: str, *, rules: ScreeningRules = ScreeningRules()) -> bool:
    """True when English function words make up a large share of the sample's words (see _ENGLISH_FUNCTION_WORDS)."""
    words = _LOWER_WORD.findall(sample.lower())
    if len(words) < rules.english_min_words:
        return False
    return sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) >= rules.english_function_share * len(words)


def detect_language(text: str, *, rules: ScreeningRules = ScreeningRules()) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability) of the text with its markup removed, or None when there is too little to tell.

    Plain English prose is recognised by its function words without running the identifier (probability 1.0)."""
    sample = _MARKUP.sub(" ", text[: rules.language_sample_chars * 2])[: rules.language_sample_chars]
    if sum(1 for _ in itertools.islice(_LETTER.finditer(sample), rules.min_letters_for_language)) \
            < rules.min_letters_for_language:
        return None  # (counting stops at the threshold: a list of every letter cost 4 % of the worker's CPU)
    if plainly_english(sample, rules=rules):
        return "en", 1.0
    language, probability = load_language_identifier().classify(sample)
    return str(language), float(probability)


def _declared_language(article: Article) -> str | None:
    if not article.language or not article.language.strip():
        return None
    return article.language.strip().lower().replace("_", "-").split("-")[0]


def screen(article: Article, *, rules: ScreeningRules = ScreeningRules()) -> Rejection | None:
    """None when the article can be enriched, else the Rejection that dead-letters it, with its own reason code.

    Order matters: markup first (a page's tags would confuse the other checks), then the word budget (cheap, and it
    keeps pathological inputs away from spaCy), then the language."""
    text = article.text
    share = markup_share(text)
    if share > rules.max_markup_share:
        return Rejection("mostly_markup", f"{share:.0%} of the text is markup (tags or entities); send the article text", article.id)
    # a word takes at least one character, so a text no longer than the budget in characters is within it in words
    words = sum(1 for _ in _WORD.finditer(text)) if len(text) > rules.max_words else 0
    if words > rules.max_words:
        return Rejection("too_long", f"the text has {words} words, over the {rules.max_words}-word enrichment budget", article.id)
    declared = _declared_language(article)
    if declared is not None and declared not in SUPPORTED_LANGUAGES:
        return Rejection("unsupported_language", f"the article declares language {declared!r}; wirestream reads English", article.id)
    detected = detect_language(text, rules=rules)
    if detected is not None:
        language, probability = detected
        if language not in SUPPORTED_LANGUAGES and probability >= rules.min_language_confidence:
            return Rejection(
                "unsupported_language",
                f"the text reads as language {language!r} (p={probability:.2f}); wirestream reads English",
                article.id,
            )
    return None
