"""Towns at either end of a route whose other end is a place: "from X to Y".

Shipping, pipelines, flights and migrants are reported by their routes: "a pipeline
from Turkmenbashi to Baku", "sailing from Khor Fakkan to Varna". The model takes many
of the towns at the ends for people or organisations, and the gazetteer may know them
only by another spelling (Turkmenbashi is GeoNames' Türkmenbaşy) and far from the
article's other places, so neither the rules for towns in context
(:mod:`geomap.nlp.known`) nor those for towns near the article's places
(:mod:`geomap.nlp.nearby_towns`) read them. :func:`route_towns` reads a name of one or
two capitalised words as a town when

* it stands between "from" and "to", and a place found so far follows "to"
  ("from X to Baku"), or it follows "to" after "from" and a place found so far
  ("from Lome to X");
* the gazetteer has a populated place or a district of that name (its own, another
  spelling or its English name; an organisation's name only by its own name or another
  spelling: "Hamas" is an English name of Hamm) of 1,000 people or more, or a seat of
  government, or a name the gazetteer lacks is such a town's by a rule of
  transliteration ("from Parachinar to Thall" for Thal:
  :func:`~geomap.nlp.respellings.respelled_town`);
* the article never uses the name for a person.

A name the model took for a people or a creed (NORP: "ferries from Kyrenia to Tasucu")
is read too, when it is no demonym the gazetteer knows ("from Greek to Turkish" names
no town): :func:`norp_names`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.known import ORG_LABELS
from geomap.nlp.name_shapes import lookup_demonym
from geomap.nlp.nearby_names import free_names, readable_name
from geomap.nlp.nearby_towns import TOWN_TYPES
from geomap.nlp.respellings import respelled_town
from geomap.nlp.town_locatives import used_for_person
from geomap.nlp.town_names import town_sized


def route_end(span: Span, starts: set[int], ends: dict[int, int]) -> bool:
    """Whether ``span`` is one end of "from X to Y" whose other end is a found place.

    ``starts`` are the token starts of the places found so far, ``ends`` maps their
    ends to their starts.
    """
    doc, i, j = span.doc, span.start - 1, span.end
    if i >= 0 and doc[i].lower_ == "from":
        return j + 1 < len(doc) and doc[j].lower_ == "to" and j + 1 in starts
    if i >= 1 and doc[i].lower_ == "to" and i in ends:
        before = ends[i] - 1
        return before >= 0 and doc[before].lower_ == "from"
    return False


def _town(gazetteer: Any, span: Span) -> bool:
    matches = {"name", "alias", "alternate"}
    if span.label_ not in ORG_LABELS:
        matches.add("exonym")
    return any(
        c.match in matches and c.place.feature_type in TOWN_TYPES and town_sized(c.place)
        for c in gazetteer.candidates(span.text)
    ) or respelled_town(gazetteer, span.text)  # "from Parachinar to Thall": Thal


def norp_names(
    parts: Iterable[Span], found: Sequence[Span], gazetteer: Any, person_words: frozenset[str]
) -> list[Span]:
    """The NORP parts over no toponym found so far that are names but no demonym.

    "ferries from Kyrenia to Tasucu": the model tags the Turkish port NORP; "Greek",
    "Turks" or "Shia" are demonyms or creeds the gazetteer knows as such
    (:func:`~geomap.nlp.name_shapes.lookup_demonym`) or names of no town.
    """
    taken = {i for s in found for i in range(s.start, s.end)}
    return [
        p
        for p in parts
        if p.label_ == "NORP"
        and not taken.intersection(range(p.start, p.end))
        and readable_name(p, person_words)
        and lookup_demonym(gazetteer, p.text) is None
    ]


def route_towns(
    doc: Doc,
    parts: Iterable[Span],
    found: Sequence[Span],
    gazetteer: Any,
    person_words: frozenset[str],
) -> list[Span]:
    """The PERSON or ORG parts and untagged names that are towns at a route's end.

    ``parts`` are the doc's entities (conjoined ones split), ``found`` the toponyms
    found so far; see the module docstring for the rules.
    """
    parts = list(parts)
    starts = {s.start for s in found}
    ends = {s.end: s.start for s in found}
    names = free_names(doc, parts, found, person_words)
    return [
        Span(doc, n.start, n.end, label=n.label_ or "GAZ")
        for n in names + norp_names(parts, found, gazetteer, person_words)
        if route_end(n, starts, ends)
        and _town(gazetteer, n)
        and not used_for_person(doc, [t.text for t in n])
    ]
