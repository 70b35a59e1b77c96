"""Finds quoted spans and attributes each to the actor who said it.

Attribution, first that applies:
1. a speech verb outside the quote in the same paragraph ("X said", "said X", "X, the ..., said", "X told ...",
   'X called the attack "sheer evil"'), nearest first: its subject, the person when the subject phrase holds a title
   and an organisation ("State Department spokesperson Matthew Miller"), the last person named before when the
   subject is a pronoun;
2. a quote introduced by a colon: the subject of the clause before the colon ('Biden ... issued a warning: "..."');
3. a quote that opens a paragraph with no verb of its own: the speaker of the sentence before it;
4. the only person named in the quote's sentence;
5. a quote that goes on after another one in the same paragraph: that one's speaker.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from schemas import Quote
from service import gazetteer
from service.enrichment.doctext import text_of
from service.enrichment.mentions import MentionIndex

_MARK = re.compile(r"[\"“”]")
# Lemmas; needs the lemmatizer (and the parser for subjects) of the pipeline.
_SAY = frozenset({
    "say", "tell", "add", "call", "warn", "write", "state", "ask", "insist", "argue", "explain", "note", "declare",
    "announce", "claim", "reply", "respond", "comment", "describe", "acknowledge", "admit", "caution", "stress",
    "urge", "predict", "recall", "conclude", "complain", "vow", "pledge", "promise", "quote", "tweet", "post",
})
_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_SUBJECTS = ("nsubj", "nsubjpass")
# A sentence ending outside quotes: lower-case letter, digit or bracket, a stop, then a capital ("U.S. Senate" is none).
_SENTENCE_END = re.compile(r"[a-z0-9)][.!?]\s+[A-Z\"“]")
_NEAR = 200  # characters between a quote and its speech verb in the same paragraph


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def _actor_of(tok: Token, index: MentionIndex) -> str | None:
    """The actor a subject token stands for: its own mention, else the person in its phrase, else any actor in it."""
    own = index.actor_in(tok.idx, tok.idx + len(tok))
    if own:
        return own
    sub = list(tok.subtree)
    found = index.actors_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
    people = [a for a in found if index.kinds.get(a) == "person"]
    return (people or found or [None])[0]


def _last_person_before(pos: int, index: MentionIndex, floor: int) -> str | None:
    return index.last_actor_before(pos, floor, kind="person")


def _subject_before(pronoun: Token, pos: int, index: MentionIndex, text: str) -> str | None:
    """The person who is the subject of the sentence before a pronoun's ('But Mr Howard denied Mr Yeo ... said the
    plans "stink". He also said ...': He is Mr Howard, the subject, not Mr Yeo, the last name), when that sentence
    has exactly one person as the subject of its main verb; the pronoun's own sentence up to the pronoun is read
    first."""
    sent = pronoun.sent
    doc = pronoun.doc
    spans = [doc[sent.start : pronoun.i]]
    if sent.start > 0:
        spans.append(doc[sent.start - 1].sent)
    # A person already named in the pronoun's paragraph ("- City boss Kevin Keegan: '...' he said") keeps the
    # search inside the paragraph; a paragraph that opens with the quote looks back into the one before.
    lo = text.rfind("\n", 0, pos) + 1
    floor = lo if index.last_actor_before(pos, lo, kind="person") else 0
    for span in spans:
        found = []
        for tok in span:
            if (tok.dep_ in _SUBJECTS and floor <= tok.idx < pos and tok.lower_ not in _PRONOUNS
                    and _main_subject(tok)):
                actor = index.actor_in(tok.idx, tok.idx + len(tok))
                if actor and index.kinds.get(actor) == "person" and actor not in found:
                    found.append(actor)
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def _main_subject(tok: Token) -> bool:
    """The subject of its sentence's main verb (or of a verb joined to it), not of a clause inside it."""
    root = tok.sent.root
    return tok.head == root or (tok.head.dep_ == "conj" and tok.head.head == root)


def _described(tok: Token) -> bool:
    """'the American said', 'the 23-year-old said': a person referred to by what they are, like a pronoun."""
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and tok.lower_ in gazetteer.demonyms()


def _subject_speaker(verb: Token, index: MentionIndex, quote: tuple[int, int], text: str) -> str | None:
    for child in verb.children:
        if child.dep_ in _SUBJECTS and not (quote[0] <= child.idx < quote[1]):
            if child.lower_ in _PRONOUNS or _described(child):
                # "He said X would '...'": the pronoun's antecedent comes before the pronoun, not before the quote.
                pos = min(child.idx, quote[0])
                return _subject_before(child, pos, index, text) or _last_person_before(pos, index, max(0, pos - 1500))
            actor = _actor_of(child, index)
            if actor:
                return actor
    return None


