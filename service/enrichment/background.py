"""Harm that is not the report's own incident: history, running tolls, earlier events, charges, reasons for a protest."""

from __future__ import annotations

import re

from spacy.tokens import Token

from service.enrichment.doctext import text_of
from service.enrichment.harm import (
    ARGUMENT_PATH,
    ATTACK_NOUNS,
    EVENT_NOUNS,
    LATER,
    MONTH_OR_YEAR,
    REPORT_VERBS,
    TIME_UNITS,
    figure_lexicon,
    harm_of,
    person_nouns,
)


def _earlier(noun: Token) -> bool:
    """'an earlier shooting', 'the previous attack', "January's bombing", "last month's raid": an incident set before."""
    lex = figure_lexicon()
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in lex["earlier_modifiers"]:
            return True
        if child.dep_ in ("poss", "compound", "nmod") and child.i < noun.i:
            words = [t.lower_ for t in child.subtree]
            if "last" in words or "ago" in words:
                return True
            # A month alone, possessive, names an incident before the report ("January's bombing"; field notes drop
            # the apostrophe: "Januarys"); "the 24 June attack" with its day is usually the event itself.
            word = child.lower_
            month = word.rstrip("s").rstrip("'’\x92")  # "january's", "januarys", a mis-decoded quote
            if (child.dep_ == "poss" or word != month) and month in lex["months"] and not any(
                t.like_num for t in child.subtree
            ):
                return True
        if child.dep_ in ("npadvmod", "prep") and child.i > noun.i and any(
            t.ent_type_ == "DATE" and t.lower_ in ("last", "ago", "earlier", "previous") for t in child.subtree
        ):
            return True  # "the killing of a student by police last week"
        if child.dep_ in ("nummod", "nmod", "compound", "amod") and child.i < noun.i and (year := _year_in(child)) \
                and not any(t.ent_type_ == "DATE" and t.text == year and not (child.left_edge.i <= t.i <= child.right_edge.i)
                            for t in noun.doc):
            return True  # "wanted over a 2014 attack that killed 10": dated by a year the report is not about
        month = child if child.dep_ in ("compound", "nmod") and child.i < noun.i else next(
            (o for o in child.children if o.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "in" \
            and child.i > noun.i else None
        if month is not None and _another_month(month):
            return True  # "an April attack in which over 200 people were killed", "a cattle theft in May in which …"
        if month is not None and child.dep_ == "prep" and noun.sent.start > 0 and (year := _year_in(month)) \
                and not any(t.like_num and len(t.text) <= 2 for t in month.subtree) and not any(
                    t.text == year and not (month.left_edge.i <= t.i <= month.right_edge.i) for t in noun.doc):
            return True  # "The same village was the scene of a massacre in March 2019 in which some 160 people died"
        if child.dep_ == "advmod" and child.lower_ in ("earlier", "previously"):
            return True  # "the Oromo protests earlier in the year, during which scores of people were killed"
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is not None and verb.pos_ == "VERB" and (
            any(c.dep_ == "advmod" and c.lower_ in ("earlier", "previously") and any(
                t.lemma_.lower() in ("month", "year", "week") for t in c.subtree) for c in verb.children)
            or (any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS and any(
                    g.lower_ in ("previous", "preceding") for g in c.children) for c in verb.children))):
        # "citing the attack on Bosso earlier in the month that killed 26", "which they had overrun the previous day
        # in an attack that left 26 soldiers dead"
        return True
    # "a week after the stampede in which 55 people died": a stretch of time before the report's own event
    return noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following") and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for c in noun.head.children)


def _another_month(tok: Token) -> bool:
    """A month named alone ("April", no day, no year) in a report dated in another month: an earlier incident."""
    lex = figure_lexicon()
    if tok.lower_ not in lex["months"] or any(t.like_num for t in tok.subtree):
        return False
    months = {t.lower_ for t in tok.doc if t.ent_type_ == "DATE" and t.lower_ in lex["months"] and t.i != tok.i}
    return bool(months) and tok.lower_ not in months


def _year_in(tok: Token) -> str | None:
    """The year (a four-digit date) in this modifier, if any ("2014", "June 2015")."""
    for t in tok.subtree:
        if t.ent_type_ == "DATE" and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100:
            return t.text
    return None


def _set_apart_in_time(pred: Token) -> bool:
    """'killed 9 farmers on Tuesday, a week after they killed 15 loggers': a clause dated against the report's own
    incident by a stretch of time ('a week after', 'two days before') tells another incident."""
    # "police shot dead 17-year-old Nahel M.": the parser makes 'dead' a modifier of the object
    if any(c.dep_ == "advmod" and c.lower_ in ("earlier", "before", "previously") and any(
            g.dep_ == "npadvmod" and g.lemma_.lower() in TIME_UNITS for g in c.children) for c in pred.children):
        return True  # "Opposition activist Solo Sandeng had died in custody two days earlier"
    for a in list(pred.ancestors)[:8]:
        # "The strike came two days after Israeli troops opened fire on residents …, in an incident that Lebanese
        # authorities said killed 22 people": all the clause after "came … after" tells is earlier
        if a.head.lemma_.lower() == "come" and a.head.i < a.i and (
                (a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in a.children))
                or (a.dep_ == "prep" and a.lower_ in ("after", "before"))) and any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in TIME_UNITS
                for g in [*a.children, *a.head.children, *(k for m in a.children if m.dep_ == "mark" for k in m.children)]):
            return True
    if any(root.lemma_.lower() == "come" and root.pos_ == "VERB" and root.i < pred.i and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ATTACK_NOUNS | {"attack", "incident", "killing"}
            for c in root.children) and any(
            ((c.dep_ == "prep" and c.lower_ in ("after", "before")) or (c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("after", "before") for m in c.children))) and any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in TIME_UNITS for g in [*c.children, *root.children])
            for c in root.children) for root in pred.sent):
        return True  # "The attack came two months after six detainees took two guards hostage …; all six were killed"
    shot = pred.head.head if pred.dep_ == "amod" and pred.head.dep_ == "dobj" else pred
    for tok in (pred, pred.head, governing_verb(pred), shot):
        # An adverbial clause; or the root when the parser hung the whole sentence from a clause that has a mark of
        # its own (a subordinate clause is never a sentence's root).
        rooted = tok.dep_ == "ROOT" and (tok is pred or pred.dep_ == "oprd")  # "left … dead"; not a clause below it
        # "…, a day after gunmen killed 26 people": a clause with "after" the parser made a conjunct
        marked = tok.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in tok.children)
        if (tok.dep_ == "advcl" or rooted or marked) and tok.pos_ in ("VERB", "AUX"):
            kids = list(tok.children)
            marks = [c for c in kids if c.dep_ == "mark" and c.lower_ in ("after", "before")]
            if marks and any(t.lemma_.lower() in TIME_UNITS and any(c.lower_ in ("previous", "preceding")
                                                                      for c in t.children) for t in tok.subtree):
                return True  # "youths rioted after police shot dead a teenager … the previous day"
            if marks and any(t.ent_type_ == "DATE" and MONTH_OR_YEAR.match(t.text) and not any(
                    w.like_num and len(w.text) <= 2 for w in t.sent if w.ent_type_ == "DATE" and abs(w.i - t.i) == 1)
                    for t in tok.subtree):
                return True  # "the second massacre in two months, after 119 inmates were killed in September"
            # The stretch hangs from the verb, or from the mark itself ("less than a month after attacks … left …"),
            # or from the clause it is set against ("The attack came a day after Russia launched …, killing 39")
            if not marks and tok is pred and pred.dep_ == "advcl":
                if pred.head.lemma_.lower() == "come" and any(
                        c.dep_ == "prep" and c.lower_ in ("after", "before") and c.i < pred.i and any(
                            g.dep_ == "npadvmod" and g.lemma_.lower() in TIME_UNITS and g.i < c.i
                            for g in [*pred.head.children, *c.children]) for c in pred.head.children):
                    return True  # "The shelling came a day after strikes across the country, killing 30 people"
                continue  # "…, killing 39": the clause it hangs from may be the one dated
            above = [*tok.head.children] if tok.dep_ == "advcl" and marks else []
            return bool(marks) and any(c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS
                                       for c in [*kids, *(k for m in marks for k in m.children)]) or any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS and c.i < marks[0].i for c in above)
    return False


#: A news lead dates its incident by the day of the week, or as just past.
_LEAD_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:overnight|yesterday|today|tonight|last night)\b")
#: A month (in full or as agencies abbreviate it) or a year.
_MONTH_OR_YEAR = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|(?:19|20)\d{2})$")


_RELATIVE_PERIOD = re.compile(r"\b(?:this|last) (?:year|month)\b", re.I)


