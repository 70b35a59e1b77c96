"""The text of a parsed document, read once: spaCy joins `Doc.text` anew from every token on each access."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT = "wirestream.text"


def text_of(doc: Doc) -> str:
    """`doc.text`, kept in the doc's `user_data` after the first call (a doc's tokens never change after parsing)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text

