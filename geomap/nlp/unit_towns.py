"""A town named with its unit, which the gazetteer lacks there: "Croft, Yorkshire".

"Croft, Yorkshire" names a village and the county it lies in. When the gazetteer has
no Croft in Yorkshire (GeoNames' cities500 leaves out villages under 500 people) the
ranker picks a namesake elsewhere, though the qualifier says where the village is. Once
every name has a pick, a name qualified (:func:`qualified_pairs`: "X, Unit", "X in Unit",
not in a list, or each name of a list that "in" qualifies: "took Stepove and Avdiivka in
the Donetsk region"; or "X, Unit, Country" when the country holds the unit:
:func:`chained_pairs`) by a name picked as a country, admin-1 or admin-2 unit, and picked
itself as a smaller kind of place outside that unit (and, for a country or admin-1 unit,
more than :data:`NEAR_UNIT_KM` from its point, or :data:`NEAR_SAME_COUNTRY_KM` when the
pick lies in another admin-1 unit of the same country; not before "'s": "Vorukh,
Kyrgyzstan's ministry"):

* keeps only its candidates inside the unit when it has some (:func:`inside_unit`), and
  the ranker scores it again (:mod:`geomap.nlp.revisions`);
* else, a town of fewer than :data:`MOVED_TOWN` people (or a bigger one the name matched
  only by an alternate name: "Greenwood, W. Va." picked as Kansas City), is placed at the unit
  (:func:`units_for_towns`): the unit's point is nearer the town than any namesake of
  it outside. The resolver gives it the confidence of a name
  placed at the article's focus (``located_by == "focus"``).

A qualifier picked as a city ("Queens, New York"), a name picked as a river, a sea or
a region ("the Nile, Egypt"), and a name picked as a unit of the qualifier's kind or a
bigger one (a list: "Arkansas, Colorado, Delaware") are left alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.geo import haversine_km
from geomap.nlp.listed_cities import list_neighbours
from geomap.nlp.mention_evidence import following_toponym
from geomap.nlp.revisions import Revision
from geomap.nlp.scoring import contains
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]
#: The kinds of place the rule reads, smallest first: a qualified name's pick must be of
#: a smaller kind than its qualifier's ("Croft, Yorkshire", "Kent, England"), so a list
#: of units of one kind ("Arkansas, Colorado, Delaware") is no chain of qualifiers.
RANKS = {"city": 0, "admin2": 1, "admin1": 2, "country": 3}
#: An admin-2 unit has no outline in the gazetteer: a place this close to its point
#: (its member towns' mean) is taken to lie in it (a county is rarely 200 km across).
NEAR_ADMIN2_KM = 100.0
#: A pick outside a country or admin-1 unit by its codes but this close to the unit's
#: point stays: a border town, or a town of a disputed area coded to the country that
#: holds it (GeoNames codes Smara, Western Sahara, as Moroccan).
NEAR_UNIT_KM = 500.0
#: A pick in another admin-1 unit of the qualifying unit's own country stays only this close
#: to the unit's point (a town on the border the gazetteer codes to the neighbour): a
#: village of the Donetsk region picked 470 km off, in another oblast, is a namesake.
NEAR_SAME_COUNTRY_KM = 200.0
#: Most names of a list that one "in" qualifies: "Stepove, Kotlyne and Udachne in ...".
MAX_LISTED = 4
#: Words that join the names of a list.
LIST_WORDS = frozenset({",", "and", "or"})
#: A town picked outside its qualifier goes to the qualifier only when smaller than this.
MOVED_TOWN = 100_000


def inside_unit(unit: Place, place: Place) -> bool:
    """Whether ``place`` lies in ``unit``: by its codes, or near an admin-2 unit's point."""
    if unit.place_id == place.place_id:
        return False
    if unit.feature_type == "admin2":
        return (
            place.country_code == unit.country_code
            and haversine_km(unit.lon, unit.lat, place.lon, place.lat) <= NEAR_ADMIN2_KM
        )
    return contains(unit, place)


