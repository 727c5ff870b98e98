"""Place names standing for a company or a club: the firm or the team, not the place.

"Canada Goose shares fell", "Fiji Water's owner", "Arizona Beverages, the iced tea
maker", "Paris Saint-Germain lost to Atletico Madrid": the model, the gazetteer scan or
a rule for names inside entities finds a place's name there, but the text names a
company or a team. :func:`without_firm_names` drops a toponym when

* it stands in a longer run of capitalised words (a hyphen inside one: "Saint-Germain")
  that is no gazetteer name and does not end in a place's kind word ("City", "River",
  "Street", :data:`PLACE_HEADS`), and that run is a firm's or a team's: a business
  noun follows it ("shares", "stock", "owner", "chief executive", through a
  possessive: "Fiji Water's owner", :data:`BUSINESS_NOUNS`), an apposition after a
  comma says what business it is in ("Arizona Beverages, the iced tea maker"),
  "shares in" comes before it, it (or the list it stands in) modifies a trade noun
  ("Arizona Iced Tea and Tennessee Whiskey maker Brown-Forman") or reports results
  ("Boston Scientific reported higher sales", :mod:`geomap.nlp.firm_context`); or it is
  the subject of "won", through a list ("Real Madrid and Paris Saint-Germain both
  won"), or opens with a club's initials ("AC Milan", "FC Porto"), or an argument of
  a verb of sport ("beat", "lost to", "drew with", :data:`SPORT_LEMMAS`) and the place
  comes after the club's other words ("Inter Milan") or before another place's name
  ("Paris Saint-Germain"): a town before a team's plural nickname ("the Oakland
  Athletics") is the team's town;
* it is a bare name of a small place (no country, admin-1 unit or city of
  :data:`~geomap.nlp.vocab.BIG_CITY` or more) with such a business cue ("Shares in Nokia
  rose", "Nokia shares") or before a trade noun and a firm's name ("Sandwich chain
  Jersey Mike's"); or a bare name that is an argument of a verb of sport whose
  other argument is a capitalised name, not a person's ("Brest, in only their first
  European campaign, beat Sparta Prague"; not "Biggers beat London goalie Trevor Cann");
  or a name the model tagged a company, acting beside another company
  (:mod:`geomap.nlp.firm_subjects`: "Toyota announced a plant, while Samsung said").

The same name (its whole run of capitalised words) elsewhere in the article is that
firm too ("Nokia and Arizona Beverages lead ..." in the headline), but after a
preposition of place ("fans in Brest").

"Shares in Tokyo fell" keeps Tokyo (a big city's market), "Kharkiv Tractor Plant" its
town (a facility word ends the run), and a word a headline's title case capitalises
(:func:`~geomap.nlp.headline_case.styled_tokens`) is no name's word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.docarrays import token_texts
from geomap.nlp.firm_context import club_initials, named_trade, trade_run, won
from geomap.nlp.firm_subjects import company_subject
from geomap.nlp.headline_case import styled_tokens
from geomap.nlp.place_nouns import UNIT_NOUNS
from geomap.nlp.vocab import (
    BIG_CITY,
    FACILITY_WORDS,
    FEATURE_KIND_WORDS,
    GENERIC_WORDS,
    LOCAL_KIND_WORDS,
    LOCATIVE_PREPOSITIONS,
    POSSESSIVE,
    SETTLEMENT_WORDS,
    SPEECH_LEMMAS,
)

#: Nouns after a name that make it a company's ("Canada Goose shares", "Fiji Water's owner").
BUSINESS_NOUNS = frozenset(
    """
    shares share stock stocks shareholders shareholder investors owner owners
    ceo chairman chairwoman subsidiary brand
    """.split()  # noqa: SIM905
)
#: Parts of speech of a word that is no business noun ("Canada shares a border").
VERBS = frozenset({"VERB", "AUX"})
#: Nouns an apposition after a company's name ends in ("Arizona Beverages, the iced tea maker").
TRADE_NOUNS = frozenset(
    """
    maker manufacturer company firm retailer brand producer conglomerate carmaker
    automaker bank lender insurer airline supplier distributor chain
    """.split()  # noqa: SIM905
)

#: Verbs of sport whose arguments are teams ("Brest beat Sparta Prague", "lost to Inter Milan").
SPORT_LEMMAS = frozenset({"beat", "defeat", "thrash", "draw", "lose", "stun", "edge", "rout"})
#: Prepositions before a team after a verb of sport ("lost to", "drew with"; not "at").
TEAM_PREPOSITIONS = frozenset({"to", "with", "against"})
#: Last words that make a run of capitalised words a place's name ("Kharkiv Oblast").
PLACE_HEADS = (
    FACILITY_WORDS
    | FEATURE_KIND_WORDS
    | LOCAL_KIND_WORDS
    | SETTLEMENT_WORDS
    | UNIT_NOUNS
    | GENERIC_WORDS
    | frozenset({"oblast", "prefecture", "governorate", "county", "city", "krai"})
)
#: Most words an apposition takes before its trade noun ("the iced tea maker").
APPOSITION_WORDS = 5
#: Place types a bare name's business cue never takes from it ("Shares in Japan").
BIG_TYPES = frozenset({"country", "admin1", "continent", "region"})


def _capitalised(tok: Token, styled: set[int]) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.i not in styled


def _hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen joining two words with no space ("Saint-Germain")."""
    return (doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_) and not doc[
        i
    ].whitespace_