def _dated_before_the_story(pred: Token) -> bool:
    """A news story's closing background: its lead dates the incident by the day of the week ("on Sunday",
    "overnight"), and a paragraph below tells harm dated by a month or a year the lead does not name ("A Houthi drone
    attack on Tel Aviv in July killed one man", "In February 2022, an attack on the same camp killed more than 60
    people", "A Ukrainian shelling attack on the city centre on Dec. 30 killed 25 people"). That is an earlier incident,
    told for context; a report dated by the calendar from its first line (ACLED's "On 12 March 2024, …") is left alone,
    and so is a toll's update ("the death toll from the Dec. 30 attack rose to 25")."""
    text = text_of(pred.doc)
    sent = pred.sent
    lead_end = _lead_paragraph_end(text)
    if lead_end is None:  # one paragraph: its first sentence is the lead
        lead_end = next((s for s in pred.doc.sents if not (s[-1].text == ":" and len(s) <= 8)), sent).end_char
    if sent.start_char <= lead_end:
        return False
    # from the paragraph's start: the parser may end a sentence inside it ('… a son of jailed drug lord Joaquín "El
    # Chapo" Guzmán, 29 people were killed')
    doc, first = pred.doc, sent.start
    paragraph = text.rfind("\n", 0, sent.start_char) + 1
    # what the story told before this paragraph (the lead, and any paragraph between): "in the early hours of
    # Tuesday" may date the incident in the second paragraph
    lead = text[:max(lead_end, paragraph)]
    if not _LEAD_DAY.search(lead) or any(t.lemma_.lower() == "toll" and t.i < pred.i for t in sent):
        return False
    while first > 0 and doc[first - 1].idx >= paragraph:
        first -= 1
    return any(t.ent_type_ == "DATE" and _MONTH_OR_YEAR.match(t.text) and not re.search(
        rf"\b{re.escape(t.text)}(?!\w)", lead) for t in doc[first:sent.end]) or any(
        # "… seized Goma early this year in an offensive that … killed about 7,000 people"
        e.label_ == "DATE" and _RELATIVE_PERIOD.search(e.text) and not _RELATIVE_PERIOD.search(lead)
        for e in doc.ents if first <= e.start and e.end <= sent.end)


