"""A place's name leading an institution's: "the Edgar County Community Foundation".

Local news names a town's or a county's offices, courts, hospitals and foundations
after it ("Kanawha Circuit Court", "the Grovetown Department of Public Safety",
"Reading Borough Council", "the Laurel County Detention Center"); the model tags the
whole name an organisation and the gazetteer knows only its first words, so no rule
reads the place in it. :func:`places_leading_institutions` takes the longest run of
words opening such an organisation's name that the gazetteer holds as a town of
1,000 or more, a county or an admin-1 unit (not an acronym, a common word or a
continent's name), where the name ends in a noun of a public
institution (:data:`INSTITUTION_WORDS`) where the words after the place begin or end,
and every word after the place is capitalised but "of", "and", "for".

A unit noun after the name is the name's ("Laurel County Fiscal Court"), but a town's
"City Council" is the town's ("Dublin City Council": Dublin). Not a possessive inside
the name ("St Thomas' Hospital": a saint's, not the island's),
not a demonym ("Canadian Blood Services": :mod:`geomap.nlp.recognizer` reads those
only when asked), not a word of a person's name in the article ("the Walker
Foundation" after "Jane Walker").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.headline_case import common_word
from geomap.nlp.name_shapes import is_acronym, lookup_demonym
from geomap.nlp.town_names import town_sized
from geomap.nlp.vocab import ARTICLES, GENERIC_WORDS, POSSESSIVE

#: Last words of the names of public institutions named after their town or county.
INSTITUTION_WORDS = frozenset(
    """
    council court department dept police sheriff office foundation hospital center centre
    commission commissioners board authority library district
    """.split()  # noqa: SIM905
)
#: Lower-case words inside an institution's name ("Department of Public Safety").
LINKS = frozenset({"of", "and", "for"})
#: Entity labels whose names may open with their place's name.
ORG_LABELS = frozenset({"ORG"})
#: Gazetteer types a name opening an institution's is read as (a city of 1,000 or more).
PLACE_TYPES = frozenset({"admin1", "admin2", "city"})
#: The type of a town whose council is "the X City Council".
CITY_TYPES = frozenset({"city"})
#: Gazetteer types of names no institution's name is read for.
WIDE_TYPES = frozenset({"continent", "region"})
#: Unit nouns that belong to the place's name before them ("Laurel County Fiscal Court"
#: is Laurel County's, not Laurel's).
UNIT_WORDS = frozenset({"county", "parish", "borough", "township"})


def place_name(gazetteer: Any, text: str, kinds: frozenset[str] = PLACE_TYPES) -> bool:
    """Whether the gazetteer holds ``text`` as a town's, a county's or a state's own name.

    Not an acronym ("UN Security Council"), a common word ("Home Office", "Supreme
    Court"), a demonym, nor a continent's or a region's name ("Asia Human Rights
    Commission": a name the model reads on its own where it is a place).
    """
    if text.lower() in GENERIC_WORDS or is_acronym(text) or lookup_demonym(gazetteer, text):
        return False
    cands = [c for c in gazetteer.candidates(text) if c.match in {"name", "alias"}]
    if any(c.place.feature_type in WIDE_TYPES for c in cands):
        return False
    if not any(
        c.place.feature_type in kinds and (c.place.feature_type != "city" or town_sized(c.place))
        for c in cands
    ):
        return False
    return " " in text or not common_word(text.lower())  # last: its first use loads a dictionary


def _institution(rest: Span) -> bool:
    """Whether the words after a place name an institution ("Circuit Court", "Department of ...").

    Its first or its last word is a noun of :data:`INSTITUTION_WORDS`, and no "of" comes
    before its first capitalised word ("Bank of America" opens with no place).
    """
    if not rest[0].text[:1].isupper():
        return False
    return any(t.lower_.rstrip(".") in INSTITUTION_WORDS for t in (rest[0], rest[-1]))


def _leading_place(ent: Span, gazetteer: Any, people: frozenset[str], most: int) -> Span | None:
    """The place opening an organisation's name, or ``None``."""
    doc = ent.doc
    start = ent.start + (1 if ent[0].lower_ in ARTICLES else 0)
    words = doc[start : ent.end]
    if len(words) < 2 or not words[0].text[:1].isupper():
        return None
    if any(t.text in POSSESSIVE or not (t.text[:1].isupper() or t.lower_ in LINKS) for t in words):
        return None  # "St Thomas' Hospital", "the Carter family firm"
    for end in range(min(start + most, ent.end - 1), start, -1):
        if not _institution(doc[end : ent.end]) or doc[end].lower_ in UNIT_WORDS:
            continue
        name = doc[start:end]
        if not all(t.is_alpha or t.text.endswith(".") for t in name):
            continue
        if any(t.text in people for t in name) or (len(name) == 1 and name[0].is_stop):
            continue
        if place_name(gazetteer, name.text):
            if len(name) > 1 and name[-1].lower_ == "city":
                town = doc[start : end - 1]  # "Dublin City Council": Dublin's
                if place_name(gazetteer, town.text, CITY_TYPES):
                    return Span(doc, start, end - 1, label="GAZ")
            return Span(doc, start, end, label="GAZ")
    return None


def places_leading_institutions(
    doc: Doc, gazetteer: Any, people: frozenset[str], most: int = 4
) -> list[Span]:
    """The places opening the names of the organisations the model tagged in ``doc``.

    Parameters
    ----------
    doc
        The parsed document (its entities set).
    gazetteer
        The gazetteer (``candidates``).
    people
        Words of people's names in the article: no place's.
    most
        The most words a place's name takes.
    """
    ents: Iterable[Span] = (e for e in doc.ents if e.label_ in ORG_LABELS)
    return [s for s in (_leading_place(e, gazetteer, people, most) for e in ents) if s]