def qualified_pairs(groups: Mapping[str, Sequence[Span]]) -> list[tuple[str, str]]:
    """``(town key, qualifier key)`` of each "X, Unit" or "X in Unit" that is no list.

    A name listed after another ("Paris, Brussels, France") or a qualifier listed before
    another ("Brussels, France and Germany") is read as a list, not as a qualified name;
    but "in" qualifies every name of the list before it ("took Stepove and Avdiivka in
    the Donetsk region": :func:`listed_qualifier`).
    """
    key_at = {s.start: key for key, group in groups.items() for s in group}
    end_at = {s.end - 1: key for key, group in groups.items() for s in group}
    span_at = {s.start: s for group in groups.values() for s in group}
    pairs: set[tuple[str, str]] = set()
    for key, group in groups.items():
        for span in group:
            nxt = following_toponym(span)
            by_in = nxt is not None and _joined_by_in(span, nxt)
            if nxt is None:
                nxt = span_at.get(listed_qualifier(span))
                by_in = True
            qualifier = key_at.get(nxt.start) if nxt is not None else None
            if nxt is None or qualifier is None or qualifier == key:
                continue
            before = [] if by_in else list_neighbours(span, {}, end_at)
            after = list_neighbours(nxt, key_at, {})
            if not before and not after and not _speaks_or_owns(nxt):
                pairs.add((key, qualifier))
    return sorted(pairs)


def chained_pairs(
    groups: Mapping[str, Sequence[Span]], picks: Mapping[str, _Pick]
) -> list[tuple[str, str]]:
    """``(town key, qualifier key)`` of each "X, Unit, Country": a chain, not a list.

    "Stroud, Ontario, Canada": :func:`qualified_pairs` reads the unit listed before
    another name as a list ("Brussels, France and Germany"), but when that name is the
    last of the run and its pick (a country or an admin-1 unit) holds the unit's pick,
    the unit qualifies the town as the country qualifies the unit.
    """
    key_at = {s.start: key for key, group in groups.items() for s in group}
    end_at = {s.end - 1: key for key, group in groups.items() for s in group}
    pairs: set[tuple[str, str]] = set()
    for key, group in groups.items():
        for span in group:
            unit = following_toponym(span)
            if unit is None or _joined_by_in(span, unit) or list_neighbours(span, {}, end_at):
                continue
            outer = following_toponym(unit)
            qualifier = key_at.get(unit.start)
            wider = key_at.get(outer.start) if outer is not None else None
            if outer is None or qualifier is None or wider is None or _joined_by_in(unit, outer):
                continue
            if list_neighbours(outer, key_at, {}) or _speaks_or_owns(outer):
                continue
            if qualifier not in picks or wider not in picks:
                continue
            big, mid = picks[wider][0], picks[qualifier][0]
            if big.feature_type in {"country", "admin1"} and contains(big, mid):
                pairs.add((key, qualifier))
    return sorted(pairs)


def _joined_by_in(span: Span, nxt: Span) -> bool:
    """Whether "in" and no comma stands between ``span`` and the name qualifying it."""
    words = {t.lower_ for t in span.doc[span.end : nxt.start]}
    return "in" in words and "," not in words


def listed_qualifier(span: Span) -> int:
    """Where the name after "in" that closes a list ``span`` opens starts, else ``-1``.

    "Stepove and Novomykhailivka in the Donetsk region": up to :data:`MAX_LISTED`
    capitalised names joined by :data:`LIST_WORDS`, then "in" and at most two
    lower-case words; the names after ``span`` need not be toponyms (the gazetteer may
    lack a village).
    """
    doc = span.doc
    i, members = span.end, 0
    while i < len(doc) and doc[i].lower_ in LIST_WORDS and members < MAX_LISTED:
        while i < len(doc) and doc[i].lower_ in LIST_WORDS:
            i += 1  # ", and"
        j = i
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        if j == i:
            return -1
        i, members = j, members + 1
    if not members or i >= len(doc) or doc[i].lower_ != "in":
        return -1
    start = i + 1
    while start < len(doc) and start - i <= 2 and doc[start].is_lower:
        start += 1  # "in the Donetsk region"
    return start