def _lead_paragraph_end(text: str) -> int | None:
    """Where the first paragraph of a story of several ends: the first line of a dozen words or more that ends a
    sentence (a headline or a byline above it is shorter, or ends in no full stop); None for a report of one
    paragraph."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            return None
        line = text[start:end].rstrip()
        # (a long headline ends in no full stop: "… as border clashes leave nearly 100 dead")
        if len(line.split()) >= 12 and (line[-1:] in '.!?"”)' or len(line.split()) >= 25):
            return end
        start = end + 1


def dated_last_week(pred: Token) -> bool:
    """'Gangs killed 11 people in the same area last week': harm dated a week, month or year back."""
    verb = governing_verb(pred)
    if verb is pred and pred.pos_ == "NOUN" and pred.dep_ == "dobj" and pred.head.pos_ == "VERB":
        verb = pred.head  # "The Observatory had documented yesterday the death of 2 children": the verb that told it
    for child in [*pred.children, *(verb.children if verb is not pred else ())]:
        if child.lower_ == "yesterday" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children):
            return True  # "… had documented yesterday the death of 2 children", below a lead of this morning
        stretch = child if child.dep_ == "npadvmod" else next(
            (o for o in child.children if o.dep_ == "pobj"), None) if child.dep_ == "prep" else None
        if stretch is not None and stretch.lemma_.lower() in ("week", "month", "year") and any(
                c.lower_ in ("last", "previous") for c in stretch.children):
            return True
        if stretch is not None and stretch.lemma_.lower() == "day" and any(
                c.lower_ in ("previous", "preceding") for c in stretch.children) and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children):
            return True  # "A YBS commander had been killed in a drone strike in the area the previous day"
        if child.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in child.children) and any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in ("week", "month", "year") and any(
                    c.lower_ in ("last", "previous") for c in g.children) for g in child.children):
            return True  # "Its fighters killed dozens of soldiers when they overran a base … last year"
        # "Three days earlier, 2 guards had been killed in the same area"
        if child.dep_ == "advmod" and child.lower_ in ("earlier", "before") and any(
                c.dep_ == "npadvmod" and c.lemma_.lower() in TIME_UNITS for c in child.children):
            return True
        # "Gunmen killed 12 people in the same village earlier this month"
        if child.dep_ in ("prep", "npadvmod", "advmod") and _EARLIER_THIS.search(" ".join(t.lower_ for t in child.subtree)) \
                and not any(t.lower_ in ("later", "late") for t in child.subtree):
            return True
        # "Two other gendarmes … were killed earlier in the week"
        if child.dep_ == "advmod" and child.lower_ == "earlier" and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in ("week", "month", "year")
                                                              for o in c.children) for c in [*child.children, *child.head.children]):
            return True
    return False


_NOT_A_DATE = frozenset({"dawn", "morning", "midnight", "noon", "daybreak", "sunrise"})


def superlative_since(since: Token) -> bool:
    """'49 soldiers had been killed …, the worst flare-up between the two countries since their 2020 war': "since"
    measures how bad the incident is (the parser may hang it on the verb), not a stretch a count runs over."""
    doc = since.doc
    for tok in reversed(doc[max(since.sent.start, since.i - 10):since.i]):
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":"):
            return False
        if tok.tag_ == "JJS" or tok.lower_ in ("worst", "deadliest", "bloodiest", "biggest", "heaviest"):
            return True
    return False


def _since_then(tok: Token) -> bool:
    """'The toll has since risen to 168', 'Since then, the toll has reached 91': "since" telling a later count, not the
    start of a stretch."""
    if tok.dep_ == "advmod" and not any(True for _ in tok.children):
        return True
    objects = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
    return tok.dep_ == "prep" and bool(objects) and all(o.lower_ == "then" for o in objects)


def tally_since(pred: Token) -> bool:
    """After the lead: '… with seven civilians killed by war remnants since 1 March', 'More than 7,000 people have been
    killed since the insurgency reignited in 2004', '26 people have been killed … since Monday' (a running count
    from a date or an event), 'in January 11 people died in a similar attack' (an earlier incident like it)."""
    verb = governing_verb(pred)
    for tok in {pred, verb}:
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "since" and not superlative_since(c)):
            if any(o.ent_type_ == "DATE" and o.lower_ not in _NOT_A_DATE for o in prep.subtree if o is not prep):
                return True
    for a in list(pred.ancestors)[:8]:
        # "Zahedan has seen weekly protests since Sept. 30, 2022, a day known as "Bloody Friday", when security forces
        # killed more than 90 people": the killing dates the start of a stretch
        if a.dep_ == "prep" and a.lower_ == "since" and a.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in a.head.children):
            return True
    for tok in [pred, *pred.ancestors][:4]:
        # "The West Bank has seen a surge in violence since the start of the Gaza war, with more than 800 Palestinians
        # killed": the "with" of a clause that runs since a date or an event
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ in ("VERB", "AUX"):
            main = tok.head.head
            if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in main.children) and any(
                    c.dep_ == "prep" and c.lower_ == "since" and not superlative_since(c) for c in main.children):
                return True
            break
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)
    if perfect and any(c.dep_ == "prep" and c.lower_ in ("in", "over", "within") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in ("day", "week", "month") and o.tag_ == "NNS"
            and any(n.dep_ == "nummod" or n.lower_ in ("past", "last") for n in o.children) for o in c.children)
            for c in (*verb.children, *pred.children)):
        return True  # "Police said 7 civilians had been killed in the valley in 5 days": a count over days
    words = [t.lower_ for t in verb.subtree]
    if perfect and any(t.lower_ == "since" and not superlative_since(t) and not _since_then(t) for t in verb.subtree):
        return True
    if perfect and any(c.dep_ == "advmod" and c.lower_ == "since" for c in verb.children) and pred.sent.start > 0 \
            and verb.lemma_.lower() == "kill":  # (not "two of the wounded have since died", "the toll has since reached 91")
        return True  # "Nearly 41,100 Palestinians … have since been killed": since the war began, told before
    if perfect and verb.dep_ in ("relcl", "advcl") and any(
            c.dep_ == "prep" and c.lower_ == "since" for c in verb.head.children):
        return True  # "the ethnic violence since May 3 last year, in which more than 200 people have been killed"
    if perfect and verb.dep_ == "relcl" and verb.head.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "since" and not superlative_since(c) and not _since_then(c)
            for c in verb.head.head.children):
        # "Since the beginning of the year, WHO has verified 185 attacks on health care, which have killed more than
        # 1,200 health workers": the attacks counted over the stretch, and their dead
        return True
    above = verb
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.head.tag_ == "VBG":
        above = verb.head.head  # "…, resulting in 12 deaths among health workers": the deaths of the participle's clause
    elif verb.pos_ in ("NOUN", "ADJ") and verb.dep_ in ("dobj", "conj", "amod"):
        # "Since fighting began in early February, the hospital has received more than 1,000 wounded and 150 dead"
        for head in [a for a in verb.ancestors if a.pos_ == "VERB"][:3]:
            if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ")
                   for c in head.children) and any(
                    (c.dep_ == "prep" and c.lower_ == "since") or (c.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ == "since" for m in c.children)) for c in head.children):
                return True
    for _ in range(3):  # "The rebels have launched more than 100 attacks since November 2023, sinking two vessels and
        # killing at least four seafarers": the participle's clause takes the perfect's stretch
        if above.dep_ not in ("advcl", "conj") or above.tag_ != "VBG":
            break
        above = above.head
        if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ")
               for c in above.children) and any(c.dep_ == "prep" and c.lower_ == "since" for c in above.children):
            return True
    if perfect and verb.dep_ == "ccomp" and any(
            t.lower_ == "since" for t in verb.head.subtree if t.i > verb.i and t.dep_ == "prep"):
        return True  # "Rights groups say more than 4,400 civilians have been killed and 25,000 arrested since the coup"
    if any(a == "similar" and b in ATTACK_NOUNS | EVENT_NOUNS for a, b in zip(words, words[1:])):
        return True
    campaigns = figure_lexicon()["campaign_nouns"]
    if perfect and any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in ("violence", "unrest", "clash", "fighting") and any(
                a.lower_ in ("ethnic", "sectarian", "communal", "tribal", "political", "gang", "religious")
                for a in o.children) for o in c.children) for c in verb.children):
        return True  # after the lead: "More than 150 people have been killed in the ethnic violence between …"
    joined = [g for c in verb.children if c.dep_ == "conj" for g in c.children]  # "were killed or disappeared … during"
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during", "under") and any(
            o.dep_ == "pobj" and ((o.lemma_.lower() in {*campaigns, *_ERAS} and any(d.dep_ == "poss" for d in o.children))
                                  or (o.lemma_.lower() in campaigns and any(d.lower_ == "the" for d in o.children)))
            for o in c.children) for c in [*verb.children, *joined]):
        # "12,000 people were killed in his anti-drug crackdown", "… in Syrian jails during Bashar al-Assad's rule",
        # after the lead: "The health ministry says more than 4,000 people were killed in the conflict"
        return True
    return _told_with_a_campaign(verb)


#: Stretches of somebody's power: "during Bashar al-Assad's rule", "under his regime".
_ERAS = frozenset({"crackdown", "rule", "regime", "reign", "tenure", "presidency", "era"})


def _of_days(noun: Token) -> bool:
    """"last week's border conflict", "this week's clashes", "Sunday's fighting": an incident of days, no campaign."""
    return any(c.dep_ == "poss" and (c.lemma_.lower() in ("week", "weekend", "day") or c.lower_ in _WEEKDAY_NAMES)
               for c in noun.children)


def _told_with_a_campaign(verb: Token) -> bool:
    """'Burkina Faso has been battling an insurgency … since 2015. Thousands of people have been killed and more than
    two million displaced.': deaths in the present perfect, after a sentence or in a sentence that names a war or an
    insurgency, are its running toll, unless the clause names the incident ('in the attack') or a change of a toll."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ")
               for c in verb.children):
        return False
    campaigns = {*figure_lexicon()["campaign_nouns"], "unrest", "crackdown"}
    sent = verb.sent
    before = verb.doc[sent.start - 1].sent if sent.start > 0 else sent
    if not any(t.lemma_.lower() in campaigns and not _of_days(t) for t in (*before, *sent) if t.pos_ == "NOUN"):
        return False
    clause = list(verb.subtree)
    doc = verb.doc
    # "… in the attack" names the incident; "has left more than 50 people dead in clashes" does not
    return not any((t.lemma_.lower() in ATTACK_NOUNS | EVENT_NOUNS and any(d.lower_ in ("the", "this", "that")
                                                                                for d in t.children))
                   or t.lemma_.lower() in ("toll", "other")
                   or (t.lower_ == "more" and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than"))  # "5 more"
                   or t.lower_ in LATER for t in clause)


_WIDER = re.compile(r"\b(?:nationwide|countrywide|across the (?:country|nation|region|province|state|territory)|"
                    r"throughout the (?:country|nation|region|province)|all over the country|"
                    r"over the (?:past|last) (?:day|24 hours)|in the (?:past|last) 24 hours)\b", re.I)


def wider_scope(pred: Token) -> bool:
    """The harm's clause counts over the whole country or region, or the past day: 'Across the country, the strikes
    killed 19 people that day', 'bringing the nationwide toll to 19', 'left at least 91 people dead nationwide'."""
    verb = governing_verb(pred)
    words = [t for t in (verb.subtree if verb.pos_ in ("VERB", "AUX") else pred.subtree)]
    return bool(_WIDER.search(" ".join(t.lower_ for t in words)))


def governing_verb(pred: Token) -> Token:
    """The verb whose clause tells the harm: 'left' for 'left 1,000 people dead' (the parser makes 'dead' the
    verb's complement, or a modifier of its object); the harm word itself otherwise."""
    if pred.dep_ in ("oprd", "acomp", "xcomp") and pred.head.pos_ in ("VERB", "AUX"):
        return pred.head
    if pred.dep_ == "ccomp" and pred.pos_ == "ADJ" and pred.head.lemma_.lower() == "leave":
        return pred.head  # "that has left more than 4,000 people dead", parsed as a clause
    if pred.dep_ == "amod" and pred.head.dep_ == "dobj" and pred.head.head.pos_ == "VERB" and pred.i > pred.head.i:
        return pred.head.head
    return pred


#: A whole war, never one incident, whatever the tense, once the report has told its own deaths.
_WARS = frozenset({"war", "insurgency", "genocide", "conflict"})


def _campaign_total(pred: Token) -> bool:
    """'The insurgency, which began in 2017, has killed more than 6,000 people', 'a war … that has left more than
    1,200 people dead', 'More than 60,000 Palestinians have been killed in the war': the running toll of a whole war
    or insurgency is its history, told for context, not the incident the report tells. Only in the perfect, or where
    the war is dated ('the 2017 war', 'which began in 2017'): 'fighting' and 'clashes' name the incident itself."""
    campaigns = figure_lexicon()["campaign_nouns"]
    verb = governing_verb(pred)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        named = [subject]
        if subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            # "a war between factions of the Sinaloa cartel that has left 1,200 people dead": the parser hangs the
            # clause from the nearest noun; the war is up the chain of "of" and "between"
            named = [verb.head]
            while named[-1].dep_ == "pobj" and named[-1].head.dep_ == "prep" and len(named) < 4:
                named.append(named[-1].head.head)
            if named[-1].pos_ in ("VERB", "AUX") and named[-1] is not verb.head:
                # "battling an insurgency since 2012 that has killed thousands": the clause hangs from the year
                named.extend(c for c in named[-1].children if c.dep_ == "dobj")
            # "the scene of an insurgency since 2017 that has left more than 4,000 people dead"
            named.extend(o for n in list(named) for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in c.children if o.dep_ == "pobj")
        if any(n.lemma_.lower() in campaigns and (perfect or any(
                t.ent_type_ == "DATE" and any(w.like_num for w in t.subtree) for t in n.subtree)) for n in named):
            return True
        if subject.lemma_.lower() in _WARS and any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in subject.children) \
                and any(harm_of(t) == "killed" for t in pred.doc[:pred.sent.start]):
            return True  # "… killed two people, the ministry said. … The war killed more than 4,000 people in Lebanon"
    # "Since the feud … erupted in September 2024, more than 1,200 people have been killed in the state"
    if perfect and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children) and any(
            s.dep_ == "nsubj" and s.lemma_.lower() in campaigns for s in c.children) for c in verb.children):
        return True
    # "More than 4,000 people were killed in Lebanon during the 14-month conflict": a war with its length or year
    if any(c.dep_ == "prep" and c.lower_ in ("during", "in", "throughout") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in campaigns and any(
                t.like_num or t.ent_type_ == "DATE" for t in o.subtree if t.i != o.i) for o in c.children)
            for c in verb.children):
        return True
    # "… have been killed in the war", "… have died since the conflict began"
    return perfect and any(
        c.dep_ == "prep" and c.lower_ in ("in", "during", "since") and not superlative_since(c) and any(
            o.dep_ == "pobj" and o.lemma_.lower() in campaigns for o in c.children)
        for c in verb.children)


#: Frames of arrest: "arrested 20 people in connection with the killing of", "arrested three suspects over the shooting".
_CUSTODY = frozenset({"arrest", "detain", "apprehend", "jail", "connection"})


def _none_made(tok: Token) -> bool:
    """'No arrests have been made in connection with …', 'police have not arrested anyone over …'."""
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), tok)
    return any(c.dep_ == "neg" for c in verb.children) or any(
        d.lower_ == "no" for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for d in c.children)


