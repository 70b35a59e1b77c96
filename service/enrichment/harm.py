"""Words of harm: which words kill, wound, take hostage or displace, and the word lists the figure rules share."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from service.enrichment.lexicons import load_lexicon


ATTACK_NOUNS = frozenset({"attack", "strike", "airstrike", "raid", "bombing", "bombardment", "shelling", "assault",
                           "ambush", "offensive", "explosion", "blast", "clash", "fighting", "violence", "rampage"})


EVENT_NOUNS = ATTACK_NOUNS | {"operation", "battle", "encounter", "incident", "shooting", "massacre", "offensive"}


def figure_lexicon() -> dict:
    """The figure rules' word lists (`service/data/figures.json`), loaded once."""
    return load_lexicon("figures.json")


def harm_of(tok: Token) -> str | None:
    """The harm a word names ('killed', 'injured', 'hostages', 'missing', 'arrested', 'displaced'), or None."""
    harm = figure_lexicon()["harm"]
    lemma = tok.lemma_.lower()
    kind = harm.get(lemma)
    if kind is None:
        lower = tok.lower_
        kind = harm.get(lower)
        if kind is None and tok.is_alpha:
            kind = _misspelt_harm(lower)
        if kind is None and lemma in _FORCES_ONLY and tok.pos_ == "VERB" and any(
                o.lemma_.lower() in _FORCE_NOUNS for c in tok.children if c.dep_ == "dobj"
                for o in (c, *c.conjuncts, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                             for g in p.children if g.dep_ == "pobj"))):  # "losing one of their soldiers"
            return "killed"  # "the army … lost three soldiers" is three dead; "lost ground", "lost two vehicles" are not
        if kind is None:  # asked of every word near a number: the phrase test only for the few verbs that start one
            return "killed" if lemma in _kill_phrase_words() and is_kill_phrase(tok) else None
    if kind == "injured" and lemma in _kill_phrase_words() and is_kill_phrase(tok):
        return "killed"  # "Seven suspects were fatally wounded during a shootout with police"
    if kind == "missing" and tok.lower_ != "missing" and lemma not in ("disappear", "unaccounted"):
        return None
    if kind == "killed" and tok.pos_ == "NOUN" and (any(
            c.dep_ == "amod" and c.lower_ in _NOT_DONE for c in tok.children) or (
            tok.dep_ == "compound" and tok.head.lemma_.lower() in ("attempt", "bid", "plot"))):
        return None  # "the attempted assassination of an activist", "an assassination attempt": he survived
    if lemma in BODIES and not found_body(tok):
        return None  # "a body of work", "the governing body"
    if lemma in _VERB_ONLY and tok.pos_ != "VERB":
        return None  # "soldiers were martyred" (South Asian and Middle Eastern usage) is a killing; "a martyr" is a title
    if lemma in PEOPLE_ONLY and not any(
            o.lemma_.lower() in person_nouns() or o.ent_type_ in ("NORP", "PERSON") or o.lower_ == "them"
            # "02 terrorists neutralised" (a headline's participle), "neutralised 13 of them"
            for c in [*(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and tok.tag_ == "VBN")),
                      # "neutralising three (3) of the bandits": the parser hangs the "of" on the verb
                      *(p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"),
                      # "neutralised over 30 of them": the qualifier taken for a preposition, its number for its object
                      *(g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("over", "about", "around")
                        for g in p.children if g.dep_ == "pobj" and g.like_num)]
            # "dozens of militants were neutralised": the people are in the "of"
            for o in (c, *c.conjuncts, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                         for g in p.children if g.dep_ == "pobj"),
                      *(g for g in c.children if c.dep_ == "prep" and g.dep_ == "pobj"))):
        return None  # "neutralised 15 terrorists" is killing (ACLED reads army communiqués so); "neutralised a bomb" is not
    return kind


#: What a killing that did not happen is called: "the attempted assassination of a civil society activist".
_NOT_DONE = frozenset({"attempted", "failed", "foiled", "thwarted", "botched", "averted"})


#: Harm words that count only as verbs.
_VERB_ONLY = frozenset({"martyr"})


#: Verbs that are a death only when a force loses its own men: "killed 41 assailants and lost three soldiers".
_FORCES_ONLY = frozenset({"lose"})


_FORCE_NOUNS = frozenset({"soldier", "troop", "serviceman", "servicemen", "officer", "policeman", "policemen", "personnel",
                          "fighter", "militant", "guard", "trooper", "marine", "paratrooper", "commando", "gendarme",
                          "militiaman", "militiamen", "combatant", "man", "men", "member"})


