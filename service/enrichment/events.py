"""Codes actor → verb → target events with PLOVER verbs, one clause at a time, from the lexicon in service/data/verbs.json.

Relies on the parser and lemmatizer for each sentence holding a lexicon verb or event noun (dep_, head, children,
lemma_), and on NER DATE/TIME entities for `when`. One clause, one event: actor, verb, target and place are read
from the clause of the verb (or the noun phrase of an event noun); a verb nested in another event's clause with
the same PLOVER verb ('rampaged …, killing 1,200 people') adds its targets and figures to that event instead.
Sport words (verbs.json "sport_words") are read by tag and lemma, and by sentence, to tell play from violence.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from schemas import Event, Figure
from service.enrichment.figures import (
    PLACE_KINDS,
    actor_of,
    candidate_tokens,
    nominal_actor,
    perpetrator,
    place,
    time_expression,
)
from service.enrichment.harm import harm_of
from service.enrichment.layout import Layout
from service.enrichment.lexicons import load_lexicon
from service.enrichment.mentions import MentionIndex

# Children whose subtrees are clauses of their own: their actors are not this clause's targets.
_OWN_CLAUSE = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "conj", "xcomp"})
# Verbs done together: "Iran and Saudi Arabia agreed": each conjunct of the subject is the other's target.
_SYMMETRIC = frozenset({"CONSULT", "AGREE", "FIGHT"})
# A score in sport ("22-6", "4-0"); dates such as "24-26 June" are NER DATE and left out.
_DASHES = frozenset({"-", "–"})
_GOALS = re.compile(r"^\d{1,3}$")
_HARM_TYPES = frozenset({"killed", "injured", "hostages"})
# Dependencies through which a verb hangs from the clause of another event.
_NESTED = frozenset({"advcl", "conj", "xcomp", "relcl", "acl", "pcomp", "prep", "pobj", "dobj"})


@dataclass
class _Coded:
    anchor: Token  # the verb, or the light verb / event noun that carries the event
    verb: str
    mode: str | None
    actor: str | None
    targets: list[str]
    first: int  # token span of the clause
    last: int
    figures: list[str] = field(default_factory=list)
    merged: bool = False


def lexicon() -> dict:
    return load_lexicon("verbs.json")


def _negated(tok: Token) -> bool:
    negators = lexicon()["negators"]
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in negators) for c in tok.children)


def _np_actors(np: Token, index: MentionIndex) -> list[str]:
    """Actors named inside a noun phrase and its conjuncts, not inside clauses hanging from it."""
    found: list[str] = []
    stack = [np, *np.conjuncts]
    seen: set[int] = set()
    while stack:
        tok = stack.pop()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        actor = index.actor_in(tok.idx, tok.idx + len(tok))
        if actor and actor not in found:
            found.append(actor)
        # "Hamas-ruled Gaza" names Gaza, not Hamas: skip the modifier of a participle; "Biden in Washington":
        # where the target was is not a target
        stack.extend(c for c in tok.children if (c.dep_ not in _OWN_CLAUSE or c.dep_ == "conj" and tok.pos_ != "VERB")
                     and c.dep_ != "npadvmod" and not (c.dep_ == "prep" and c.lower_ not in ("of", "from")))
    return sorted(found, key=lambda a: _first_offset(a, np, index))


def _first_offset(actor: str, np: Token, index: MentionIndex) -> int:
    for tok in np.subtree:
        if index.actor_in(tok.idx, tok.idx + len(tok)) == actor:
            return tok.idx
    return 1 << 30


def _prep_targets(tok: Token, preps: list[str], index: MentionIndex) -> list[str]:
    found: list[str] = []
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found.extend(_np_actors(obj, index))
        elif child.dep_ == "dative":
            found.extend(_np_actors(child, index))
    return found


def _mode_in(tokens: list[Token], verb: str) -> str | None:
    """The means the clause names: weapons for an assault, the phone for a consultation ('air defence' asked for
    in a request is no air strike)."""
    modes = lexicon()["modes"]
    for tok in tokens:
        mode = modes.get(tok.lemma_.lower()) or modes.get(tok.lower_)
        if mode and (verb in ("ASSAULT", "FIGHT") and mode != "phone" or verb == "CONSULT" and mode == "phone"):
            return mode
    return None


def _clause_tokens(tok: Token) -> list[Token]:
    """The verb's own clause: its subtree without the clauses nested in it."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "advcl", "ccomp", "parataxis", "conj"))
    inside = {t.i for t in out}
    first = last = tok.i  # the unbroken stretch around the verb, so the span reads as one clause
    while first - 1 in inside:
        first -= 1
    while last + 1 in inside:
        last += 1
    return [t for t in sorted(out, key=lambda t: t.i) if first <= t.i <= last]