def _by_disaster(pred: Token) -> bool:
    """'The earthquake killed more than 3,000 people', 'Dozens died in the floods': a disaster's dead, not a
    conflict's."""
    disasters = figure_lexicon()["disaster_nouns"]
    verb = governing_verb(pred)
    for tok in {pred, verb}:
        for c in tok.children:
            if c.dep_ in ("nsubj", "agent") and (c.lemma_.lower() in disasters or any(
                    o.lemma_.lower() in disasters for o in c.children if o.dep_ == "pobj")):
                return True
            if c.dep_ == "prep" and c.lower_ in ("in", "by", "from", "of") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in disasters for o in c.children):
                return True
    return False


_TOLL_RISING = frozenset({"rise", "climb", "increase", "reach", "jump", "grow"})


#: Verbs by which a protest or a statement takes a killing for its topic.
_DENOUNCING = frozenset({"denounce", "condemn", "decry", "deplore", "protest", "mourn", "commemorate", "mark"})
#: Words that set a pluperfect's harm before the story: "Fighting earlier in the week had killed at least 20 people".
_BEFORE_WORDS = frozenset({"earlier", "previously", "before"})
#: Verbs that tell of deaths as remembered or as what the story follows: "Speakers recalled that dozens … had been
#: killed", "The killings followed the death of 2 officers", "The raid follows a string of attacks … in which …".
_LOOKING_BACK = frozenset({"recall", "remember", "follow", "come", "mark", "commemorate"})


def _told_as_before(pred: Token) -> bool:
    """Harm the report tells as before its incident: a pluperfect with a word setting it earlier ("Fighting earlier
    in the week had killed 20 people"), or harm a later sentence recalls or says the incident followed ("Speakers
    recalled that dozens … had been killed", "The killings followed the death of 2 officers in an ambush", "The raid
    follows a string of IED attacks …, in which at least 20 police officers were killed")."""
    if pred.sent.start == 0:
        return False
    verb = governing_verb(pred)
    pluperfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    if pluperfect and any(t.lower_ in _BEFORE_WORDS and t.dep_ in ("advmod", "amod") for t in verb.subtree
                          if t.i < verb.i):
        return True
    for a in [pred, *list(pred.ancestors)[:6]]:
        if a.pos_ == "VERB" and a.lemma_.lower() in _LOOKING_BACK and a.i < pred.i and (
                a.lemma_.lower() != "come" or any(c.lower_ == "after" for c in a.children)) and (
                a.lemma_.lower() not in ("follow", "come") or any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in EVENT_NOUNS | {"killing", "raid", "attack", "violence"}
                    for c in a.children)):
            return True
    return False


#: Who rules in a story whose news is a ruling, a verdict or a review's findings.
_BENCH = frozenset({"court", "judge", "jury", "tribunal", "inquest", "inquiry", "review", "panel", "coroner"})
#: What such a lead does: sentences, convicts, rejects an appeal or a parole, finds.
_RULINGS = frozenset({"sentence", "convict", "acquit", "jail", "imprison", "indict", "reject", "rule", "uphold",
                      "overturn", "dismiss", "deny", "grant", "order", "find", "clear", "hear", "open", "begin",
                      "recommend"})
_NO_INCIDENT = "wirestream.no_incident_of_its_own"


_NO_SUCH_INCIDENT = re.compile(r"\bno such (?:incident|attack|killing|killings|massacre|thing) (?:has |had )?"
                               r"(?:occurred|occured|happened|taken place|took place|was recorded)\b", re.I)


def no_incident_of_its_own(doc) -> bool:
    """The story tells no incident of its own: its lead tells a court's or an inquiry's act ("A French court on
    Wednesday sentenced Salah Abdeslam …", "A Justice Department review … found 'cascading failures'", "A Norwegian
    court … rejected a parole request by Breivik, … who killed 77 people"), or it denies that the incident it names took
    place ("… alleging that twenty (20) persons were killed … no such incident occurred"). Its killings are a case's."""
    known = doc.user_data.get(_NO_INCIDENT)
    if known is None:
        known = doc.user_data[_NO_INCIDENT] = _court_lead(doc)
    return known


#: Acts of violence a sentence tells as news of its own when they have a subject: "fighters attacked a mining site".
_NEW_ACTS = frozenset({"attack", "storm", "raid", "ambush", "bomb", "shell", "strike", "massacre", "behead"})


def _new_attack_after_the_case(pred: Token) -> bool:
    """After a lead about a court's act, a later sentence whose own subject attacks ('Hours after the verdict,
    suspected CODECO fighters attacked a gold-mining site …, killing between seven and nine people') tells an incident
    of its own."""
    doc = pred.doc
    first = next(iter(doc.sents))
    if pred.sent.start == first.start:
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() in _NEW_ACTS and t.tag_ in ("VBD", "VBZ", "VBP")
               and any(c.dep_ == "nsubj" for c in t.children) for t in pred.sent)


def _court_lead(doc) -> bool:
    if _NO_SUCH_INCIDENT.search(text_of(doc)):
        return True  # a denial: "alleging that twenty (20) persons were killed … no such incident occurred"
    for sent in list(doc.sents)[:2]:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            continue  # a dateline or a headline the parser made a sentence of its own
        verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        for verb in verbs:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if verb.lemma_.lower() in ("sentence", "convict", "acquit", "indict") or (
                    subject is not None and subject.lemma_.lower() in _BENCH
                    and verb.lemma_.lower() in _RULINGS):
                return True
        return False
    return False


_SPANS_OF_DAYS = frozenset({"day", "week", "month", "year"})


def _days_after(pred: Token) -> bool:
    """'… said on Wednesday he would withdraw a finance bill, a day after at least 23 people were killed', 'two weeks
    after gunmen killed 12 villagers': a clause the story dates days or more after the harm tells an earlier event."""
    verb = governing_verb(pred)
    if any(c.dep_ == "prep" and c.lower_ == "after" and c.i < pred.i and any(
            g.dep_ == "npadvmod" and g.lemma_.lower() in _SPANS_OF_DAYS for g in c.children) and any(
            o.dep_ == "pobj" and o.lemma_.lower() in ATTACK_NOUNS | EVENT_NOUNS for o in c.children)
            for c in verb.children) and any(harm_of(t) == "killed" for t in pred.doc[pred.sent.start:verb.i - 1]):
        # "Three people were killed … on Sunday, …, one week after a bombing in the town's main market killed 19
        # people": the parser makes the earlier killing the sentence's verb, the later one told before it
        return True
    if verb.dep_ not in ("advcl", "pcomp", "relcl", "conj"):
        return False
    spans = [c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS_OF_DAYS]
    if any(any(g.dep_ == "prep" and g.lower_ == "after" for g in c.children) for c in spans):
        return True  # the parser hangs "after" on "a day"
    return bool(spans) and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children)


_REASON = re.compile(r"\b(?:in (?:response|retaliation|revenge|reprisal) (?:to|for)|to avenge)\b", re.I)


def _the_reason_told(pred: Token) -> bool:
    """'launched the drones in response to Israeli strikes on Beirut that it said had killed 22 people', 'in
    retaliation for US strikes earlier in the day, which they said had killed a number of people': a relative clause
    of what the act answered tells an earlier incident, however the parser hangs it."""
    sent = pred.sent
    for m in _REASON.finditer(sent.text):
        start = sent.start_char + m.end()
        between = [t for t in sent if start <= t.idx < pred.idx]
        if between and any(t.lower_ in ("that", "which") for t in between) and not any(
                t.text in (";", ":") or (t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj")
                                        and t.lemma_.lower() not in REPORT_VERBS) for t in between):
            return True
    return False


def _by_which_time(pred: Token) -> bool:
    """'The violence continued until 27 February, by which time 53 people had been killed': a tally up to a later
    day, the whole stretch's and not the report's own incident's."""
    verb = governing_verb(pred)
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        o.lower_ == "time" and any(d.lower_ == "which" for d in o.children) for o in c.children)
        for c in (*verb.children, *pred.children))


def _young(aged: Token) -> bool:
    """'a third, aged 19, succumbed to his injuries': an age that tells who died, not a death of old age ("died in
    Bath aged 94", "died at the age of 88")."""
    number = next((t for t in aged.doc[aged.i + 1:aged.i + 4] if t.like_num), None)
    return number is not None and number.text.isdigit() and int(number.text) < 60


def _day_month_year(year: Token) -> bool:
    """'on the night of 21 January 2025, when armed men killed three': the year closes a day's date (the report's
    own, as likely as not), not a year told on its own ('since 2015, when …')."""
    doc = year.doc
    return year.i >= 2 and doc[year.i - 1].lower_ in figure_lexicon()["months"] and doc[year.i - 2].like_num \
        and doc[year.i - 2].text.isdigit() and 1 <= int(doc[year.i - 2].text) <= 31


_WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _past_dated(event: Token, lead_root: Token) -> bool:
    """'the 2019 Easter Sunday bombings', "January's suicide bombing", 'the December bombing', 'the killings in
    Ngarbuh in February', "Sunday's bombing" (when the lead's own act is no killing): an attack the lead dates before
    its own news."""
    months = figure_lexicon()["months"]
    for t in event.subtree:
        if t.i == event.i:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", t.text) and (t.ent_type_ == "DATE" or t.dep_ in ("nummod", "compound", "amod")):
            return True  # ("the 2014 Army Public School massacre": the year inside a name NER takes for a place)
        if t.lower_ in months and (t.head.i == event.i or t.ent_type_ == "DATE"):
            return True
        if t.lower_ == "last" and t.head.lemma_.lower() in ("week", "month", "year", *months):
            return True
        if t.lower_ in _WEEKDAY_NAMES and t.dep_ == "poss" and t.head.i == event.i and harm_of(lead_root) is None:
            return True
    return False


def _recap_of_a_past_attack(pred: Token) -> bool:
    """'Turkish police have detained 46 people in connection with Sunday's bombing … The explosion killed six people',
    'Security forces killed five militants, including a commander accused of masterminding January's suicide bombing
    at the mosque … The mosque attack killed more than 80 people': after a lead that names an attack it dates before
    its own news, 'The attack killed N' recalls that attack."""
    doc = pred.doc
    if pred.pos_ != "VERB" or harm_of(pred) != "killed":
        return False
    subject = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in ATTACK_NOUNS | EVENT_NOUNS | {
            "blast", "explosion", "bombing", "attack", "strike", "massacre"} or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    sents = [s for s in doc.sents if any(t.pos_ in ("VERB", "AUX") for t in s)]
    if not sents or pred.sent.start <= sents[0].start:
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in pred.sent if not re.fullmatch(r"(?:19|20)\d\d", t.text)):
        return False  # a sentence with a day of its own tells when; not a bare recap
    lead = sents[0]
    for t in lead:
        if t.pos_ == "NOUN" and t.lemma_.lower() in ATTACK_NOUNS | EVENT_NOUNS | {
                "bombing", "attack", "massacre", "killing", "blast", "strike"} and _past_dated(t, lead.root):
            # the lead has news of its own day ("… said on Monday") or of a follow-up, besides the attack it dates
            # (not "WHO is appalled by the attack on 24 January on the hospital …": that attack is the news)
            inside = {x.i for x in t.subtree}
            if lead.root.lemma_.lower() in _FOLLOW_UPS or any(
                    x.ent_type_ == "DATE" and x.i not in inside for x in lead):
                return True
    return False


#: What a story's lead does when its news is what followed a killing: a memorial, a trial, charges, arrests, payments.
_FOLLOW_UPS = frozenset({"gather", "mark", "commemorate", "honour", "honor", "remember", "mourn", "offer", "charge",
                         "file", "detain", "arrest", "extradite", "conclude", "recommend", "commute", "open", "begin",
                         "hold", "pay", "award", "identify", "exhume", "rebury", "apologise", "apologize"})
#: Whose people a killed noun phrase is: "the families of the 13 people killed", "funerals for seven people killed".
_MOURNERS = frozenset({"funeral", "burial", "memorial", "vigil", "family", "relative", "parent", "anniversary",
                       "commemoration", "compensation", "grave", "survivor", "widow", "orphan"})


def _mourned_or_tried(pred: Token) -> bool:
    """A killing told inside a noun phrase of a lead whose own act is a memorial, a trial, charges or a payment
    ("Families of the 22 people killed in the Manchester Arena bombing gathered … to mark five years", "announced an
    ex gratia … for the families of the 13 people killed in the gunfight … on Monday"), or told as whose funeral or
    family it was while the sentence tells something else ("as the city held funerals for seven people killed in
    Sunday's strike"): the deaths are an earlier incident's."""
    doc = pred.doc
    if pred.dep_ in ("acomp", "oprd", "advmod") and pred.head.pos_ == "VERB":
        pred = pred.head  # "the nine people shot dead in racist attacks": the verb "dead" completes
    if harm_of(pred) != "killed" or pred.dep_ in ("ROOT",) or pred.head.i == pred.i:
        return False
    # the phrase it hangs in: up to the first noun above it
    above = pred.head
    while above.pos_ not in ("NOUN", "PROPN") and above.dep_ not in ("ROOT",) and above.head.i != above.i:
        if above.pos_ in ("VERB", "AUX") and above.dep_ not in ("acl", "relcl", "amod"):
            return False
        above = above.head
    if above.pos_ not in ("NOUN", "PROPN") or pred.dep_ not in ("acl", "relcl", "amod"):
        return False
    owner = above.head if above.dep_ == "pobj" and above.head.lower_ in ("of", "for") else None
    owner = owner.head if owner is not None else None
    mourned = owner is not None and (owner.lemma_.lower() in _MOURNERS or (  # "held funerals for five people killed"
        owner.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _MOURNERS for c in owner.children)))
    sent = pred.sent
    root = sent.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    follow_up = any(v.lemma_.lower() in _FOLLOW_UPS for v in verbs) and not any(harm_of(v) for v in verbs)
    sents = [s for s in doc.sents if any(t.pos_ in ("VERB", "AUX") for t in s)]
    in_lead = bool(sents) and sent.start == sents[0].start
    if in_lead and follow_up:
        return True
    # (a killing with a day of its own: "for the families of the 13 people killed in the gunfight … on Monday")
    dated = any(t.ent_type_ == "DATE" for t in pred.subtree if t.i > pred.i)
    return mourned and not any(harm_of(v) == "killed" for v in verbs if v.i != pred.i) and (
        follow_up or dated or any(harm_of(t) == "killed" and t.i != pred.i and t.i < pred.i for t in sent))


