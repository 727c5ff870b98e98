"""Whether the article corroborates a place reached only by its romanisation-folded key.

A folded key (:func:`~geomap.gazetteer.romanised.romanised_key`) keeps a name's
consonants and folds every run of vowels into one letter, so two towns of one country
can share it: "Kyauktaw" (Rakhine) folds onto Kyaikto (Mon), 500 km away, and a story
about Rakhine that names Sittwe and Mrauk-U is not about Mon.  Being in one of the
article's countries is not enough when the article names finer places in that country:
:func:`corroborated` then also asks that the folded place

* be an admin-1 unit ("Menoufia" and "Daqahliya" in a story from Egypt that names
  Beni Suef: a province is named from anywhere in its country), or
* be a town or unit of :data:`BIG_TOWN` people or more (what news names from afar), or
* lie in the admin-1 unit of one of those places (or be one of them), or
* lie within :data:`NEAR_KM` of one of the article's towns there.

An opening dateline in capitals ("YANGON, Jan 16 -") is where the report was filed,
not where its events are, and corroborates nothing.  When the article names the
country alone, being in it is corroboration enough.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Span

from geomap.geo import haversine_km
from geomap.nlp.quoted_places import OWN_MATCHES
from geomap.records import Candidate, Place

#: A folded-key town this big needs no nearby place of the article's.
BIG_TOWN = 100_000
#: How near one of the article's towns a folded-key place must lie.
NEAR_KM = 161.0
#: Kinds of the article's places that say where in a country the story is.
FINE_TYPES = frozenset({"city", "admin1", "admin2"})


def article_places(gazetteer: Any, found: Iterable[Span], but: Span) -> list[Place]:
    """The first own entry of each of the article's other names, an opening dateline aside."""
    out: list[Place] = []
    for text in {s.text for s in found if s.text != but.text and not _dateline(s)}:
        for c in gazetteer.candidates(text):
            if c.match in OWN_MATCHES:
                out.append(c.place)
                break
    return out


def corroborated(cand: Candidate, places: list[Place]) -> bool:
    """Whether the article's ``places`` corroborate a folded-key candidate (module docstring)."""
    p = cand.place
    anchors = [a for a in places if a.country_code == p.country_code]
    if not anchors:
        return False  # none of the article's places lies in its country
    fine = [a for a in anchors if a.feature_type in FINE_TYPES]
    if not fine or p.feature_type == "admin1" or p.population >= BIG_TOWN:
        return True
    if p.admin1 and any(p.admin1 in {a.admin1, _own_unit(a)} for a in fine):
        return True
    return any(
        haversine_km(a.lon, a.lat, p.lon, p.lat) <= NEAR_KM
        for a in fine
        if a.feature_type == "city"
    )


def _own_unit(place: Place) -> str | None:
    """An admin-1 unit's own name, ``None`` for other places."""
    return place.name if place.feature_type == "admin1" else None


def _dateline(span: Span) -> bool:
    """Whether a name is the article's opening dateline in capitals ("YANGON, Jan 16 -")."""
    return span.start <= 1 and span.text.isupper() and len(span.text) > 2