def capitalised_run(span: Span, styled: set[int]) -> tuple[int, int]:
    """The start and end of the run of capitalised words ``span`` stands in (its sentence)."""
    doc, sent = span.doc, span.sent
    start = span.start
    while start - 1 >= sent.start:
        if _capitalised(doc[start - 1], styled):
            start -= 1
        elif start - 2 >= sent.start and _hyphen(doc, start - 1):
            start -= 2
        else:
            break
    end = span.end
    while end < sent.end:
        if _capitalised(doc[end], styled):
            end += 1
        elif end + 1 < sent.end and _hyphen(doc, end) and _capitalised(doc[end + 1], styled):
            end += 2
        else:
            break
    return start, end


def _after(doc: Doc, end: int) -> Token | None:
    """The word after ``end``, past a possessive ("Fiji Water's owner")."""
    if end < len(doc) and doc[end].text in POSSESSIVE:
        end += 1
    return doc[end] if end < len(doc) else None


def _apposed_trade(doc: Doc, start: int, end: int) -> bool:
    """Whether ", the ... maker" follows ``doc[start:end]`` in its sentence.

    Not after a preposition of place ("off Khasab, a maritime security firm said"), nor
    a speaker's words ("..., a security firm said") or another's noun ("the ship's owner").
    """
    if end >= len(doc) - 1 or doc[end].text != "," or doc[end + 1].lower_ not in {"the", "a"}:
        return False
    if start > 0 and doc[start - 1].lower_ in LOCATIVE_PREPOSITIONS | {"off"}:
        return False
    stop = min(end + 2 + APPOSITION_WORDS, doc[end].sent.end)
    for tok in doc[end + 2 : stop]:
        if tok.is_punct or tok.text in POSSESSIVE:
            return False
        if tok.lower_ in TRADE_NOUNS:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return nxt is None or nxt.lemma_ not in SPEECH_LEMMAS
    return False