def background(pred: Token) -> bool:
    """True when the harm is the reason for or topic of another event, or set in an earlier incident: a protest
    'against attacks that killed nine' reports a protest, not nine deaths; so do 'discuss the killing of 51',
    'the anniversary of the massacre', 'an earlier shooting in which a boy was killed'."""
    lex = figure_lexicon()
    if pred.lemma_.lower() in ("die", "death", "dead") and any(
        (t.lemma_.lower() in lex["natural_causes"] or t.lower_ in lex["natural_causes"] or (
            t.lower_ == "heart" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("attack", "failure")))
        and not (t.lower_ in ("aged", "age") and _young(t))
        for t in pred.subtree if t.i > pred.i
    ):
        # "who has died in Bath aged 94", "died of cancer", "died of a heart attack while sheltering": a death, not a
        # killing (not "died when a bomb exploded in the heart of the city")
        return True
    if (no_incident_of_its_own(pred.doc) and not _new_attack_after_the_case(pred)) or _days_after(pred) \
            or _by_which_time(pred) or _the_reason_told(pred):
        return True
    if _recap_of_a_past_attack(pred) or _mourned_or_tried(pred):
        return True
    if _obituary(pred) or _over_a_period(pred) or _set_apart_in_time(pred) or _campaign_total(pred):
        return True
    if pred.sent.start > 0 and _dated_before_the_story(pred):
        return True
    if any(a.lemma_.lower() in REPORT_VERBS and any(
            c.dep_ == "nsubj" and any(m.lower_ in ("unconfirmed", "unverified") for m in c.children) for c in a.children)
           for a in list(pred.ancestors)[:3]):
        return True  # "Unconfirmed reports on local Telegram channels said a second person had died": a rumour
    for a in list(pred.ancestors)[:4]:
        if a.pos_ == "NOUN" and a.lemma_.lower() in ("report", "claim", "rumour", "rumor") and a.dep_ == "nsubj" and any(
                c.dep_ == "acomp" and c.lower_ in ("false", "untrue", "unfounded", "baseless", "incorrect", "fake")
                for c in a.head.children):
            return True  # "A report … that a protester had been shot dead in Nakuru was false": a rumour denied
        if a.dep_ == "pobj" and a.head.lower_ == "since" and a.i < pred.i:
            return True  # "to mark four months since the collapse of the canopy …, which killed 16 people"
        if a.dep_ == "pobj" and a.head.lower_ == "for" and a.head.i > 0 and a.doc[a.head.i - 1].lemma_.lower() in (
                "justice", "accountability", "compensation", "vigil", "tribute", "memorial", "prayer"):
            return True  # "marched … demanding justice for the more than 60 people killed during protests in 2022"
        if a.pos_ == "NOUN" and pred.dep_ != "ROOT" and any(n.lemma_.lower() in lex["campaign_nouns"] for n in (
                a, *(o for c in a.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children))) and any(
                c.dep_ == "relcl" and c.i <= pred.i <= c.right_edge.i for c in a.children):
            return True  # "ending two years of war in which hundreds of thousands of people are estimated to have died"
    if pred.sent.start > 0 and _by_disaster(pred):
        return True
    if (pred.dep_ == "relcl" or (pred.dep_ == "ccomp" and pred.head.dep_ == "relcl")) and any(
            a.lemma_.lower() in figure_lexicon()["disaster_nouns"] or any(
            c.dep_ == "nsubj" and c.lemma_.lower() in figure_lexicon()["disaster_nouns"] for c in a.children)
            for a in list(pred.ancestors)[:3]):  # (or "the earthquake, which state media said had killed 3,700")
        return True  # "the day after the earthquake centred near Mandalay, which killed more than 3,000 people"
    if _told_as_before(pred):
        return True
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and pred.head.lemma_.lower() in _DENOUNCING and any(
            t.lemma_.lower() in ("protest", "rally", "march", "demonstrate", "gather", "protester", "demonstrator")
            for t in pred.sent if t.i < pred.head.i):
        return True  # "protested in front of the embassy …, denouncing the killing of more than 460 people" (a
        # protest's topic; not "The president condemned the killing of 12 soldiers in an ambush on Monday")
    campaigns = lex["campaign_nouns"]
    if pred.dep_ == "relcl" and (which := next((c for c in pred.children if c.dep_ == "prep" and c.lower_ in (
            "in", "during") and any(o.lower_ == "which" for o in c.children)), None)) is not None and (nearest := next((
            t for t in reversed(pred.doc[pred.sent.start:which.i]) if t.pos_ == "NOUN"), None)) is not None \
            and nearest.lemma_.lower() in campaigns:
        return True  # "… ending 44 days of war in Nagorno-Karabakh, in which more than 6,000 people were killed"
    if pred.sent.start > 0 and any(a.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in campaigns for c in a.children) for a in list(pred.ancestors)[:6]):
        return True  # "The war has killed more than 47,000 … and began with a Hamas-led attack that killed 1,200 people"
    if pred.pos_ == "NOUN" and pred.dep_ == "pobj" and (
            (pred.head.lower_ == "in" and pred.head.head.lemma_.lower() in (
                "involve", "implicate", "involvement", "participate", "role", "hand"))
            or (pred.head.lower_ == "to" and pred.head.head.lemma_.lower() in ("link", "connect", "tie"))):
        # "arrested 5 target killers, who officials said were involved in 30 murders", "were linked to the killing of
        # 2 youths": what they are charged with
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("during", "in", "throughout") and any(
            o.dep_ == "pobj" and o.tag_ == "NNS" and any(d.dep_ == "det" and d.lower_ == "those" for d in o.children)
            for o in c.children) for c in governing_verb(pred).children):
        return True  # "unions say more than 700 farmers died during those protests": the ones told of before
    if _accused_of(pred):
        return True
    for a in list(pred.ancestors)[:5]:
        # "held over his alleged role in inter-communal clashes this week, in which dozens of people were killed"
        if a.dep_ == "pobj" and a.head.lower_ == "in" and a.head.head.lemma_.lower() in ("role", "involvement"):
            return True
    if pred.dep_ == "pobj" and pred.head.lower_ in ("over", "against") and pred.head.head.lemma_.lower() in (
            _REACTIONS | {"gather"}):
        return True  # "protesters gathered in Rasht over the death of Mahsa Amini in police custody"
    reacting = any(t.lemma_.lower() in _REACTIONS | {"gather", "protester", "rioting", "unrest", "disorder"}
                   for t in pred.sent if t.i < pred.i)
    verb = governing_verb(pred)
    if reacting and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return True  # "arrested 667 people during a third night of rioting … after police shot dead a teenager"
    if any(a.dep_ == "pobj" and a.head.lower_ in ("after", "following", "over") and a.i < pred.i and (
            a.lemma_.lower() in ("burial", "funeral", "death", "killing", "murder") or reacting)
           for a in [*pred.ancestors, *_antecedent_chain(verb)]):
        return True  # "protesters had taken to the streets after the burial of an activist who was attacked and died"
    if governing_verb(pred).dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in governing_verb(pred).children):
        return True  # "Tensions have been high since a Cambodian soldier was killed in an exchange of fire in May"
    if any(c.dep_ == "prep" and c.lower_ in ("in", "across") and any(
            o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in _ELSEWHERE and any(
                a.lower_ in ("other", "neighbouring", "neighboring") for a in o.children)
            and not any(a.dep_ == "nummod" for a in o.children) for o in c.children)  # not "in two neighbouring villages"
            for c in governing_verb(pred).children):
        return True  # "No deaths were reported in Kano, although Amnesty said protesters had been killed in other states"  # "demolished the homes of two Palestinians accused of killing an Israeli man": the charge
    if pred.dep_ == "advcl" and pred.head.lemma_.lower() in _REACTIONS and not harm_of(pred.head) and any(
            c.dep_ == "mark" and c.lower_ in ("after", "following") for c in pred.children):
        return True  # "A crowd attacked the police station after a detainee died in custody": what set it off
    if pred.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in pred.children):
        return True  # "counts any killing of three or more people in one incident as a massacre": a definition
    if pred.dep_ == "relcl" and pred.head.lemma_.lower() in EVENT_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in pred.children):
        return True  # "returning from an operation in which four rebels had been killed": told as before the story
    if pred.dep_ == "relcl" and (any(c.dep_ == "advmod" and c.lower_ in ("earlier", "previously") for c in pred.head.children)
                                 or (pred.head.dep_ == "pobj" and pred.head.head.head.lower_ in ("earlier", "previously"))):
        # "the Oromo protests earlier in the year, during which scores were killed", "the attack on Bosso earlier in
        # the month that killed 26 soldiers"
        return True
    if pred.dep_ == "ccomp" and pred.head.dep_ == "relcl" and pred.head.lemma_.lower() in REPORT_VERBS \
            and pred.head.head.lemma_.lower() in EVENT_NOUNS and any(c.dep_ == "aux" and c.lower_ == "had"
                                                                     for c in pred.children):
        return True  # "following the Juba fighting, which it said had killed hundreds"
    verb = governing_verb(pred)
    when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is not None and verb.dep_ in ("relcl", "advcl") and when.i == verb.left_edge.i and when.i >= 2:
        year = pred.doc[when.i - 2] if pred.doc[when.i - 1].text == "," else pred.doc[when.i - 1]
        if year.like_num and len(year.text) == 4 and year.ent_type_ == "DATE" and not _day_month_year(year):
            return True  # "the deadliest attack since 2015, when cartel members killed 15 police": a past incident
        above = verb.head
        for _ in range(3):
            if above.pos_ in ("VERB", "AUX") or above.head.i == above.i:
                break
            above = above.head
        if year.ent_type_ == "DATE" and (any(c.dep_ == "aux" and c.lower_ == "had" or (
                c.dep_ == "advmod" and c.lower_ in ("previously", "earlier")) for c in above.children) or (
                year.lower_ in figure_lexicon()["months"] and not any(
                    t.ent_type_ == "DATE" and t.lower_ == year.lower_ for t in pred.doc if t.i != year.i))):
            # "The village had been attacked on 2 September, when 5 residents were killed", "The camp was previously
            # attacked in February, when 7 peacekeepers were killed"
            return True
    frames, preps = lex["background_frames"], lex["background_preps"]
    if pred.pos_ == "NOUN":
        frames = [*frames, *lex["noun_background_words"]]
    child, tok = pred, pred
    if pred.pos_ == "NOUN" and _earlier(pred):
        return True
    clause = pred.head if pred.dep_ in ("oprd", "acomp") and pred.head.pos_ == "VERB" else pred  # "left 33 dead"
    # (a person's past is a role, not an earlier incident: "A former student stabbed a teacher to death")
    if clause.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and _earlier(c)
                                     and c.lemma_.lower() not in person_nouns() for c in clause.children) \
            and not (clause.lemma_.lower() in _TOLL_RISING and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ("number", "toll", "tally") for c in clause.children)):
        # (not "The number of people killed in last week's gang attack … has risen to at least 115": that toll now)
        return True  # "Earlier clashes on 26 November had killed 16 police officers", "Similar clashes in March left 33 dead"
    for _ in range(8):
        if tok.dep_ == "ROOT" or tok.head.i == tok.i:
            return False
        child, tok = tok, tok.head
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in lex["hedge_nouns"] and child.dep_ in ("acl", "ccomp", "relcl", "prep"):
            return True  # "rumours that five people had been killed"
        if tok.pos_ == "NOUN" and lemma in ("report", "claim", "allegation") and child.dep_ in ("acl", "ccomp", "relcl") \
                and tok.head.lemma_.lower() in ("deny", "reject", "dismiss", "refute"):
            return True  # "The army denied media reports that 10 soldiers were killed"
        # "demand justice for a teacher who died", "staged a protest over …": a verb whose object is a frame frames
        # what hangs from it by a preposition too
        framed = tok.pos_ == "VERB" and child.dep_ == "prep" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in frames for c in tok.children)
        if lemma in _CUSTODY and _none_made(tok):
            continue  # "No arrests have been made in connection with the death of an activist": the death is the news
        if (lemma in frames or tok.lower_ in frames or framed or (lemma == "response" and child.lower_ == "to")) and (
            # "marched to condemn the killing of …": the purpose of a protest (xcomp, or an advcl "to reject …") is
            # its topic too
            child.dep_ in ("dobj", "pobj", "nsubjpass", "xcomp") or (child.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in child.children)) or (child.dep_ == "prep" and (
                child.lower_ in preps or (child.lower_ == "to" and lemma == "response")  # "in response to the killing"
                # "Police have arrested three suspects in the killing of a radio broadcaster": what they are held for
                or (child.lower_ == "in" and lemma in ("arrest", "detain", "apprehend", "charge", "convict", "sentence",
                                                       "jail", "indict") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in ("killing", "murder", "death", "shooting", "lynching",
                                                             "assassination", "stabbing") for o in child.children))))
        ):
            return True
        if tok.pos_ in ("NOUN", "PROPN") and child.dep_ in ("relcl", "acl", "prep") and _earlier(tok):
            return True
        main = tok.head.head if tok.dep_ == "pobj" else next(
            (a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), tok.head) if tok.dep_ == "dobj" else tok
        if tok.pos_ == "NOUN" and child.dep_ == "relcl" and lemma in EVENT_NOUNS and tok.dep_ in ("pobj", "dobj") \
                and tok.head.lower_ in ("following", "after") and main.pos_ in ("VERB", "AUX") and not any(
                    harm_of(t) in ("killed", "injured") for t in main.subtree
                    if not (tok.left_edge.i <= t.i <= tok.right_edge.i)):
            # "Niger declared 3 days of national mourning following the Bosso attack, in which 26 soldiers were
            # killed": what the clause reports came after the attack, and harmed nobody
            return True
        if tok.pos_ == "VERB" and lemma in ("spark", "trigger", "provoke", "prompt") and child.dep_ != "conj" and any(
                c.dep_ == "agent" and c.i < pred.i for c in tok.children) and tok.i < pred.i:
            return True  # "The fighting was sparked by a cattle theft in May in which 3 people were killed": its cause
        if tok.pos_ in ("VERB", "AUX") and child.dep_ not in ARGUMENT_PATH:
            return False  # the harm's own clause hangs from this verb as an adjunct: the frame above is not its topic
    return False