#: Verbs that are killing only when done to people.
PEOPLE_ONLY = frozenset({"neutralise", "neutralize", "eliminate"})


_TRIPLED = re.compile(r"(\w)\1\1+")


@cache
def _slips() -> dict[str, str]:
    return dict(figure_lexicon()["misspellings"])


def _misspelt_harm(word: str) -> str | None:
    """Field notes' typos of harm words: a letter typed three times ('killling'), or a listed slip ('kiled').

    No English word has a letter three times in a row, so folding the run to two is safe; the folded word is
    read with its inflection taken off ('killled' → 'kill'), since the lexicon holds lemmas.
    """
    slip = _slips().get(word)
    if slip is not None:
        return figure_lexicon()["harm"].get(slip)
    if _TRIPLED.search(word) is None:  # the common case: harm_of asks about every word near a number
        return None
    harm = figure_lexicon()["harm"]
    folded = _TRIPLED.sub(r"\1\1", word)
    stems = [folded] + [folded[: -len(end)] for end in ("ing", "ed", "d", "s") if folded.endswith(end)]
    return next((harm[s] for s in stems if s in harm), None)


@cache
def _kill_phrase_words() -> dict[str, frozenset[str]]:
    """Verb lemma → the words that make it a killing ('shoot' → {'dead', 'death', 'summarily'})."""
    out: dict[str, set[str]] = {}
    for verb, word in figure_lexicon()["kill_phrases"]:
        out.setdefault(verb, set()).add(word)
    return {verb: frozenset(words) for verb, words in out.items()}


_WEAPONS = frozenset({"gun", "weapon", "rifle", "pistol", "handgun", "firearm", "shotgun", "knife"})


def is_kill_phrase(tok: Token) -> bool:
    """'shot dead', 'gunned down', 'beaten to death', 'lost their lives'."""
    wanted = _kill_phrase_words().get(tok.lemma_.lower())
    if not wanted:
        return False
    if tok.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives")
                                                for c in tok.children):
        return False  # "took his own life", not "took their own cars"
    if tok.lemma_.lower() == "turn" and not any(c.dep_ == "dobj" and c.lemma_.lower() in _WEAPONS for c in tok.children):
        return False  # "turned the gun on himself", not "turned himself in to police"
    words = {c.lower_ for c in tok.children} | {g.lower_ for c in tok.children if c.dep_ in ("prep", "dobj")
                                                 for g in c.children if c.dep_ == "prep" or g.dep_ == "amod" or (
                                                     # "paid the supreme sacrifice", "supreme" tagged a name
                                                     g.dep_ == "compound" and g.lower_ in ("supreme", "ultimate"))}
    if tok.lemma_.lower() == "fall":  # "fell in the battle", "fell as martyrs": where or as what, not from where
        words |= {g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "as", "during")
                  for g in c.children if g.dep_ == "pobj"}
        # "fell on the field of honour" (West African and French communiqués): not "fell on the field" of a match
        words |= {h.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                  if g.lower_ == "field" for o in g.children if o.lower_ == "of" for h in o.children}
    if tok.i + 1 < len(tok.doc):
        words.add(tok.doc[tok.i + 1].lower_)  # "shot dead three officers": the parser hangs 'dead' on the object
    return not wanted.isdisjoint(words)


# How a harm word can hang below a frame and still be what the frame is about ('protest against attacks that killed',
# 'rioted over a raid that left four dead'); an adverbial clause ('…, killing two') is an event of its own.
ARGUMENT_PATH = frozenset({"relcl", "acl", "pobj", "prep", "dobj", "conj", "xcomp", "oprd", "acomp", "ccomp"})


BODIES = frozenset({"body", "corpse", "remains", "remain"})  # the model lemmatises "remains" to "remain"


#: Bodies handed from one side to the other: soldiers killed before, not dead of the event told.
_BODIES_HANDED_OVER = frozenset({"repatriation", "repatriate", "swap", "handover"})


