"""A name the gazetteer lacks, listed with a place a place word governs, is a place.

"Israeli troops raided Silwad and Al-Bireh": the gazetteer holds the first village
and not the second (it spells it otherwise), and a list that a verb of attack or a
preposition of place governs ("raided", "in", "near") lists places. An entity no other
rule read is taken when "and" or "or" joins it to a place found in the same list, the
list's first name being governed (:func:`geomap.nlp.context.governs`; "in Kayes,
Niono and Sandare": the list is read back over its commas to "Kayes"), it is one
word (hyphens may join it) or two that no other PERSON entity of the article holds
("near Bria and Sam Ouandja"; not "Petrov spoke ... in Kyiv and Ivan Petrov":
:func:`_personal`) and no generic word ("North"), the list
ends after it (a punctuation mark, a preposition: not a verb, "hit Kharkiv and Petrov
said", nor a noun, "between Strickland and North avenues"), and the model called it a
person or a place (not an organisation, a nationality or a work's title: "between
Israel and Hamas"), or ran one organisation's entity over the list and the place
("fighting around Lashio and Hsipaw", read name by name: :func:`_pieces`), or tagged
one word no gazetteer entry holds an organisation only there, beside a town ("toward
Kalehe and Minova"; not beside a country, a unit or a big city: "between Israel and
Hezbollah", "worked in London and Deloitte", :func:`_town`); a demonym, a
name that is part of a person's name in the article and a one-word name the model tags
an organisation elsewhere in it ("Zorblax said it grew. Users in Zorblax and Paris")
are not. The resolver places it as any name it lacks (by its qualifier or the article's
focus).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span

from geomap.extensions import TOPONYMS
from geomap.nlp.context import governs
from geomap.nlp.headline_case import common_word
from geomap.nlp.known import trimmed
from geomap.nlp.vocab import BIG_CITY, GENERIC_WORDS

#: The model's labels of a name that may be a place it does not know.
UNKNOWN_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC"})
#: The model's label of an organisation: a listed name so tagged is a place only when
#: the model's entity also holds the place it is listed with (:func:`_joined`).
ORG_LABEL = "ORG"
#: The feature type of a town: the only kind of place beside which a name the model tags
#: an organisation on its own may be a town ("toward Kalehe and Minova"; not "between
#: Israel and Hamas").
TOWN_TYPE = "city"
#: Words that join two names of a list here (a comma alone may part an apposition).
CONJUNCTIONS = frozenset({"and", "or"})
#: Parts of speech of a word after the name that end a list of places ("in X and Y near").
LIST_END_POS = frozenset({"ADP", "SCONJ"})


def listed_unknowns(
    doc: Doc, parts: Sequence[Span], found: Sequence[Span], gazetteer: Any, people: frozenset[str]
) -> list[Span]:
    """The entity ``parts`` joined by "and"/"or" to a ``found`` place in a governed list."""
    # a name the model tags an organisation anywhere in the article is no unknown place
    # ("Zorblax said it grew. Users in Zorblax and Paris")
    ents = doc.ents  # spaCy makes its spans on every access: once here
    companies = {e.text for e in ents if e.label_ == ORG_LABEL and len(e) == 1}
    by_end = {p.end: p for p in found}
    by_start = {p.start: p for p in found}
    taken = {i for p in found for i in range(p.start, p.end)}
    out: list[Span] = []
    for part in (piece for p in parts for piece in _pieces(doc, p)):
        name = trimmed(doc, part.start, part.end, part.label_)
        if name is None or taken.intersection(range(part.start, part.end)):
            continue
        joined = name.label_ == ORG_LABEL and _joined(ents, name, found)
        beside = name.label_ == ORG_LABEL and not joined
        if name.label_ not in UNKNOWN_LABELS and not joined and not beside:
            continue
        others = companies - {name.text} if joined or beside else companies
        if beside and not _org_only_here(ents, name):
            continue  # "Minova said profits rose ... toward Kalehe and Minova": a body
        if not name[0].is_title or name.text in people | others or _personal(ents, name):
            continue  # "Ivan Petrov" is a person's
        if name.text.lower() in GENERIC_WORDS or not _list_ends(doc, name.end):
            continue  # "hit Kharkiv and Petrov said", "between Strickland and North avenues"
        if (joined or beside) and common_word(name.text.lower()):
            continue  # "Cucuta and Smith" tagged one ORG: a common word (and surname), no town
        if gazetteer.demonym(name.text) is not None:
            continue
        if beside and (len(name) > 1 or gazetteer.candidates(name.text)):
            continue  # an organisation's own entity: one word no gazetteer entry holds
        i, j = name.start - 1, name.end
        before = by_end.get(i) if i >= 0 and doc[i].lower_ in CONJUNCTIONS else None
        after = by_start.get(j + 1) if j < len(doc) and doc[j].lower_ in CONJUNCTIONS else None
        if beside:  # "between Israel and Hamas": an organisation beside a country is a body
            before = before if before is not None and _town(gazetteer, before) else None
            after = after if after is not None and _town(gazetteer, after) else None
        if (before is not None and governs(doc, _list_start(doc, before.start, by_end))) or (
            after is not None and governs(doc, name.start)
        ):
            out.append(name)
    return out


def _town(gazetteer: Any, place: Span) -> bool:
    """Whether the found ``place`` is a small town: no country, no unit, no big city.

    The gazetteer's first entry under its name is a town of fewer than
    :data:`~geomap.nlp.vocab.BIG_CITY` people, or it has none (a place found by a town's
    context: "fled towards Kalehe"). A firm is named beside a big city ("worked in London
    and Deloitte"), seldom beside a small town.
    """
    cands = gazetteer.candidates(place.text)
    if not cands:
        return True
    best = cands[0].place
    return best.feature_type == TOWN_TYPE and (best.population or 0) < BIG_CITY


def _personal(ents: Sequence[Span], name: Span) -> bool:
    """Whether ``name``'s words say a person's name: more than two, or one of two used apart.

    "near Bria and Sam Ouandja": two words of letters that no other PERSON entity of the
    article holds, in an entity that is no organisation's, may name a place; "Ouandja spoke.
    ... near Bria and Sam Ouandja" is a person named again by surname.
    """
    words = name.text.split()
    if len(words) == 1:
        return False
    if len(words) > 2 or name.label_ == ORG_LABEL:
        return True
    if not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
        return True  # "at Route 38 and Malta Road": a road's number, no town's name
    return any(
        e.label_ == "PERSON"
        and not e.start <= name.start < e.end
        and bool(set(words) & set(e.text.split()))
        for e in ents
    )


def _pieces(doc: Doc, part: Span) -> list[Span]:
    """``part``, or its names when the model ran one entity over a list of them.

    "around Lashio and Hsipaw" tagged one ORG that no other rule split (the gazetteer
    lacks "Hsipaw"): its names, each with the entity's label.
    """
    glue = [t.i for t in part if t.lower_ in CONJUNCTIONS or t.text == ","]
    if not glue:
        return [part]
    bounds = [part.start - 1, *glue, part.end]
    return [Span(doc, a + 1, b, label=part.label_) for a, b in pairwise(bounds) if b > a + 1]


def _list_start(doc: Doc, start: int, by_end: dict[int, Span]) -> int:
    """The first name's start of the comma list of found places that ends at ``start``.

    "in Kayes, Niono and Sandare": from "Niono" back over ", " to "Kayes".
    """
    while start >= 2 and doc[start - 1].text == "," and start - 1 in by_end:
        start = by_end[start - 1].start
    return start


def _joined(ents: Sequence[Span], name: Span, found: Sequence[Span]) -> bool:
    """Whether one entity holds ``name`` and a found place, and none other tags it ORG.

    "around Lashio and Hsipaw" tagged one ORG: the entity is the list, not a body; a
    name the model tags an organisation on its own ("toward Kalehe and Minova",
    "between Israel and Hamas") stays out.
    """
    ent = next((e for e in ents if e.start <= name.start and name.end <= e.end), None)
    if ent is None or not any(
        ent.start <= p.start and p.end <= ent.end and p.start != name.start for p in found
    ):
        return False
    return _org_only_here(ents, name)


def _org_only_here(ents: Sequence[Span], name: Span) -> bool:
    """Whether the model tags ``name``'s text an organisation nowhere but in its list."""
    return not any(
        e.label_ == ORG_LABEL and e.text == name.text and not (e.start <= name.start < e.end)
        for e in ents
    )


def _list_ends(doc: Doc, j: int) -> bool:
    """Whether the word at ``j`` may follow a list of places.

    The end, a punctuation mark, "and"/"or", a preposition or a subordinating
    conjunction; not a verb (a new clause) nor a noun ("Strickland and North avenues").
    """
    if j >= len(doc):
        return True
    word = doc[j]
    return word.is_punct or word.lower_ in CONJUNCTIONS or word.pos_ in LIST_END_POS


def listed_beside_place(span: Span, gazetteer: Any) -> bool:
    """Whether "and" or "or" joins ``span`` to a town the recogniser found beside it.

    "sent reinforcements to Jikawo and Lare", "residents of Yeonpyeong and Baengnyeong":
    a name listed with a town (a small one, or one the gazetteer lacks: :func:`_town`) is
    a town of the same story, which the article's focus may hold
    (:func:`geomap.nlp.final_places.found_as_town`); not one listed with a country ("in
    Mozambique and Quissanga" says little).
    """
    doc = span.doc
    found = [s for s in doc.spans.get(TOPONYMS, ()) if s.start != span.start]
    i, j = span.start - 1, span.end
    before = i >= 1 and doc[i].lower_ in CONJUNCTIONS
    after = j + 1 < len(doc) and doc[j].lower_ in CONJUNCTIONS
    return any(
        ((before and s.end == i) or (after and s.start == j + 1)) and _town(gazetteer, s)
        for s in found
    )