# "the past three months", "the last two years", "this year", "the past month": a stretch; "last week" and "last
# month" date one incident and stay.
#: When, not how long: "earlier this month", "early this year".
_EARLIER_THIS = re.compile(r"\b(?:earlier|early|later|late)\s+this\s+(?:week|month|year)\b")
_PERIODS = re.compile(r"\b(?:past|last|previous|recent)\b.*\b(?:weeks|months|years|decades?)\b|\b(?:this|past|last)\s+year\b"
                      r"|\b(?:during|over|in)\s+(?:the\s+)?(?:\d+|\w+)\s+(?:weeks|months|years)\s+of\b"
                      r"|^(?:during|over|after|through)\s+(?:weeks|months|years)\s+of\b"
                      r"|\b(?:this|past)\s+month\b|\bpast\s+week\b|\bfirst\s+(?:\w+\s+)?(?:weeks|months)\s+of\b"
                      r"|\b(?:same|that)\s+period\b|\b(?:during|over|throughout)\s+the\s+(?:month|year)\b"
                      r"|\b(?:every|each|per)\s+(?:year|month|week|day)\b"
                      # "in the 1990s", "in the year to March 2023": a decade, a statistical year
                      r"|\b(?:19|20)\d0s\b|\bthe\s+year\s+to\b|^in\s+the\s+year$"
                      # a briefing's tally: "within the period under review", "during the reporting period"
                      r"|\bperiod\s+under\s+review\b|\breporting\s+period\b"
                      # "since the start of the year": a count run up from then
                      r"|\b(?:start|beginning)\s+of\s+(?:the|this)\s+(?:year|month)\b"
                      # "had been killed in Colombia so far that year"
                      r"|^that\s+year$"
                      # "Over the course of the riots …, 53 people were killed": the whole stretch's dead
                      r"|^over\s+the\s+course\s+of\b")


#: Places named as elsewhere than the report's: "in other states", "in neighbouring districts".
_ELSEWHERE = frozenset({"state", "region", "province", "district", "area", "part", "city", "town", "country", "county",
                        "village", "locality", "neighbourhood", "neighborhood"})


#: Verbs and nouns of a charge: what somebody is "accused of", "arrested for", "convicted of" is told as the charge.
_CHARGING = frozenset({"accuse", "suspect", "charge", "convict", "blame", "indict", "prosecute", "sentence", "jail",
                       "acquit", "accusation", "allegation", "suspicion", "conviction", "charge", "arrest", "detain"})


def _antecedent_chain(verb: Token) -> list[Token]:
    """A relative clause the parser hung elsewhere ("protested … over the train collision at Tempi on 28 February that
    killed 57 people", its "that killed" made a clause of "protested"): the noun it tells of, the nearest common noun
    before its "that"/"which", and that noun's heads, as if the parser had hung it right."""
    if verb.dep_ == "relcl":
        return []
    which = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT"
                  and c.lower_ in ("that", "which") and c.i < verb.i), None)
    if which is None:
        return []
    noun = next((t for t in reversed(verb.doc[verb.sent.start:which.i]) if t.pos_ == "NOUN"), None)
    return [] if noun is None else [noun, *noun.ancestors]


def _accused_of(pred: Token) -> bool:
    """'a woman accused of killing an 8-year-old girl', 'a report accusing the army of executing 223 villagers',
    'arrested on suspicion of murdering 3 people': a killing named as somebody's charge, not this report's event."""
    if pred.dep_ not in ("pcomp", "pobj") or pred.head.lower_ not in ("of", "for", "with", "over"):
        return False
    head = pred.head.head
    if head.lower_ in ("of", "on") and head.dep_ == "pobj":  # "on suspicion of murdering"
        head = head.head
    if head.lemma_.lower() in _CHARGING:
        return pred.head.lower_ != "for" or head.lemma_.lower() in ("arrest", "detain", "jail", "sentence", "convict",
                                                                    "charge", "blame", "prosecute", "indict")
    # "accusing the army of executing …": the charge hangs from the accused
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _CHARGING and pred.head.lower_ == "of"


_MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"})


def _over_a_period(pred: Token) -> bool:
    """'killed 40 militants in the past three months', '300 so far this year', '43 students killed in 2014': a tally
    over a stretch of time, or deaths dated by a year alone, are history or a running total, not a reported incident."""
    # "attacks that have left more than 1,000 people dead in the region this year": the stretch hangs from "left"
    verb = governing_verb(pred)
    # "with more than 3,000 murders recorded in 2022": the stretch on the participle that tells the count
    recorded = [g for c in pred.children if c.dep_ == "acl" and c.i > pred.i and not harm_of(c) for g in c.children]
    # "which killed about 400,000 people between 2013 and 2018": the stretch on the counted noun
    counted = [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"
               and g.lower_ in ("between", "since", "from")]
    if re.search(r"^[^;]*?\bso far (?:in|during) (?:19|20)\d\d\b", pred.doc[pred.i:pred.sent.end].text):
        return True  # "has recorded the killing of 11 journalists and media workers in Mexico so far in 2022"
    if verb.dep_ == "relcl" and any(re.fullmatch(r"(?:19|20)\d0s", t.text) for t in verb.doc[verb.sent.start:verb.i]):
        return True  # "a war … in the 1990s in which an estimated 200,000 people were killed"
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.ent_type_ != "DATE" and any(
            re.fullmatch(r"(?:19|20)\d\d", c.text) and c.dep_ in ("nummod", "compound", "amod") for c in verb.head.children):
        return True  # "sentenced seven men for the 2016 attack on a Dhaka cafe in which 22 people were killed"
    if verb.dep_ == "relcl" and (outer := verb.head.head if verb.head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
                                 else verb.head).i != verb.i and any(
            c.dep_ == "prep" and c.lower_ in ("in", "during", "over", "throughout") and (words := [t.lower_ for t in c.subtree])
            and any(len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100 for w in words)
            and not any(w in figure_lexicon()["months"] for w in words) for c in outer.children):
        return True  # "conducted 59,775 operations across the country in 2024, in which 925 terrorists were killed"
    if any(c.dep_ == "prep" and [t.lower_ for t in c.subtree] == ["in", "the", "past"]
           for c in [*pred.children, *verb.children,
                     *(g for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for g in s.children)]):
        return True  # "a chieftaincy dispute, which in the past claimed several lives"
    # "with hundreds of people killed and thousands kidnapped in the past year": the stretch told once for both
    # (not a clause with a subject of its own: "… killed in an attack …, where troops were searching for a pilot held
    # hostage since February")
    joined = [g for c in pred.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
        x.dep_.startswith("nsubj") and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in x.children)
        for x in c.children) for g in c.children if g.dep_ == "prep"]  # (but "… and 22 others disappeared … in 2023")
    # "… had been killed and over 3,000 abducted across the state since the start of the year": on the count joined
    joined += [g for c in pred.children if c.dep_ == "conj" and c.pos_ == "NUM" for a in c.children if a.dep_ == "acl"
               for g in a.children if g.dep_ == "prep"]
    # "troops had in the past three months neutralised over 200 terrorists": the parser takes "had" for the verb
    if pred.head.lemma_.lower() == "have" and pred.dep_ in ("advcl", "xcomp", "ccomp") and pred.head.i < pred.i:
        joined += [c for c in pred.head.children if c.dep_ == "prep" and c.i < pred.i]
    # "The Observatory counts since the beginning of the year the death of 94 people": on the verb that counts them
    if pred.pos_ == "NOUN" and pred.dep_ == "dobj" and pred.head.pos_ == "VERB":
        joined += [c for c in pred.head.children if c.dep_ == "prep" and c.lower_ == "since"]
    # "had been killed by vigilantes in April and May": the parser hangs the stretch on the agent
    joined += [g for c in pred.children if c.dep_ == "agent" for o in c.children for g in o.children
               if g.dep_ == "prep" and g.lower_ in ("in", "during", "between")]
    for child in [*pred.children, *(verb.children if verb is not pred else ()), *recorded, *counted, *joined]:
        if child.dep_ not in ("prep", "npadvmod") or not any(
                t.ent_type_ == "DATE" or t.lower_ == "period" for t in child.subtree) and not (  # "over the same period"
                child.dep_ == "npadvmod" and child.lemma_.lower() in ("year", "month", "week", "day")) and not (
                # "counts since the beginning of the year the death of 94 people" (no date for the model)
                child.lower_ == "since" and _PERIODS.search(" ".join(t.lower_ for t in child.subtree))):  # "every year"
            continue
        # not a clause below it: "in a revenge attack linked to a killing in 2018" dates the killing it was for
        words = [t.lower_ for t in child.subtree if not _below_a_clause(t, child)]
        if child.lower_ == "since" and superlative_since(child):
            continue
        if child.lower_ == "since" and (any(w.isdigit() and len(w) == 4 for w in words) or (
                any(w in figure_lexicon()["months"] for w in words) and not any(w.isdigit() for w in words))):
            return True  # "killed 70 protesters since November"; "since Monday", "since 1 June" are days and stay
        if sum(w in _MONTH_NAMES for w in words) >= 2 and not any(w.isdigit() and len(w) <= 2 for w in words):
            return True  # "had been killed by vigilantes in April and May": a tally over months
        if any(w in figure_lexicon()["months"] for w in words):
            continue  # "on 12 June 2016": a day
        if _EARLIER_THIS.search(" ".join(words)):
            continue  # "over nine days earlier this month": when, as a date is (a later sentence's: `dated_last_week`)
        if any(len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100 for w in words):
            return True
        if _PERIODS.search(" ".join(words)):
            return True
    return _dated_subject(verb)