def _verbal(tok: Token, entry: dict, index: MentionIndex) -> _Coded | None:
    if _negated(tok):
        return None
    preps = entry.get("preps")
    if preps and not any(
        c.dep_ in ("prep", "prt", "dative") and c.lower_ in preps and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in tok.children
    ):
        return None
    objects = entry.get("objects")
    if objects and not any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in tok.children):
        return None
    excludes = entry.get("excludes")  # "shares shot up", "fought off competition"
    if excludes and any(c.dep_ in ("prt", "prep") and c.lower_ in excludes for c in tok.children):
        return None
    not_objects = lexicon().get(entry.get("not_objects", ""), [])
    if not_objects and any(c.dep_ == "dobj" and c.lemma_.lower() in not_objects for c in tok.children):
        return None
    verb = entry["verb"]
    if any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves", "itself") for c in tok.children):
        return None  # "killed himself": no one else was acted on
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        # headline style, "Robinson injured", "UKIP MEP attacked": the subject is who it was done to
        verb == "ASSAULT" and tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "dobj") for c in tok.children)
        and tok.dep_ == "ROOT"
    ) or (
        # "an Abala herder killed earlier": a verb of harm that takes an object, with none, tells who suffered it
        verb == "ASSAULT" and harm_of(tok) in ("killed", "injured", "hostages") and tok.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("dobj", "agent", "ccomp", "xcomp") for c in tok.children)
    )
    actor = None
    if passive:
        for child in tok.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        actor = actor_of(obj, index) or nominal_actor(obj, index)
    else:
        actor = perpetrator(tok, None, index)
    targets: list[str] = []
    for child in tok.children:
        if child.dep_ in (("nsubjpass", "nsubj") if passive else ("dobj",)):
            targets.extend(_np_actors(child, index))
            if verb in ("ASSAULT", "COERCE"):  # "killed 1,000 people in Gaza": the place of the victims
                targets.extend(_prep_targets(child, ["in", "at", "near"], index))
    targets.extend(_prep_targets(tok, entry.get("target_preps") or lexicon()["target_preps"].get(verb, []), index))
    if verb in _SYMMETRIC and not passive:
        for subject in (c for c in tok.children if c.dep_ == "nsubj"):
            targets.extend(a for conj in subject.conjuncts for a in _np_actors(conj, index))
    clause = _clause_tokens(tok)
    mode = entry.get("mode") if entry.get("mode") else None
    cue = _mode_in(clause, verb)
    if cue and (mode is None or mode == "firearms"):  # a generic default gives way to what the clause names
        mode = cue
    return _Coded(tok, verb, mode, actor, targets, clause[0].i, clause[-1].i)


def _light_verb(noun: Token) -> Token | None:
    """The verb that carries an event noun: 'issued a warning', 'tightened its siege', 'taking scores of hostages'."""
    light = set(lexicon()["light_verbs"])
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in") and tok.head.head.dep_ == "dobj":
        tok = tok.head.head  # "scores of hostages", "pledged $2 billion in military aid"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in light:
        return tok.head
    return None