def _speaks_or_owns(span: Span) -> bool:
    """Whether ``span`` is no qualifier but a subject or an owner after a comma.

    "Vorukh, Kyrgyzstan's ministry" ("'s" follows), "near Novoshakhtinsk, Ukraine said"
    (a verb follows, or the parser makes the name a subject) qualify nothing.
    """
    doc = span.doc
    if span.end < len(doc) and (
        doc[span.end].lower_ in {"'s", "’s"} or doc[span.end].pos_ in {"VERB", "AUX"}
    ):
        return True
    return span.root.dep_ in {"nsubj", "nsubjpass"}


def units_for_towns(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> tuple[dict[str, Revision], dict[str, _Pick]]:
    """The towns picked outside their qualifying unit: revisions, and those moved to it.

    Returns ``(revisions, moved)``: a name with candidates inside the unit keeps only
    them (a :class:`~geomap.nlp.revisions.Revision`); a town of fewer than
    :data:`MOVED_TOWN` people with none goes to the unit, ``moved[key] = (unit, the
    unit's confidence)`` (the gazetteer has every unit, and a big city picked outside
    its qualifier is likely in a list the comma hid).
    """
    revisions: dict[str, Revision] = {}
    moved: dict[str, _Pick] = {}
    for key, qualifier in qualified_pairs(groups) + chained_pairs(groups, picks):
        if key not in picks or qualifier not in picks or key in moved or key in revisions:
            continue
        unit, place = picks[qualifier][0], picks[key][0]
        rank = RANKS.get(place.feature_type)
        if RANKS.get(unit.feature_type, 0) == 0:
            continue  # a city may qualify a part of itself: "Queens, New York"
        if rank is None or rank >= RANKS[unit.feature_type] or inside_unit(unit, place):
            continue
        if unit.feature_type != "admin2" and _near(unit, place):
            continue  # a border town, or a disputed area's: "Smara in Western Sahara"
        held = {c.place.place_id for c in cands.get(key, ()) if inside_unit(unit, c.place)}
        if held:
            others = {c.place.place_id for c in cands[key]} - held
            revisions[key] = Revision(ruled_out=frozenset(others))
        elif rank == 0 and (place.population < MOVED_TOWN or _by_other_name(place, cands, key)):
            moved[key] = picks[qualifier]
    return revisions, moved


def _by_other_name(place: Place, cands: Mapping[str, Sequence[Candidate]], key: str) -> bool:
    """Whether the name matched ``place`` only by one of its alternate names.

    "Greenwood, W. Va." is no list the comma hid: Kansas City, once called Greenwood,
    is big, but a town named so is no big city's own name.
    """
    matches = {c.match for c in cands.get(key, ()) if c.place.place_id == place.place_id}
    return bool(matches) and matches <= {"alternate"}


def _near(unit: Place, place: Place) -> bool:
    """Whether ``place`` lies near enough ``unit``'s point to be a town on its border.

    Within :data:`NEAR_UNIT_KM`, or :data:`NEAR_SAME_COUNTRY_KM` when ``place`` lies
    in another admin-1 unit of ``unit``'s country (both coded).
    """
    limit = NEAR_UNIT_KM
    if (
        unit.feature_type == "admin1"
        and place.country_code == unit.country_code
        and unit.admin1_code
        and place.admin1_code
        and place.admin1_code != unit.admin1_code
    ):
        limit = NEAR_SAME_COUNTRY_KM
    return haversine_km(unit.lon, unit.lat, place.lon, place.lat) <= limit
