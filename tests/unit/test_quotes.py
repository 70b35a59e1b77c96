"""Quotes with speakers: the seed's four quotes, and the usual attribution patterns on synthetic text."""

from __future__ import annotations

import pytest

from schemas import Article
from service.enrichment import enrich


def _speaker_name(enriched, starts: str) -> str | None:
    quote = next(q for q in enriched.quotes if q.text.startswith(starts))
    actor = next((a for a in enriched.actors if a.id == quote.speaker), None)
    return actor.name if actor else None


@pytest.mark.parametrize(
    ("starts", "speaker"),
    [
        ("Secretary Blinken has been intensely focused", "Matthew Miller"),
        ("The attack by Hamas is a reminder", "Alex Vatanka"),
        ("sheer evil", "Joe Biden"),
        ("I have one word: Don't.", "Joe Biden"),
    ],
)
def test_seed_quote_speakers(seed_enriched, starts, speaker):
    assert _speaker_name(seed_enriched, starts) == speaker


def test_quote_offsets_index_the_text(seed_enriched):
    for q in seed_enriched.quotes:
        assert seed_enriched.article.text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "starts", "speaker"),
    [
        ('John Smith said: "We will not back down from this fight."', "We will not", "John Smith"),
        ('"Prices will keep rising this year," said Maria Lopez, an economist at the bank.', "Prices will", "Maria Lopez"),
        ('"Prices will keep rising this year," Maria Lopez said.', "Prices will", "Maria Lopez"),
        (
            'Peter Brown, the mayor of the town, told reporters: "The bridge will reopen on Monday."',
            "The bridge",
            "Peter Brown",
        ),
        (
            'Anna Weber spoke to reporters in Berlin on Friday.\n"This is only the beginning of the talks," she said.',
            "This is only",
            "Anna Weber",
        ),
        (
            'Union leader Tom Hart said the strike would go on.\n"We have no choice left at all."',
            "We have no",
            "Tom Hart",
        ),
    ],
)
def test_attribution_patterns(model, text, starts, speaker):
    enriched = enrich(Article.model_validate({"text": text}), model=model)
    assert _speaker_name(enriched, starts) == speaker


def test_a_verb_in_a_later_sentence_does_not_take_the_quote(model):
    from schemas import Article
    from service.enrichment import enrich

    text = ('Michael Howard said the cabinet had weighed the arguments. "I do not pretend that it is an easy '
            'decision." He also denied he was afraid. The Conservatives announced their support on Monday.\n')
    quote = enrich(Article.model_validate({"text": text}), model=model).quotes[0]
    assert quote.speaker != "organization:conservative-party"


def test_the_demonym_subject_is_the_person_described(model):
    from schemas import Article
    from service.enrichment import enrich

    text = 'Serena Williams won the final. "I never stopped believing," the American said.\n'
    quote = enrich(Article.model_validate({"text": text}), model=model).quotes[0]
    assert quote.speaker == "person:serena-williams"


def test_a_pronoun_is_the_subject_before_it_not_the_last_name(model):
    from schemas import Article
    from service.enrichment import enrich

    text = ('But Michael Howard denied that David Davis had said the plans "stink". He also said he was confident '
            'the bill would "help the police catch terrorists".\n')
    quotes = enrich(Article.model_validate({"text": text}), model=model).quotes
    quote = next(q for q in quotes if q.text.startswith("help the police"))
    assert quote.speaker == "person:michael-howard"


def test_a_speaker_named_in_the_paragraph_keeps_the_pronoun_there(model):
    from schemas import Article
    from service.enrichment import enrich

    text = ('United keeper Roy Carroll saved well late on.\n\n- City boss Kevin Keegan: "We had a great chance to '
            'take the lead. "We started off well but then we allowed them to dictate the pace," he said.\n')
    quotes = enrich(Article.model_validate({"text": text}), model=model).quotes
    assert {q.speaker for q in quotes} == {"person:kevin-keegan"}