def _response_target(noun: Token, index: MentionIndex) -> str | None:
    """'X's shelling … in response to a rocket attack by Y': the responder is who Y's attack was aimed at."""
    tok = noun
    for _ in range(3):
        if tok.lemma_.lower() in ("response", "retaliation", "reprisal", "revenge"):
            head = tok.head.head if tok.head.dep_ == "prep" else tok.head
            for _ in range(3):
                actor = perpetrator(head, None, index) if head.pos_ in ("VERB", "AUX") else nominal_actor(head, index)
                if actor:
                    return actor
                head = head.head
            return None
        tok = tok.head
    return None


def _nominal(noun: Token, entry: dict, index: MentionIndex) -> _Coded | None:
    needs = entry.get("needs")
    if needs and not any(c.lemma_.lower() in needs or c.lower_ in needs for c in noun.subtree if c.i < noun.i):
        return None
    light = _light_verb(noun)
    allowed = entry.get("light")
    if allowed and (light is None or light.lemma_.lower() not in allowed):
        return None
    if _negated(noun) or (light is not None and _negated(light)):
        return None
    actor = nominal_actor(noun, index)
    if actor is None and light is not None:
        actor = perpetrator(light, None, index)
    if actor is None:
        return None
    verb = entry["verb"]
    preps = lexicon()["target_preps"].get(verb, []) + (["for"] if verb == "AID" else [])
    targets = _prep_targets(noun, preps, index)
    if light is not None:
        targets.extend(_prep_targets(light, preps, index))
    if noun.dep_ == "nsubj" and verb in ("ASSAULT", "COERCE"):  # "Israeli shelling hit southern Lebanese towns"
        targets.extend(a for c in noun.head.children if c.dep_ == "dobj" for a in _np_actors(c, index))
    for child in noun.children:  # "Israeli shelling hitting southern Lebanese towns"
        if child.dep_ == "acl":
            for obj in child.children:
                if obj.dep_ == "dobj":
                    targets.extend(_np_actors(obj, index))
    if not targets:
        responder = _response_target(noun, index)
        if responder:
            targets.append(responder)
    anchor = light or noun
    span = _clause_tokens(light) if light is not None else _clause_tokens(noun.head) if noun.dep_ == "nsubj" else list(noun.subtree)
    mode = entry.get("mode") or _mode_in([t for t in noun.subtree if t.i <= noun.i], verb)
    return _Coded(anchor, verb, mode, actor, targets, span[0].i, span[-1].i)


def _parent(coded: _Coded, by_anchor: dict[int, _Coded]) -> _Coded | None:
    """The event whose clause this one hangs from, if any (not across reported speech)."""
    tok = coded.anchor
    for _ in range(6):
        if tok.dep_ not in _NESTED or tok.head is tok:
            return None
        tok = tok.head
        if tok.i in by_anchor and by_anchor[tok.i] is not coded:
            return by_anchor[tok.i]
    return None


def _sport(doc: Doc) -> tuple[bool, set[int]]:
    """(is the article about sport, starts of the sentences that name it): see verbs.json 'sport_words'."""
    words = frozenset(lexicon()["sport_words"])
    _, candidates = candidate_tokens(doc, words | _DASHES, lemmas=words)
    cues = []
    for tok in (doc[i] for i in candidates):
        if tok.text in _DASHES:  # a score, which the tokenizer splits: "22", "-", "6"
            if 0 < tok.i < len(doc) - 1 and all(
                _GOALS.match(n.text) and n.ent_type_ not in ("DATE", "TIME") for n in (doc[tok.i - 1], doc[tok.i + 1])
            ):
                cues.append(tok)
        elif tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            cues.append(tok)
    return len(cues) >= 3, {t.sent.start for t in cues}


