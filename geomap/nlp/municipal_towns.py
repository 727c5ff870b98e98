"""A name with a town's own offices is a town: "the Berea Police Department".

Local news names a town by its police, its council and its mayor ("Berea Police
Department spokesman", "Dublin City Council members", "Athens Mayor Randy Daniel", "the
Palestine Independent School District"), or as "the City of Oxford". Such a name is a
town's, not a country's or an admin-1 unit's of the same name: alone, "Berea" is a
district of Lesotho and "Palestine" the Palestinian territories, both outranking the
towns in Kentucky and Texas. :func:`municipal_towns` rules out every candidate but the
towns (:data:`TOWN_TYPES`; only those of its own name, :data:`OWN_MATCHES`, when there
are any: "Berea" is also an old name of Aleppo) of a name whose pick is a country, an
admin-1 unit, a region or a water, when one of its mentions has such offices
(:func:`with_town_offices`) and a town is among its candidates; the ranker then scores
its towns again (:mod:`geomap.nlp.revisions`). A state's and a country's own offices ("the Texas
Department of Public Safety", "the Mexico police") are no town's: only the words of
:data:`AFTER_WORDS` read so, and "police", "fire", "school" only with the word after them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from geomap.nlp.revisions import Revision
from geomap.records import Candidate, Place

_Pick = tuple[Place, float]
#: Types of the candidates kept for a name with a town's offices.
TOWN_TYPES = frozenset({"city"})
#: Matches of a town by its own name: a town so named is kept before one known by an
#: alternate name ("Berea" is also an old name of Aleppo).
OWN_MATCHES = frozenset({"name", "alias", "exonym"})
#: Types of the picks such a name revises (a county's offices are its own).
WIDE_TYPES = frozenset({"country", "admin1", "region", "water", "continent"})
#: Two words after a name that are a town's offices ("Berea Police Department").
AFTER_PAIRS = frozenset(
    {
        ("police", "department"),
        ("police", "dept"),
        ("police", "dept."),
        ("fire", "department"),
        ("fire", "dept"),
        ("fire", "dept."),
        ("city", "council"),
        ("city", "manager"),
        ("city", "hall"),
        ("city", "commission"),
        ("city", "schools"),
        ("town", "council"),
        ("town", "hall"),
        ("town", "manager"),
        ("independent", "school"),
        ("school", "district"),
        ("village", "board"),
    }
)
#: One word after a name that is a town's office.
AFTER_WORDS = frozenset({"mayor"})
#: Words before "of" and a name that make it a town ("the City of Oxford").
BEFORE_WORDS = frozenset({"city", "town", "village", "borough"})


def with_town_offices(span: Span) -> bool:
    """Whether ``span`` names a town's police, council, mayor or school district.

    "Berea Police Department", "Dublin City Council", "Athens Mayor", "the Palestine
    Independent School District", "City of Oxford", "the Town of Clinton"; not "Berea
    police are searching" (a country's police too) nor "the city of London's" lower-case
    "city" (a description, which any place may take).
    """
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    if after and after[0] in AFTER_WORDS and doc[span.end].text[:1].isupper():
        return True
    pair = len(after) >= 2 and (after[0], after[1]) in AFTER_PAIRS
    if pair and doc[span.end].text[:1].isupper() and doc[span.end + 1].text[:1].isupper():
        return True
    i = span.start
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in BEFORE_WORDS:
        return doc[i - 2].text[:1].isupper()
    return False


def municipal_towns(
    picks: Mapping[str, _Pick],
    groups: Mapping[str, Sequence[Span]],
    cands: Mapping[str, Sequence[Candidate]],
) -> dict[str, Revision]:
    """Revisions: a name with a town's offices keeps only its towns (module docstring)."""
    out: dict[str, Revision] = {}
    for key, (place, _) in picks.items():
        if place.feature_type not in WIDE_TYPES:
            continue
        towns = [c for c in cands.get(key, ()) if c.place.feature_type in TOWN_TYPES]
        own = [c for c in towns if c.match in OWN_MATCHES]
        if not towns or not any(with_town_offices(s) for s in groups[key]):
            continue
        kept = {c.place.place_id for c in own or towns}
        others = {c.place.place_id for c in cands[key]} - kept
        out[key] = Revision(ruled_out=frozenset(others))
    return out
