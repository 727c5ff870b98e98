"""A name's gazetteer candidates, with the fallbacks for names the gazetteer lacks.

:func:`name_candidates` never raises for an unknown name: a demonym adds its
country, a name with a trailing admin word falls back to the name without it
("Kaliningrad region"), and other unknown names to a notable place named inside
them (:func:`sub_candidates`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.gazetteer.kind_words import kind_candidates
from geomap.gazetteer.lemmas import LOCAL_LANGUAGES
from geomap.nlp.adjective_names import adjective_candidates
from geomap.nlp.apposed_units import seat_units
from geomap.nlp.county_order import county_first_candidates, district_candidates
from geomap.nlp.held_towns import held_by_next
from geomap.nlp.home_namesakes import big_home_town
from geomap.nlp.island_countries import with_island_countries
from geomap.nlp.landmarks import building_tail, landmark_candidates
from geomap.nlp.local_context import contracted_name, local_candidates
from geomap.nlp.local_filters import city_over_its_unit, natural_only, no_town, over_namesakes
from geomap.nlp.name_fallbacks import compass_part_candidates, prefixed_candidates
from geomap.nlp.name_kinds import short_sea, standalone
from geomap.nlp.name_shapes import embedded, is_acronym, lookup_demonym, names_facility
from geomap.nlp.particle_heads import particle_head
from geomap.nlp.patterns import AP_AMBIGUOUS
from geomap.nlp.respellings import respelled_candidates, romanised_candidates
from geomap.nlp.scoring import ADMIN_WORDS
from geomap.nlp.unit_lists import closing_plural
from geomap.nlp.vocab import (
    GENERIC_WORDS,
    INSTITUTION_NOUNS,
    LOCAL_KIND_WORDS,
    SETTLEMENT_WORDS,
)
from geomap.records import Candidate, Place


def name_candidates(gazetteer: Any, spans: list[Span]) -> list[Candidate]:
    """Gazetteer candidates for a name, then fallbacks, never raising for an unknown name.

    A one-word name after "the" that is short for a sea's is that sea ("the Aegean":
    :func:`geomap.nlp.name_kinds.short_sea`). A national capital's own name drops the
    alternate names of towns in other countries ("Islamabad" is also an old name of
    Anantnag, India). A demonym ("Russian") adds its country as a candidate. A name
    with no entry falls back to the name without a trailing admin word ("Kaliningrad
    region"), then to the longest run of its words that has candidates ("Colorado
    State University" -> Colorado), marked as an alternate match; a place named after
    a building's word ("British Embassy Tokyo" -> Tokyo, :func:`tail_candidates`), a
    compass word's rest and the name spelled otherwise ("Tesseney" for Teseney, "Jisr
    al-Shughur" for Jisr ash-Shughur: :func:`~geomap.nlp.respellings.respelled_candidates`),
    then the name romanised otherwise ("Bint Jbeil" for Bent Jbaïl:
    :func:`~geomap.nlp.respellings.romanised_candidates`) come first. An institution's common noun
    ("Congress", :data:`~geomap.nlp.vocab.INSTITUTION_NOUNS`) has none: it is placed
    like a building, at the article's focus.
    """
    text = spans[0].text
    if text.lower() in INSTITUTION_NOUNS:  # "testify before Congress": no town of Arizona
        return []
    lang = spans[0].doc.lang_
    if lang in LOCAL_LANGUAGES:  # French, German, Polish, Russian, Ukrainian: by lemmas
        kept = natural_only(local_candidates(gazetteer, spans[0]), spans)
        if not kept:  # "пустыне Гоби", "îles Lofoten": the feature of the word's kind
            kept = kind_candidates(gazetteer, text, lang)
        fused = {
            c.place.place_id for s in spans for c in local_candidates(gazetteer, s, fused_only=True)
        }
        kept = no_town(kept, spans, fused=bool(fused))
        if fused and all(contracted_name(s) for s in spans):
            # "au Lamentin": Le Lamentin (Martinique), not Lamentin (Guadeloupe), which
            # French writes with no article ("à Lamentin")
            kept = [c for c in kept if c.place.feature_type != "city" or c.place.place_id in fused]
        if not held_by_next(gazetteer, spans, kept):  # "w Reni w obwodzie odeskim": the town
            kept = over_namesakes(kept, spans)
        kept = big_home_town(kept, spans)
        kept += seat_units(gazetteer, kept, spans)  # "в уезде Тулча": Tulcea County
        return city_over_its_unit(kept, spans)
    if text in AP_AMBIGUOUS:  # "Ill.": a toponym span, so the state, not the word
        state = gazetteer.admin1("US", AP_AMBIGUOUS[text])
        if state is not None:
            return [Candidate(state, "alias")]
    sea = short_sea(gazetteer, spans)  # "in the Aegean": the Aegean Sea
    if sea:
        return sea
    found: list[Candidate] = list(gazetteer.candidates(text))
    found += county_first_candidates(gazetteer, text, found)  # "Durham County": County Durham
    after = [s.doc[s.end].lower_ for s in spans if s.end < len(s.doc)]
    after += [w for s in spans if (w := closing_plural(s)) is not None]  # "X and Y regions"
    found = district_candidates(gazetteer, text, after, found)  # "the Izmail district"
    capitals = {c.place.country_code for c in found if _capital(c)}
    if capitals:  # "Islamabad" is not Anantnag's (India) other name
        found = [c for c in found if not _foreign_town_alternate(c, capitals)]
    if names_facility(text.split()):  # a square is its own entry, not another's old name
        found = [c for c in found if c.match in {"name", "alias"}]
    if is_acronym(text):  # "SA" is no village's alternate name "Sa"; "UK" is an alias
        found = [c for c in found if c.match in {"name", "alias"}]
    demonym = lookup_demonym(gazetteer, text)
    if demonym is not None and all(c.place.place_id != demonym.place_id for c in found):
        found.append(Candidate(demonym, "demonym"))
    if found:
        return with_island_countries(gazetteer, found)  # "Espiritu Santo": Vanuatu's
    words = text.split()
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
        found = [
            c
            for c in gazetteer.candidates(" ".join(words[:-1]))
            if c.place.feature_type in {"admin1", "admin2"}
        ]
        if found:
            return found
    landmark = landmark_candidates(gazetteer, words)  # "Copenhagen Airport"
    if landmark:
        return landmark
    if names_facility(words):  # "Oxford Road" is not in Oxford, "West Street" not in Street
        return []
    prefixed = prefixed_candidates(gazetteer, words)  # "County Kerry", "Greater Sydney"
    if prefixed:
        return prefixed
    part = compass_part_candidates(gazetteer, words)  # "South Arlington": part of Arlington
    if part:
        return part
    respelled = respelled_candidates(gazetteer, text)  # "Tesseney": Teseney
    if respelled:
        return respelled
    romanised = romanised_candidates(gazetteer, spans)  # "Bint Jbeil": Bent Jbaïl
    if romanised:
        return romanised
    adjectival = adjective_candidates(gazetteer, words)  # "the Transnistrian region"
    if adjectival:
        return adjectival
    return tail_candidates(gazetteer, words) or sub_candidates(gazetteer, words)


#: Kinds of place a building's name may end with to say where it is ("... College Cambridge").
TAIL_TYPES = frozenset({"city", "admin2", "admin1"})


def tail_candidates(gazetteer: Any, words: list[str]) -> list[Candidate]:
    """Candidates of the place a building's name ends with, after the building's word.

    "British Embassy Tokyo" is in Tokyo, not in the United Kingdom its leading
    demonym names; "Robinson College Cambridge" is in Cambridge, a town too small
    to stand for a name by leading it; "University of Oxford" is in Oxford (a
    building's word then "of" may begin the name). The words after a building's word
    (:func:`~geomap.nlp.landmarks.building_tail`) must be the whole
    name of an admin-1 unit, or of a city or county of :data:`TAIL_CITY` people
    (:data:`TAIL_TYPES`): "... Court Branch" ends with a word, not in Branch,
    Louisiana, and "University of Oxford" is not in Oxford, Mississippi; they are
    marked as alternate matches so the resolver weighs the namesakes by the article.
    Empty when the name ends otherwise.
    """
    tail = building_tail(words)
    if tail is None:
        return []
    return [
        Candidate(c.place, "alternate")
        for c in gazetteer.candidates(tail)
        if c.match in {"name", "alias"}
        and c.place.feature_type in TAIL_TYPES
        and (c.place.feature_type == "admin1" or c.place.population >= TAIL_CITY)
    ]


#: A city must be this big for a building's name ending with its name to be placed there.
TAIL_CITY = 100_000


#: Smallest national capital whose own name hides other places' alternate names.
CAPITAL_POPULATION = 100_000


def _capital(cand: Candidate) -> bool:
    """Whether a candidate is a national capital (100,000+) by its own name or alias.

    News naming a capital's name means the capital or its government, never a town
    in another country that once had or has that name in another language (the
    capital's own country's namesakes stay: they are how the resolver weighs it).
    """
    p = cand.place
    return (
        cand.match in {"name", "alias"}
        and p.feature_code == "PPLC"
        and p.population >= CAPITAL_POPULATION
    )


def _foreign_town_alternate(cand: Candidate, countries: set[str | None]) -> bool:
    """Whether a candidate is a town outside ``countries`` matched by an alternate name.

    An admin unit's short form ("Nassau" for Nassau County) is an alternate match too,
    and stays.
    """
    p = cand.place
    town = p.feature_type == "city"
    return cand.match == "alternate" and town and p.country_code not in countries


def sub_candidates(gazetteer: Any, words: list[str]) -> list[Candidate]:
    """Candidates of the name's leading words when the whole name is unknown.

    Anywhere in the name, a country, admin-1 unit, region or continent counts
    ("University of California" -> California); a city of 100,000 or more or a
    demonym only as the leading modifier ("Tijuana River", "Russian Embassy").
    Generic words and small places give nothing ("Royal Street", "Trump Tower"):
    a wrong point on the map is worse than none; nor does a run inside a longer proper
    name (:func:`~geomap.nlp.name_shapes.embedded`: "Hottentots Holland Mountains").
    (A continent's demonym opening a body's name, "African Union", still gives its
    candidate: the recogniser drops such a name from the toponyms,
    :func:`~geomap.nlp.state_bodies.without_bodies_of_states`, while a corpus that marks
    it a toponym is resolved.) Nor does a demonym before a local kind word
    (:func:`named_after_people`: "French Quarter" is no part of France). Nor do the
    words before a name particle and a capitalised word
    (:func:`~geomap.nlp.particle_heads.particle_head`: "Adrar des Ifoghas" is no
    Adrar). Nor does anything in the name of a settlement or a camp
    (:data:`~geomap.nlp.vocab.SETTLEMENT_WORDS`): "Tennessee Colony" is a village of
    Texas, "Jackson Township" no part of Jackson, Mississippi; such a name goes to the
    article's focus.
    """
    if any(w.lower() in SETTLEMENT_WORDS for w in words):
        return []
    demonyms_ok = not named_after_people(words)
    for length in range(len(words) - 1, 0, -1):
        for i in range(len(words) - length + 1):
            sub = " ".join(words[i : i + length])
            if sub.lower() in GENERIC_WORDS or not sub[:1].isupper() or embedded(words, i, length):
                continue
            if particle_head(words, i + length):  # "Adrar des Ifoghas" is no Adrar
                continue
            found = [
                Candidate(c.place, "alternate")
                for c in gazetteer.candidates(sub)
                if c.match in {"name", "alias"} and standalone(c.place, leading=i == 0)
            ]
            demonym = lookup_demonym(gazetteer, sub) if i == 0 and demonyms_ok else None
            if demonym is not None:
                found.append(Candidate(demonym, "demonym"))
            if found:
                return found
    return []


#: Words of the landscape that end a place's name after a people's ("Indian Orchard",
#: a part of Springfield, Massachusetts; "Swiss Cottage", "Mexican Hat Springs").
LANDSCAPE_WORDS = frozenset(
    """
    orchard orchards cottage heights hill hills valley springs falls garden gardens grove
    """.split()  # noqa: SIM905
)


def named_after_people(words: list[str]) -> bool:
    """Whether a name ends with a local kind word, so a leading demonym names a people.

    "French Quarter", "Russian River", "Chinese Quarter", "Indian Orchard": a
    neighbourhood, a river or a village named after a people
    (:data:`~geomap.nlp.vocab.LOCAL_KIND_WORDS`, :data:`LANDSCAPE_WORDS`), not in their
    country, unlike "Russian Embassy" or "British Council".
    """
    return len(words) > 1 and words[-1].lower() in LOCAL_KIND_WORDS | LANDSCAPE_WORDS


#: Feature types a building's or an organisation's name may be placed in by naming it.
UNIT_TYPES = frozenset({"country", "admin1"})


def unit_in_name(gazetteer: Any, words: list[str]) -> Place | None:
    """The country or admin-1 unit a name the gazetteer lacks names inside it.

    "Bank of Japan" -> Japan, "Colorado State University" -> Colorado, "US Federal
    Reserve" -> the United States, "British Embassy" -> the United Kingdom (a
    leading demonym); the longest such run of words wins, by its own name or a
    curated alias, never a possessive before more words ("St George's Chapel" is no
    parish of Bermuda). ``None`` when the name names none, or only a people after whom
    a neighbourhood or a river is named (:func:`named_after_people`).
    """
    demonyms_ok = not named_after_people(words)
    for length in range(len(words) - 1, 0, -1):
        for i in range(len(words) - length + 1):
            sub = " ".join(words[i : i + length])
            if not sub[:1].isupper() or sub.lower() in GENERIC_WORDS or embedded(words, i, length):
                continue  # "South Kilburn Estate" is not in South, Cameroon
            if i + length < len(words) and sub.endswith(("'s", "’s")):
                continue  # "St George's Chapel" is named after a saint, not in a parish
            for c in gazetteer.candidates(sub):
                if c.match in {"name", "alias"} and c.place.feature_type in UNIT_TYPES:
                    return c.place
            demonym = lookup_demonym(gazetteer, sub) if i == 0 and demonyms_ok else None
            if demonym is not None and demonym.feature_type in UNIT_TYPES:
                return demonym
    return None
