"""Screening gives markup, over-long and non-English articles their own reason codes and passes real news through."""

from __future__ import annotations

import pytest

from schemas import Article
from service.screening import ScreeningRules, detect_language, markup_share, plainly_english, screen

ENGLISH = "Hamas fighters attacked southern Israel on Saturday, and the government said it would respond with force."
FRENCH = "Le gouvernement français a annoncé mardi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse."
GERMAN = "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Landwirte angekündigt, teilte das Ministerium mit."

# Paragraphs of news prose in other languages (each over 50 words): English function words stay under 8 % of them.
PARAGRAPHS = {
    "de": (
        "Die Bundesregierung hat am Dienstag in Berlin ein neues Paket zur Unterstützung der Landwirte "
        "vorgestellt, die unter der anhaltenden Dürre leiden. Das Ministerium teilte mit, dass die Hilfen in "
        "den kommenden Wochen ausgezahlt werden sollen. Ein Sprecher sagte, man habe mit den Ländern "
        "gesprochen und eine Einigung erzielt. Die Opposition kritisierte das Paket als zu klein und zu spät, "
        "es sei an der Zeit für grundlegende Reformen."
    ),
    "fr": (
        "Le gouvernement a présenté mardi à Paris un nouveau plan de soutien aux agriculteurs touchés par la "
        "sécheresse. Le ministère a indiqué que les aides seraient versées dans les prochaines semaines. Un "
        "porte-parole a déclaré que des discussions avaient eu lieu avec les régions et qu'un accord avait "
        "été trouvé. L'opposition a jugé le plan trop modeste et trop tardif, estimant qu'il est temps de "
        "mener des réformes profondes."
    ),
    "nl": (
        "De regering heeft dinsdag in Den Haag een nieuw pakket gepresenteerd om boeren te steunen die lijden "
        "onder de aanhoudende droogte. Het ministerie liet weten dat de steun in de komende weken wordt "
        "uitbetaald. Een woordvoerder zei dat er met de provincies is gesproken en dat er een akkoord is "
        "bereikt. De oppositie noemde het pakket te klein en te laat, het is tijd voor ingrijpende "
        "hervormingen."
    ),
    "pt": (
        "O governo apresentou na terça-feira em Lisboa um novo pacote de apoio aos agricultores afetados pela "
        "seca. O ministério informou que as ajudas serão pagas nas próximas semanas. Um porta-voz disse que "
        "houve conversas com as regiões e que foi alcançado um acordo. A oposição considerou o pacote pequeno "
        "demais e tardio, afirmando que é hora de reformas profundas no setor agrícola."
    ),
    "sw": (
        "Serikali ilitangaza Jumanne jijini Nairobi mpango mpya wa kuwasaidia wakulima walioathiriwa na ukame "
        "wa muda mrefu. Wizara ilisema kwamba msaada huo utalipwa katika wiki zijazo. Msemaji alisema kwamba "
        "walizungumza na serikali za kaunti na makubaliano yamefikiwa. Upinzani ulisema mpango huo ni mdogo "
        "mno na umechelewa, na kwamba ni wakati wa mageuzi makubwa katika sekta ya kilimo."
    ),
    "tl": (
        "Inihayag ng pamahalaan noong Martes sa Maynila ang isang bagong pakete upang tulungan ang mga "
        "magsasaka na naapektuhan ng matagal na tagtuyot. Sinabi ng kagawaran na ibibigay ang tulong sa mga "
        "susunod na linggo. Ayon sa isang tagapagsalita, nakipag-usap sila sa mga lalawigan at nagkaroon ng "
        "kasunduan. Sinabi ng oposisyon na ang pakete ay masyadong maliit at huli na, at panahon na para sa "
        "malalim na reporma."
    ),
}


def test_english_news_passes(seed_text):
    assert screen(Article(text=seed_text)) is None
    assert screen(Article(text=ENGLISH)) is None


@pytest.mark.parametrize("text", [FRENCH, GERMAN, "Президент России заявил во вторник о новых мерах поддержки для семей и пенсионеров."])
def test_other_languages_are_detected_and_marked(text):
    rejection = screen(Article(text=text, id="x"))
    assert rejection is not None and rejection.reason == "unsupported_language"
    assert rejection.article_id == "x" and "language" in rejection.message


def test_declared_language_is_respected():
    assert screen(Article(text=ENGLISH, language="fr")).reason == "unsupported_language"
    assert screen(Article(text=ENGLISH, language="en-GB")) is None
    assert screen(Article(text=ENGLISH, language="EN")) is None


def test_short_text_is_not_guessed():
    assert screen(Article(text="Paris, France")) is None


def test_mostly_markup():
    page = '<html><head><meta charset="utf-8"></head><body><div class="x"><p>Hi</p></div></body></html>'
    assert markup_share(page) > 0.5
    assert screen(Article(text=page)).reason == "mostly_markup"
    # An article that merely contains a tag or an entity is enriched, untouched.
    assert screen(Article(text=ENGLISH + " <b>Update</b> &amp; more.")) is None


def test_word_budget():
    rules = ScreeningRules(max_words=10)
    rejection = screen(Article(text=ENGLISH), rules=rules)
    assert rejection is not None and rejection.reason == "too_long"


def test_markup_scan_is_linear_on_hostile_input():
    # Unclosed tags and comments everywhere: bounded repetitions keep this fast (a quadratic scan would hang).
    hostile = "<!--" * 50_000 + "<a" * 50_000 + "&" * 50_000
    assert 0 <= markup_share(hostile) <= 1


def test_plain_english_is_recognised_without_the_identifier(seed_text):
    assert plainly_english(seed_text)
    assert detect_language(seed_text) == ("en", 1.0)


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_the_english_shortcut_never_takes_other_languages(language):
    text = PARAGRAPHS[language]
    assert not plainly_english(text)
    rejection = screen(Article(text=text))
    assert rejection is not None and rejection.reason == "unsupported_language"


def test_the_english_shortcut_needs_enough_words():
    assert not plainly_english("The end of the war.")