def found_body(noun: Token) -> bool:
    """'Twelve bodies were recovered', 'the body of a farmer was found': people dead. Not 'a governing body', nor a
    body carried or buried ('went to the village with the body of a man killed in the clash' counts that killing)."""
    verbs = figure_lexicon()["body_found_verbs"]
    if any(t.lemma_.lower() in _BODIES_HANDED_OVER or (t.lemma_.lower() == "exchange" and t.pos_ == "NOUN" and any(
            o.lemma_.lower() in BODIES | {"prisoner", "pow"} for c in t.children if c.lower_ == "of" for o in c.children))
           for t in noun.sent):
        return False  # "Ukraine received the bodies of 1,000 soldiers in the latest repatriation": the dead of before
    if any(t.lemma_.lower() == "hand" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "over"
           and any(c.dep_ == "dobj" and c.lemma_.lower() in BODIES for c in t.children) for t in noun.sent):
        return False  # "had handed over 1,000 bodies of Ukrainian servicemen … and had received 27 bodies in return"
    if noun.head.lemma_.lower() in ("receive", "return", "hand") and noun.sent.start > 0 and any(
            t.lemma_.lower() in _BODIES_HANDED_OVER for t in noun.doc[noun.sent.start - 1].sent):
        return False  # "… in the latest repatriation. Russia received the bodies of 24 of its soldiers"
    head = noun.head if noun.dep_ in ("nsubjpass", "dobj", "nsubj") else None
    if head is not None and head.lemma_.lower() not in verbs and head.dep_ == "ccomp" and head.i > noun.i \
            and head.head.i > head.i:
        head = head.head  # "the bodies of three men abducted last week were found": the parser hangs "bodies" on "abducted"
    if head is not None and head.lemma_.lower() == "leave" and noun.dep_ == "dobj" and noun.tag_ == "NNS" and any(
            c.dep_ == "nummod" for c in noun.children):
        return True  # "The assailants left on the ground about forty bodies" (not "leaving behind the body of one")
    # "The bodies of 14 men, blindfolded and shot, were found": the parser makes "found" a conjunct of the first verb
    return head is not None and (head.lemma_.lower() in verbs or any(
        c.dep_ == "conj" and c.lemma_.lower() in verbs for c in head.children))


TIME_UNITS = frozenset({"minute", "hour", "day", "night", "week", "month", "year"})


MONTH_OR_YEAR = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|(?:19|20)\d{2})$")


class _PersonNouns(frozenset):
    """The lexicon's nouns for people, and the words built like them: "photojournalist" and "separatist" (-ist),
    "technician" (-ian), "fisherman" and "clansmen" (-man, -men), and compounds ending in a listed noun ("police
    escort" is read by its head, "co-pilot" and "ex-soldier" by their last part)."""

    def __contains__(self, lemma: object) -> bool:
        if frozenset.__contains__(self, lemma):
            return True
        if not isinstance(lemma, str) or len(lemma) < 6 or not lemma.isalpha() and "-" not in lemma:
            return False
        if "-" in lemma:
            return frozenset.__contains__(self, lemma.rsplit("-", 1)[1])
        return lemma not in _NOT_PERSONS and (lemma.endswith(("ist", "ian")) or (
            lemma.endswith(("man", "men")) and frozenset.__contains__(self, lemma[-3:])) or any(
            lemma.endswith(noun) and frozenset.__contains__(self, noun) for noun in _PERSON_TAILS))


#: Words built like those of people that are not: "-ist", "-ian", "-man" endings of things.
_NOT_PERSONS = frozenset({"checklist", "playlist", "shortlist", "waitlist", "blacklist", "whitelist", "wishlist",
                          "median", "meridian", "amphibian", "comedian", "ottoman", "caiman", "layman", "doberman",
                          "superman", "talisman", "german", "roman", "human", "humans", "specimen", "abdomen", "regimen",
                          "heist", "insist", "consist", "persist", "resist", "assist", "exist", "subsist"})
#: Listed nouns that head compounds written as one word: "photojournalist", "schoolteacher", "housewife".
_PERSON_TAILS = ("journalist", "teacher", "wife", "worker", "officer", "leader", "soldier", "farmer", "trader",
                 "driver", "guard", "keeper", "fighter", "child", "girl", "boy", "student")


@cache
def person_nouns() -> frozenset[str]:
    return _PersonNouns(figure_lexicon()["person_nouns"])


#: Verbs by which a source states a toll: "local sources reported 8 deaths", "officials said 8 died".
REPORT_VERBS = frozenset({"report", "say", "claim", "confirm", "put", "count", "record", "tell", "give", "state",
                           "announce", "cite", "admit", "acknowledge", "estimate", "insist", "document", "find",
                           "conclude", "verify", "list"})


#: Words saying a source's count came later than the one before it, or earlier.
LATER = frozenset({"later", "subsequently", "since", "now", "latest", "new", "updated", "final", "eventually"})