def business_cue(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is a company's by the words around it."""
    after = _after(doc, end)
    if after is not None and after.lower_ in BUSINESS_NOUNS and after.pos_ not in VERBS:
        return True  # not "Woodbury shares a border with ..."
    if after is not None and after.lower_ == "chief" and after.i + 1 < len(doc):
        return doc[after.i + 1].lower_ == "executive"  # not "Ukraine's chief prosecutor"
    if (
        start >= 2
        and doc[start - 1].lower_ in {"in", "of"}
        and doc[start - 2].lower_ in {"shares", "stake", "stock"}
    ):
        return True
    return _apposed_trade(doc, start, end)


def _sport_verb(tok: Token) -> Token | None:
    """The verb of sport ``tok`` is an argument of (subject, object, "to"/"with" its object)."""
    head = tok.head
    if tok.dep_ == "pobj":
        if head.dep_ != "prep" or head.lower_ not in TEAM_PREPOSITIONS:
            return None
        head = head.head
    if tok.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass"} and head.lemma_ in SPORT_LEMMAS:
        return head
    return None


def _root(doc: Doc, start: int, end: int) -> Token:
    """The word of ``doc[start:end]`` whose head lies outside it."""
    for tok in doc[start:end]:
        if not start <= tok.head.i < end or tok.head.i == tok.i:
            return tok
    return doc[end - 1]


def _other_team(verb: Token, own: Token) -> bool:
    """Whether ``verb`` has another argument than ``own`` that is a capitalised name."""
    for child in verb.children:
        arg = child
        if child.dep_ == "prep" and child.lower_ in TEAM_PREPOSITIONS:
            arg = next((c for c in child.children if c.dep_ == "pobj"), child)
        if (
            arg.i != own.i
            and arg.dep_ in {"nsubj", "dobj", "pobj"}
            and arg.pos_ == "PROPN"
            and arg.ent_type_ != "PERSON"  # "Brandon Biggers beat ...": a player
        ):
            return True
    return False


def _small(gazetteer: Any, text: str) -> bool:
    """Whether no candidate of ``text`` is a country, a unit or a big city."""
    for cand in gazetteer.candidates(text):
        place = cand.place
        if place.feature_type in BIG_TYPES or place.population >= BIG_CITY:
            return False
    return True


def firm_name(span: Span, gazetteer: Any, styled: set[int]) -> bool:
    """Whether ``span`` names a company or a team, not a place (module docstring)."""
    doc = span.doc
    start, end = capitalised_run(span, styled)
    if (start, end) != (span.start, span.end):
        if doc[end - 1].lower_ in PLACE_HEADS or gazetteer.has_name(doc[start:end].text):
            return False
        if business_cue(doc, start, end) or trade_run(_root(doc, start, end), end, TRADE_NOUNS):
            return True
        # a club's place after its other words ("Inter Milan") or run on by another
        # place ("Paris Saint-Germain"); not a town before a plural nickname ("the
        # Oakland Athletics"), which names the team's town
        headed = span.start > start or gazetteer.has_name(doc[span.end : end].text)
        root = _root(doc, start, end)
        if headed and club_initials(doc[start], gazetteer):
            return True  # "AC Milan", "FC Porto": a club's initials open its name
        return headed and (_sport_verb(root) is not None or won(root))
    trade = named_trade(doc, end, TRADE_NOUNS) and gazetteer.has_name(span.text)
    if (business_cue(doc, start, end) or trade) and _small(gazetteer, span.text):
        return True
    if company_subject(span, gazetteer):
        return True  # "Toyota announced a new plant ..., while Samsung said"
    if end < len(doc) and doc[end].pos_ == "NOUN":
        return False  # "beat London goalie Trevor Cann": the goalie is the object
    root = _root(doc, start, end)
    verb = _sport_verb(root)
    return verb is not None and _other_team(verb, root)


def _after_locative(span: Span) -> bool:
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE_PREPOSITIONS


def _business_runs(doc: Doc, gazetteer: Any) -> set[str]:
    """The runs of capitalised words of ``doc`` that a business cue makes a company's."""
    out: set[str] = set()
    texts = token_texts(doc)  # a Token only for the words that open with a capital
    i = 0
    while i < len(doc):
        if not texts[i][:1].isupper() or not _capitalised(doc[i], set()):
            i += 1
            continue
        start, end = capitalised_run(doc[i : i + 1], set())
        text = doc[start:end].text
        if business_cue(doc, start, end) and (
            _small(gazetteer, text) if end - start == 1 else not gazetteer.has_name(text)
        ):
            out.add(text)
        i = max(end, i + 1)
    return out


def without_firm_names(doc: Doc, spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """``spans`` without those naming a company or a team (module docstring)."""
    if not spans:
        return list(spans)
    styled = styled_tokens(doc)
    firms = [firm_name(s, gazetteer, styled) for s in spans]
    # the firm's whole name, read without a headline's style: "Arizona Beverages" there too
    runs = [doc[slice(*capitalised_run(s, set()))].text for s in spans]
    named = {run for run, firm in zip(runs, firms, strict=True) if firm}
    named |= _business_runs(doc, gazetteer)
    return [
        s
        for s, run, firm in zip(spans, runs, firms, strict=True)
        if not firm and not (run in named and not _after_locative(s))
    ]
