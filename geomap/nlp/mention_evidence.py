"""What a name's own context says about the place it names.

:func:`mention_evidence` gathers, for the mentions of one name in an article, the
:class:`~geomap.nlp.scoring.MentionEvidence` the scorer reads: an admin word after it
("the Kaliningrad region"), a list closed or opened by a plural admin word ("Clay,
Becker and Douglas counties", "states such as California or Washington"), a
qualifying toponym ("Paris, Texas"; "the Donetsk region of Ukraine":
:func:`following_toponym`), the town it qualifies ("Woodbury, New York" is the state:
:func:`qualifies_town`), "the" before it, and its entity label.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from geomap.extensions import TOPONYMS
from geomap.gazetteer.lemmas import LOCAL_LANGUAGES, lemma_key
from geomap.geo import haversine_km
from geomap.nlp.compounds import compound_part
from geomap.nlp.local_context import admin_before, kind_before
from geomap.nlp.local_filters import on_region
from geomap.nlp.local_reading import reading
from geomap.nlp.name_kinds import modifies, names_a_settlement
from geomap.nlp.scoring import ADMIN_WORDS, MentionEvidence
from geomap.nlp.unit_lists import listed_after_plural, listed_before_plural
from geomap.nlp.vocab import LIST_GLUE
from geomap.records import Candidate, Place


def mention_evidence(
    key: str,
    spans: list[Span],
    cands: dict[str, list[Candidate]],
    near: dict[tuple[str, str], int],
    lookup: Callable[[str, str], list[Candidate]],
) -> MentionEvidence:
    """The evidence of the mentions ``spans`` of the name ``key`` (module docstring).

    ``cands`` are the candidates of every name of the article by key, ``near`` the
    spatial support of each (key, place id), ``lookup(text, lang)`` the gazetteer's
    candidates of a qualifier that is no name of the article.
    """
    from geomap.gazetteer import normalize_name

    admin_hint = after_the = False
    containers: list[Place] = []
    labels: Counter[str] = Counter()
    for span in spans:
        doc = span.doc
        local = doc.lang_ in LOCAL_LANGUAGES  # these models tag every place LOC
        label, definite = reading(span) if local else (span.label_, False)
        labels[label] += 1
        after_the = after_the or definite
        words = span.text.split()
        if span.end < len(doc) and doc[span.end].lower_ in UNIT_AFTER and not compound_part(span):
            admin_hint = True  # "the Kaliningrad region", "the Kaliningrad exclave"
        if local and admin_before(span[0], doc.lang_):  # "la province d'Idlib"
            admin_hint = True
        if local and kind_before(span[0], doc.lang_) == "admin":  # "la préfecture du Rhône"
            admin_hint = True
        if local and on_region(span):  # "на Запоріжжі": the oblast
            admin_hint = True
        if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
            admin_hint = True
        if listed_before_plural(span) or listed_after_plural(span):
            admin_hint = True
        if qualifies_town(span, key, cands, normalize_name):
            admin_hint = True  # "Woodbury, New York": the state, not the city
        if span.start > 0 and doc[span.start - 1].lower_ == "the" and not modifies(span):
            after_the = True
        nxt = following_toponym(span)
        if nxt is not None and isinstance(nxt._.hint, Place):
            containers.append(nxt._.hint)
        elif nxt is not None:
            nxt_key = normalize_name(nxt.text) or nxt.text.lower()
            if doc.lang_ in LOCAL_LANGUAGES:
                nxt_key = lemma_key(nxt.text, doc.lang_) or nxt_key
            containers.extend(
                _held_by(c.place)
                for c in cands.get(nxt_key) or lookup(nxt.text, doc.lang_)
                if c.place.feature_type in {"admin1", "admin2", "country", "region"}
            )
    return MentionEvidence(
        support={pid: n for (k, pid), n in near.items() if k == key},
        text=spans[0].text,
        label=labels.most_common(1)[0][0],
        admin_hint=admin_hint,
        containers=tuple(containers),
        after_the=after_the,
        admin_named=any(names_a_settlement(c, spans[0].text) for c in cands.get(key, [])),
        units=frozenset(
            (c.place.country_code, c.place.admin1_code)
            for c in cands.get(key, [])
            if c.place.feature_type == "admin1" and c.place.country_code and c.place.admin1_code
        ),
    )


#: Farthest a town lies from a city of the qualifier's name to be a part of that city
#: ("Queens, New York" is the city's borough; "Woodbury, New York" a town of the state).
CITY_PART_KM = 30.0


def qualifies_town(
    span: Span,
    key: str,
    cands: dict[str, list[Candidate]],
    normalize: Callable[[str], str],
) -> bool:
    """Whether ``span`` names the admin-1 unit of the town named right before it.

    "the iced tea maker based in Woodbury, New York": a toponym, a comma, then this
    name, whose candidates are an admin-1 unit and a city in it; when the toponym
    before it is a town of that unit and every such town lies over
    :data:`CITY_PART_KM` from the city, the name qualifies the town as a state does,
    and names the unit, not the city ("Queens, New York" is the city's); not in a list
    ("Migori, Naivasha, Nakuru and Bunyala").
    """
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].text != ",":
        return False
    if span.end < len(doc) and doc[span.end].lower_ in {"and", "or"}:
        return False  # "Naivasha, Nakuru and Bunyala": a list, no qualifier
    own = cands.get(key, [])
    units = {
        (c.place.country_code, c.place.admin1) for c in own if c.place.feature_type == "admin1"
    }
    cities = [c.place for c in own if c.place.feature_type == "city"]
    if not units or not cities:
        return False
    for prev in doc.spans.get(TOPONYMS, []):
        if prev.end == i:
            if prev.start > 0 and doc[prev.start - 1].lower_ in LIST_GLUE:
                return False  # "Suba, Migori, ... Naivasha, Nakuru": a list
            prev_key = normalize(prev.text) or prev.text.lower()
            # the town's group may be keyed with its qualifier ("woodbury|new york")
            towns = [
                c.place
                for k, group in cands.items()
                if k.split("|")[0] == prev_key
                for c in group
                if c.place.feature_type == "city"
                and (c.place.country_code, c.place.admin1) in units
            ]
            return bool(towns) and all(
                haversine_km(t.lon, t.lat, c.lon, c.lat) > CITY_PART_KM
                for t in towns
                for c in cities
            )
    return False


def _held_by(place: Place) -> Place:
    """A qualifier's container: an admin-2 unit stands for the admin-1 unit holding it.

    "Santa Maria, Davao del Sur": the province is an admin-2 unit of GeoNames, and a
    town's candidate in its admin-1 region is the one it qualifies (the point of a
    province says nothing finer that :func:`~geomap.nlp.scoring.contains` could read).
    """
    if place.feature_type != "admin2" or not place.admin1_code:
        return place
    return replace(place, feature_type="admin1")


#: Words after a name that make it an admin unit: a unit's word, or an enclave's (an
#: exclave is the unit cut off, not its seat town; as German "die Exklave Kaliningrad").
#: English writes them after the name ("the Kaliningrad exclave"); the other languages'
#: are :data:`geomap.gazetteer.unit_words.TERRITORY_WORDS`, before it.
UNIT_AFTER = ADMIN_WORDS | frozenset({"exclave", "enclave"})


#: Lower-case kind words between a name and "in" ("off Pingtan island in Fujian").
IN_KINDS = frozenset({"island", "islands", "town", "city", "village", "port", "camp"})


def following_toponym(span: Span) -> Span | None:
    """The toponym that qualifies ``span``, if any.

    After a comma ("Paris, Texas"), or after "of" when the span is an admin unit
    ("the Western Region of Ghana", "the Donetsk region of Ukraine"), or after "in",
    maybe past a kind word and adjectives ("Pingtan island in Fujian province",
    "Mawlamyine in neighbouring Mon state").
    """
    doc = span.doc
    i = span.end
    admin = span[-1].lower_ in ADMIN_WORDS
    if i < len(doc) and doc[i].lower_ in ADMIN_WORDS:  # "Donetsk region of Ukraine"
        i, admin = i + 1, True
    elif i < len(doc) and doc[i].lower_ in IN_KINDS:  # "Pingtan island in Fujian"
        i += 1
    if i < len(doc) and doc[i].lower_ == "in":
        start = i + 1
        while start < len(doc) and start - i <= 2 and doc[start].is_lower:
            start += 1  # "in neighbouring Mon state", "in the northern"
    elif i >= len(doc) or not (doc[i].text == "," or (admin and doc[i].lower_ == "of")):
        return None
    else:
        start = i + 1
    for other in doc.spans.get(TOPONYMS, []):
        if other.start == start:
            return other
    return None