def extract_events(doc: Doc, layout: Layout, index: MentionIndex, figures: list[Figure], article_id: str) -> list[Event]:
    lex = lexicon()
    verbs, nouns = lex["verbs"], lex["nouns"]
    coded: list[_Coded] = []
    _, candidates = candidate_tokens(doc, frozenset(nouns), lemmas=frozenset(verbs) | frozenset(nouns))
    for tok in (doc[i] for i in candidates):
        if layout.excluded(tok.idx, tok.idx + len(tok)):
            continue
        lemma = tok.lemma_.lower()
        if tok.tag_ in ("NN", "NNS", "VBG") and tok.lower_ in nouns and tok.dep_ in ("nsubj", "dobj", "pobj"):
            event = _nominal(tok, nouns[tok.lower_], index)  # a gerund used as a noun: "Israeli shelling hitting …"
        elif tok.pos_ == "VERB" and lemma in verbs:
            event = _verbal(tok, verbs[lemma], index)
        elif tok.pos_ == "NOUN" and lemma in nouns:  # not PROPN: "Massive Attack" is a band
            event = _nominal(tok, nouns[lemma], index)
        else:
            continue
        if event is not None and event.actor is not None:
            event.targets = [t for t in dict.fromkeys(event.targets) if t != event.actor]
            coded.append(event)
    by_anchor = {c.anchor.i: c for c in coded}
    for event in coded:  # nested clauses with the same verb are one event; others inherit a missing target
        parent = _parent(event, by_anchor)
        while parent is not None and parent.merged:
            parent = _parent(parent, by_anchor)
        if parent is None or parent.actor != event.actor:
            continue
        if parent.verb == event.verb and (event.mode is None or parent.mode in (None, event.mode) or event.anchor.pos_ == "VERB"
                                          and event.mode != "abduct"):
            parent.targets.extend(t for t in event.targets if t not in parent.targets)
            parent.mode = parent.mode or event.mode
            parent.first, parent.last = min(parent.first, event.first), max(parent.last, event.last)
            event.merged = True
        elif not event.targets:
            event.targets = list(parent.targets)
    needs_target = {lemma for lemma, e in verbs.items() if e.get("needs_target")}
    sport: tuple[bool, set[int]] | None = None  # read only when a violent verb comes without a figure of harm
    events: list[Event] = []
    seen: set[tuple] = set()
    for event in coded:
        if event.merged:
            continue
        is_noun = event.anchor.pos_ != "VERB" or event.anchor.lemma_.lower() not in verbs
        if not event.targets and (is_noun or event.anchor.lemma_.lower() in needs_target):
            continue
        while event.first < event.last and (doc[event.first].is_punct or doc[event.first].is_space):
            event.first += 1
        while event.last > event.first and (doc[event.last].is_punct or doc[event.last].is_space or doc[event.last].dep_ == "cc"):
            event.last -= 1
        start, end = doc[event.first].idx, doc[event.last].idx + len(doc[event.last])
        figure_ids = [f.id for f in figures if start <= f.start < end and f.type != "count"]
        sent = event.anchor.sent
        if event.verb in ("ASSAULT", "FIGHT") and not any(
            f.type in _HARM_TYPES for f in figures if sent.start_char <= f.start < sent.end_char
        ):
            if sport is None:
                sport = _sport(doc)
            if sport[0] or event.anchor.sent.start in sport[1]:
                continue  # play, not violence: "stormed into a 4-0 lead", "Champions League clash with Barcelona"
        key = (event.actor, event.verb, event.mode, tuple(event.targets))
        if key in seen and not figure_ids and is_noun:
            continue  # an event named again ("the attack by Hamas", lead then body) is one event
        seen.add(key)
        chain = [event.anchor, event.anchor.head] if event.anchor.dep_ in ("xcomp", "advcl", "conj") else [event.anchor]
        where = place(chain + [c for c in event.anchor.children if c.dep_ == "dobj"], index)
        if where is None and event.verb in ("ASSAULT", "COERCE", "FIGHT", "MOVE"):
            where = next((t for t in event.targets if index.kinds.get(t) in PLACE_KINDS
                          and index.named_as_place(t, start, end)), None)  # "killed 30 Palestinians": a people, no place
        events.append(
            Event(
                id="e-" + hashlib.sha256(f"{article_id}:{event.anchor.idx}".encode()).hexdigest()[:12],
                actor=event.actor,
                verb=event.verb,
                mode=event.mode,
                target=event.targets,
                figures=figure_ids,
                where=where,
                when=time_expression(chain),
                text=doc[event.first:event.last + 1].text,
                start=start,
                end=end,
            )
        )
    return events