def _verb_speaker(doc: Doc, text: str, start: int, end: int, index: MentionIndex) -> str | None:
    lo, hi = _paragraph(text, start, end)
    span = doc.char_span(max(lo, start - _NEAR), min(hi, end + _NEAR), alignment_mode="contract")
    if span is None:
        return None
    verbs = [t for t in span if t.lemma_ in _SAY and not (start <= t.idx < end) and t.pos_ in ("VERB", "AUX")]
    verbs.sort(key=lambda t: t.idx - end if t.idx >= end else (start - t.idx) * 2)
    for verb in verbs:
        # A verb before the quote counts only in the quote's own sentence ("X said: ..." / 'X called it "..."').
        if verb.idx < start and verb.sent.end_char < start:
            continue
        if verb.idx >= end and _SENTENCE_END.search(text, end, verb.idx):
            # A verb after the quote counts only before the next sentence: in '"..." He also denied ... The
            # Conservatives announced ...' the second sentence's subject did not say the quote.
            continue
        speaker = _subject_speaker(verb, index, (start, end), text)
        if speaker:
            return speaker
    return None


def _colon_speaker(doc: Doc, text: str, start: int, index: MentionIndex) -> str | None:
    before = text[max(0, start - 4) : start]
    if ":" not in before:
        return None
    colon = text.rfind(":", 0, start)
    tok = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if tok is None:
        return None
    sent = tok.sent
    root = sent.root
    for verb in [root, *[t for t in sent if t.dep_ == "conj" and t.head is root]]:
        speaker = _subject_speaker(verb, index, (start, start), text)
        if speaker:
            return speaker
    return None


def _previous_speaker(doc: Doc, text: str, start: int, index: MentionIndex) -> str | None:
    """A quote that opens its paragraph continues the last speaker named just before."""
    lo, _ = _paragraph(text, start, start)
    if text[lo:start].strip() not in ("", '"', "“"):
        return None
    prev = doc.char_span(max(0, lo - 400), max(0, lo - 1), alignment_mode="contract")
    if prev is None:
        return None
    for tok in reversed(list(prev)):
        if tok.lemma_ in _SAY:
            speaker = _subject_speaker(tok, index, (start, start), text)
            if speaker:
                return speaker
    return None


def _speaker(doc: Doc, text: str, start: int, end: int, index: MentionIndex) -> str | None:
    speaker = _verb_speaker(doc, text, start, end, index) or _colon_speaker(doc, text, start, index)
    if speaker:
        return speaker
    speaker = _previous_speaker(doc, text, start, index)
    if speaker:
        return speaker
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sent_start, sent_end = span.sent.start_char, span.sent.end_char
    people = [a for a in index.actors_in(end, sent_end) + index.actors_in(sent_start, start) if index.kinds.get(a) == "person"]
    return people[0] if len(set(people)) == 1 else None


def _opens(line: str, i: int) -> bool:
    """A quote mark opens when it is curly-left, or straight with a space (or line start) before and a word after."""
    if line[i] != '"':
        return line[i] == "“"
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage, paragraph by paragraph.

    A mark opens or closes by what stands beside it. A quote still open when the next one opens, or at the end of
    its paragraph, ends there: news writing leaves a quote that runs on into a new sentence or paragraph unclosed.
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        opened: int | None = None
        for m in _MARK.finditer(line):
            i = m.start()
            if _opens(line, i):
                if opened is not None and line[opened:i].strip():
                    spans.append((pos + opened, pos + opened + len(line[opened:i].rstrip())))
                opened = i + 1
            elif opened is not None:
                if i > opened:
                    spans.append((pos + opened, pos + i))
                opened = None
        if opened is not None and line[opened:].strip():
            spans.append((pos + opened, pos + opened + len(line[opened:].rstrip())))
        pos += len(line) + 1
    return spans


def extract_quotes(doc: Doc, index: MentionIndex, *, text: str | None = None) -> list[Quote]:
    quotes: list[Quote] = []
    text = text_of(doc) if text is None else text  # doc.text is joined anew from the tokens on each access
    for start, end in quoted_spans(text):
        said = text[start:end]
        if not said.strip():
            continue
        if len(said.split()) < 2 and not said[:1].isupper():
            # A single lower-case word in quotes is a scare quote, not something said.
            continue
        speaker = _speaker(doc, text, start, end, index)
        if speaker is None and quotes and quotes[-1].speaker and "\n" not in text[quotes[-1].end : start]:
            # A quote that goes on after another in the same paragraph is the same speaker's.
            speaker = quotes[-1].speaker
        quotes.append(Quote(speaker=speaker, text=said, start=start, end=end))
    return quotes