def _below_a_clause(tok: Token, top: Token) -> bool:
    """`tok` is inside a participle or relative clause hung below `top` ("an attack [linked to a killing in 2018]")."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in ("acl", "relcl"):
            return True
        tok = tok.head
    return False


def _in_own_clause(tok: Token, verb: Token) -> bool:
    """`tok` hangs from `verb` through nouns and prepositions only, not through another clause's verb."""
    up = tok.head
    while up.i != verb.i:
        if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
            return False
        up = up.head
    return True


def _after_the_lead_month(words: list[str], doc) -> bool:
    """A month (and year) later than the one the report's first sentence dates it by: a death that came after the
    incident ("died in hospital in January 2025" in a report of 20 December 2024), not an earlier one."""
    order = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"]
    month = next((order.index(w) for w in words if w in order), None)
    year = next((int(w) for w in words if len(w) == 4 and w.isdigit()), None)
    first = next(iter(doc.sents), None)
    if month is None or first is None:
        return False
    lead = [t.lower_ for t in first if t.ent_type_ == "DATE"]
    lead_month = next((order.index(w) for w in lead if w in order), None)
    lead_year = next((int(w) for w in lead if len(w) == 4 and w.isdigit()), None)
    if lead_month is None:
        return False
    if year is not None and lead_year is not None:
        return (year, month) > (lead_year, lead_month)
    return month > lead_month or lead_month - month >= 10  # December to January: the year turned


def _dated_subject(verb: Token) -> bool:
    """'A strike on a Dnipro apartment block in January 2023 killed 46 people', after an incident told before: the
    event that killed is dated by a month and year alone, another one than the report's."""
    if verb.pos_ not in ("VERB", "AUX") or verb.sent.start == 0:
        return False
    months = figure_lexicon()["months"]
    for prep in (c for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "in" and _in_own_clause(c, verb)):
        words = [t.lower_ for t in prep.subtree]  # "shot dead outside his home in August"
        if len(words) <= 3 and any(w in months for w in words) and not any(w.isdigit() and len(w) <= 2 for w in words):
            if _after_the_lead_month(words, verb.doc):
                continue  # "A sixth victim died in hospital in January 2025", in a report of 20 December 2024
            # "The collapse in Novi Sad in November killed 15 people", after the story's own incident or its date
            return any(harm_of(t) or t.lemma_.lower() in ATTACK_NOUNS or t.ent_type_ == "DATE"
                       for t in verb.doc[:verb.sent.start])
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("during", "in")):
        for o in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in EVENT_NOUNS | {"violence", "unrest"}):
            if any(c.lower_ in months for c in o.children if c.dep_ in ("compound", "amod", "nmod")):
                # "Authorities have said 225 people were killed during the January violence"
                return any(harm_of(t) or t.lemma_.lower() in ATTACK_NOUNS or t.ent_type_ == "DATE"
                           for t in verb.doc[:verb.sent.start])
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i):
        years = [t for t in subject.subtree if t.like_num and len(t.text) == 4 and t.text.isdigit()
                 and 1900 <= int(t.text) <= 2100 and t.ent_type_ == "DATE"]
        if years and verb.sent.start > 0 and not any(t.lower_ in months for t in subject.subtree):
            return True  # "Clashes along the border in 2021 and 2022 killed about 100 people"; not "on 14 May 2024"
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in ("day", "week", "month")):
        # "3 days of violence in the coastal region had killed more than 1,000 people", after the story's own
        # incident: a stretch of many incidents
        if any(c.dep_ == "nummod" for c in subject.children) and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in subject.children) and any(
                harm_of(t) or t.lemma_.lower() in ATTACK_NOUNS for t in verb.doc[:verb.sent.start]):
            return True
    for left in (c for c in verb.children if c.dep_ in ("nsubj", "advcl") and c.i < verb.i):
        text = " ".join(t.lower_ for t in left.subtree)
        if re.search(r"\b(?:earlier|previously) (?:this|last) (?:year|month)\b|\blast (?:year|month)\b", text):
            return True  # "Fighting earlier this year, during which M23 rebels captured Goma, killed thousands"
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        before = verb.doc[subject.i - 1] if subject.i > 0 else None
        if subject.lower_ in ("that", "which") and before is not None and before.lower_ in months \
                and before.head.lower_ == "in":
            # "A land dispute triggered clashes in July that killed dozens of people"
            return any(harm_of(t) or t.lemma_.lower() in ATTACK_NOUNS or t.ent_type_ == "DATE"
                       for t in verb.doc[:verb.sent.start])
        for prep in (c for c in subject.subtree if c.dep_ == "prep" and c.lower_ == "in"):
            words = [t.lower_ for t in prep.subtree]
            # a month, with or without its year, and no day: "The collapse in Novi Sad in November killed 15 people"
            if any(w in months for w in words) and not any(w.isdigit() and len(w) <= 2 for w in words):
                return any(harm_of(t) or t.lemma_.lower() in ATTACK_NOUNS for t in verb.doc[:verb.sent.start])
    return False


def _obituary(pred: Token) -> bool:
    """'Former president John Mensah has died': a named person's death told with no violence in its sentence is news
    of a death, not a killing; 'has died of his wounds', 'has died after he was shot' keep their cause."""
    if pred.lemma_.lower() != "die" or not (pred.tag_ == "VBZ" or any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in pred.children)):
        return False  # "has died", "had died", and a headline's "Famed music director Viotti dies"
    # A person named, or somebody's kin: "his grandmother had died"
    if not any(c.dep_ == "nsubj" and (any(t.ent_type_ == "PERSON" for t in c.subtree) or any(
            g.dep_ == "poss" for g in c.children)) for c in pred.children):
        return False
    lex = figure_lexicon()
    violent = frozenset(lex["violent_causes"])
    return not any(
        t.i != pred.i and (t.lemma_.lower() in violent or t.lemma_.lower() in ATTACK_NOUNS or (harm_of(t) and t.lemma_.lower() != "die"))
        for t in pred.sent
    )


#: What a crowd does after a death it reacts to.
_REACTIONS = frozenset({"attack", "storm", "protest", "riot", "demonstrate", "rally", "march", "burn", "torch", "loot",
                        "block", "barricade", "besiege", "stone", "vandalise", "vandalize", "ransack", "occupy"})
