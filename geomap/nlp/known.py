"""Well-known place names whatever label the model gave them, when the context says place.

The small English model tags some famous places as something else ("Kharkiv and Odesa"
WORK_OF_ART, "Khan Younis" PERSON, "Mali" PERSON). Two mechanisms of
:mod:`geomap.nlp.recognizer` read them anyway:

* :func:`geomap.nlp.entity_parts.entity_parts` splits a conjoined entity into its
  names ("Kharkiv and Odesa" -> "Kharkiv", "Odesa") when the whole is no place's name
  ("Bosnia and Herzegovina" is) and at least two of its parts are well-known places;
* :func:`in_context` takes an entity of any other label (PERSON, ORG, WORK_OF_ART ...)
  whose whole text is a well-known place (:func:`well_known`) when its context says it
  is a place: a locative or motion preposition before it ("in Khan Younis", "across the
  Sahel"), a verb of attack or movement before it ("shelled Kharkiv", "invaded Chad"),
  "advanced on Goma", a list with another place ("Mali and Niger", "Gaza, Rafah and
  Khan Younis", also after a preposition: "in Ghouta and Douma"),
  "the city of X", "north of X", or "X-based"; a one-word river after "the" is well
  known too ("on the Danube"), and a multi-word country's name needs no context
  ("Burkina Faso" tagged PERSON);
* smaller towns (a populated place's own name, 1,000 people or more) under any label
  or none need a stronger context (:func:`geomap.nlp.context.town_context`): "the town
  of Kandi", or a list with another place that a place word governs ("in Tulkarm and
  Nablus"), or the subject of a sentence about a place when it is a notable town
  ("Dubrovnik limits cruise ships": :func:`geomap.nlp.place_subjects.place_subject`),
  or the subject of a reported clause saying what befell a place, in a list with
  another place or in a unit its sentence names ("said that Kherson, Beryslav and
  Antonivka were hit", "the governor of the Kherson region said that Henichesk was calm":
  :func:`reported_town`).

Runs of proper nouns the model left untagged are read by the same rules
(:func:`geomap.nlp.untagged_names.untagged_names`). A name that is part of a person's longer
name elsewhere in the article ("Chad" after "Chad Smith") is never taken.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.boundaries import without_possessive
from geomap.nlp.context import listed, town_context
from geomap.nlp.described import described_as_place
from geomap.nlp.hidden_names import (
    common_nouns_named,
    conjoined_words,
    date_tails,
    dated_names,
)
from geomap.nlp.known_contexts import (
    ORG_LABELS,
    country_among_places,
    first_name,
    place_context,
    reads_other_names,
    unit_before_noun,
)
from geomap.nlp.locative_unknowns import locative_unknown
from geomap.nlp.name_kinds import short_sea
from geomap.nlp.name_shapes import (
    article_capitalised,
    article_word,
    demonym_as_modifier,
    lookup_demonym,
)
from geomap.nlp.named_units import in_named_unit
from geomap.nlp.place_nouns import named_by_place_noun
from geomap.nlp.place_subjects import place_subject
from geomap.nlp.quoted_places import quoted_place
from geomap.nlp.reported_places import reported_place, town_of_sentence_unit
from geomap.nlp.respellings import respelled_town, town_spelled_alike
from geomap.nlp.settlement_lists import unknown_settlement
from geomap.nlp.town_actions import before_event_noun
from geomap.nlp.town_facilities import facility_after
from geomap.nlp.town_names import is_town, spelled_otherwise_nearby, town_spelled_otherwise
from geomap.nlp.town_people import after_office_noun, before_office_noun
from geomap.nlp.town_regions import compass_after
from geomap.nlp.unknown_towns import town_action_context, unknown_town
from geomap.nlp.untagged_names import untagged_names
from geomap.nlp.vocab import ARTICLES
from geomap.nlp.well_known import governed_island, well_known_types

#: Labels whose entities are never read as places (numbers, dates, languages).
NEVER_PLACES = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE"}
)
#: Prepositions at which a place entity running over two names is split.
SPLITTING_PREPOSITIONS = frozenset({"at", "in", "near"})
#: Types whose multi-word names are places under any label ("Burkina Faso" tagged PERSON).
UNMISTAKABLE_TYPES = frozenset({"country", "continent"})


def hyphenated_demonym(span: Span, gazetteer: Any) -> bool:
    """Whether a demonym is the first half of a hyphenated adjective ("Saudi-backed").

    Only a curated alias makes such a word a place's name
    (:func:`geomap.nlp.name_shapes.demonym_as_modifier`); joined by a hyphen to a
    lower-case word it is an adjective, no place, whatever the words before it ("loyal
    to the Saudi-backed government"). Without a hyphen ("the Saudi military") it is
    left to the other rules.
    """
    doc, j = span.doc, span.end
    return (
        j < len(doc)
        and doc[j].text == "-"
        and not span[-1].whitespace_
        and demonym_as_modifier(span, gazetteer)
    )


def trimmed(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """Tokens ``start:end`` as a span, without leading articles and punctuation at either end."""
    while start < end and (doc[start].lower_ in ARTICLES or doc[start].is_punct):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return Span(doc, start, end, label=label) if end > start else None


def in_context(
    parts: Sequence[Span],
    found: Sequence[Span],
    gazetteer: Any,
    person_words: frozenset[str],
) -> list[Span]:
    """Parts of any label that are places in a place context (module docstring).

    A well-known place (:func:`well_known_types`) needs one of the contexts of
    :func:`_place_context`; a multi-word country's name needs none ("Burkina Faso"
    tagged PERSON); a smaller town (:func:`is_town`, a town spelled otherwise near
    another name of its sentence or by a rule of transliteration
    (:func:`geomap.nlp.respellings.respelled_town`), or a place "the town of" or "the province of"
    names: :func:`geomap.nlp.place_nouns.named_by_place_noun`) needs a stronger one
    (:func:`town_context`); either is a place before a noun of its people or
    government ("the Menaka governor", "Kidal residents":
    :func:`geomap.nlp.town_people.before_office_noun`); a name the gazetteer may lack
    is a place where its words describe one ("the Kerem Shalom crossing", "Barsalogho,
    some 40 km north of Kaya": :func:`geomap.nlp.described.described_as_place`); an
    admin unit's other name is one before its unit noun (:func:`unit_before_noun`). A
    possessive the model took into the entity is no part of the name ("Sri Lanka's"
    tagged PERSON: :func:`geomap.nlp.boundaries.without_possessive`).
    """
    known: list[tuple[Span, set[str]]] = []
    towns: list[Span] = []
    described: list[Span] = []
    unknown: list[Span] = []
    for part in parts:
        p = without_possessive(part)  # "Sri Lanka's" tagged PERSON
        if p.label_ in NEVER_PLACES or p.text in person_words:
            continue
        if hyphenated_demonym(p, gazetteer):
            continue  # "loyal to the Saudi-backed government": the adjective
        if len(p) > 1 and p[0].lower_ in ARTICLES and p[0].is_lower:
            # "along the Amu Darya" tagged WORK_OF_ART with its article
            p = Span(p.doc, p.start + 1, p.end, label=p.label_)
        while len(p) > 1 and p[-1].is_lower and p[-1].pos_ in {"ADP", "CCONJ", "PART"}:
            p = Span(p.doc, p.start, p.end - 1, label=p.label_)  # "the Amu Darya to" WORK_OF_ART
        after_the = p.start > 0 and p.doc[p.start - 1].lower_ == "the"
        text = article_capitalised(p.text)  # "in al-Fashir": a name all the same
        # an organisation's name may be a town's English name ("Hamas": Hamm), not its own
        exonyms = reads_other_names(p, gazetteer)
        types = well_known_types(gazetteer, text, exonyms=exonyms, after_the=after_the)
        if not types and (word := article_word(text)) is not None:
            types = well_known_types(gazetteer, word, exonyms=exonyms)  # "in al-Fashir"
        if not types and after_the and short_sea(gazetteer, [p]):
            types = {"water"}  # "in the Aegean" tagged NORP
        if governed_island(gazetteer, p):
            types = types | {"landform"}  # "off Saaremaa", "on Svalbard"
        if types:
            known.append((p, types))
        elif (
            is_town(gazetteer, text, exonyms=p.label_ not in ORG_LABELS)
            or town_spelled_otherwise(gazetteer, p)
            or spelled_otherwise_nearby(gazetteer, p, [*parts, *found])
            or named_by_place_noun(gazetteer, p)
            or respelled_town(gazetteer, text)  # "from Shebekino and Graivoron"
            or town_spelled_alike(gazetteer, text)  # "near Babanusa" for Babanusah
        ):
            towns.append(p)
        else:
            name = trimmed(p.doc, p.start, p.end, p.label_)
            if (
                name is not None
                and (
                    (described_as_place(name) and lookup_demonym(gazetteer, name.text) is None)
                    or unknown_settlement(name, gazetteer)  # "the towns of Nabatieh and Bint Jbeil"
                    or unit_before_noun(name, gazetteer)
                    or (
                        article_capitalised(name.text)[:1].isupper()
                        and in_named_unit(name, found, gazetteer)
                    )
                )
            ):
                described.append(name)
            elif name is not None and unknown_town(name, gazetteer):
                unknown.append(name)  # "retook Hsipaw": placed if a town's context says so
    if not known and not towns:
        return sorted(
            described + [p for p in unknown if town_action_context(p)], key=lambda s: s.start
        )
    places = (
        {(s.start, s.end) for s in found}
        | {(p.start, p.end) for p, _ in known}
        | {(p.start, p.end) for p in towns}
    )
    starts = {a: b for a, b in places}
    ends = {b: a for a, b in places}
    found_starts = sorted(s.start for s in found)
    out = [
        p
        for p, types in known
        if (len(p) > 1 and types & UNMISTAKABLE_TYPES)
        or place_context(p, types, starts, ends)
        or before_office_noun(p, gazetteer)
        or (before_event_noun(p) and lookup_demonym(gazetteer, p.text) is None)
        or described_as_place(p)
        or (facility_after(p) and lookup_demonym(gazetteer, p.text) is None)
        or country_among_places(p, types, found_starts, gazetteer)
        or (reported_place(p) and not first_name(p))  # "said that Kyiv was hit"
        or ("city" in types and in_named_unit(p, found, gazetteer))  # "Myeik, in the X region"
        or quoted_place(p, types, found, gazetteer)  # "“We will hold Kherson,” he said"
    ]
    out += [
        p
        for p in towns
        if town_context(p, starts, ends)
        or before_office_noun(p, gazetteer)
        or after_office_noun(p)  # "police in Baramulla said"
        or compass_after(p)  # "food to Djibo in the north"
        or (before_event_noun(p) and lookup_demonym(gazetteer, p.text) is None)
        or in_named_unit(p, found, gazetteer)
        or described_as_place(p)
        or (facility_after(p) and lookup_demonym(gazetteer, p.text) is None)  # "the Lipa camp"
        or place_subject(p, gazetteer)  # "Dubrovnik limits cruise ships"
        or (reported_place(p) and not first_name(p) and reported_town(p, starts, ends, gazetteer))
        or (locative_unknown(p) and not is_town(gazetteer, article_capitalised(p.text)))
    ]
    out += [p for p in unknown if town_action_context(p)]  # "residents of Aguelhok"
    return sorted(out + described, key=lambda s: s.start)


def reported_town(span: Span, starts: dict[int, int], ends: dict[int, int], gazetteer: Any) -> bool:
    """Whether a town that is the subject of a reported clause is a place by its company.

    It is when it is listed with another place ("said that Kherson, Beryslav and
    Antonivka were hit": :func:`geomap.nlp.context.listed`) or when another name of its
    sentence names its admin-1 unit
    (:func:`geomap.nlp.reported_places.town_of_sentence_unit`); ``starts`` and ``ends``
    are the names read as places or candidates for it.
    """
    if listed(span, starts, ends):
        return True
    others = [Span(span.doc, a, b) for a, b in starts.items()]
    return town_of_sentence_unit(span, others, gazetteer)


def spans_in_context(
    doc: Doc, parts: Iterable[Span], found: Sequence[Span], gazetteer: Any, people: frozenset[str]
) -> list[Span]:
    """:func:`in_context` over the parts no other rule took and the untagged names.

    The parts keep their labels; a run of capitalised proper nouns outside any entity
    (:func:`untagged_names`), a name a date entity ran into and a capitalised conjunct
    tagged as a common word (:mod:`geomap.nlp.hidden_names`) are labelled ``GAZ``, as
    the gazetteer scan's finds.
    """
    taken = {(s.start, s.end) for s in found}
    hidden = [*date_tails(doc), *dated_names(doc), *conjoined_words(doc), *common_nouns_named(doc)]
    names = [*parts, *untagged_names(doc), *hidden]
    rest = [p for p in names if (p.start, p.end) not in taken]
    return [
        Span(doc, s.start, s.end, label=s.label_)
        for s in in_context(rest, found, gazetteer, people)
    ]
