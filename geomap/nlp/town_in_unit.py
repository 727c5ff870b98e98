"""A town named with the unit or country it lies in ("Ruhpolding in Oberbayern").

News qualifies a small town by the land, region or country around it, with the
preposition of "in" between: "Ersatzort ist Ruhpolding in Oberbayern", "Ramsau w
Austrii", "Кировск в Мурманской области", and the region's article after it: "Stendal in
der Altmark".  When the unit after the preposition was
found and a capitalised word before it names a town lying in that unit (the same
country, and within :data:`NEAR_UNIT_KM` of the unit's point unless the unit is a
country), the word is that town, though no preposition of its own precedes it.  In
German, which capitalises every noun, and at a sentence's start, a word the
lemmatiser knows as a common word is left alone ("Brücken in Rheinland-Pfalz":
bridges, not the village); so is a word after an article, or inside a club's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.geo import haversine_km
from geomap.nlp.local_context import after_article, capitalised, local_candidates
from geomap.nlp.local_kinds import TOWN
from geomap.nlp.local_position import opens_sentence
from geomap.nlp.local_spans import in_club_name
from geomap.nlp.local_words import DEFINITE, NOUN_CAPITALS

#: Prepositions of "in" between a town and the unit it lies in.
QUALIFIERS: dict[str, frozenset[str]] = {
    "de": frozenset({"in", "im"}),
    "pl": frozenset({"w", "we"}),
    "ru": frozenset({"в", "во"}),
    "uk": frozenset({"в", "у"}),
    "fr": frozenset({"en"}),
}
#: Kinds of place a town may be qualified by.
UNIT_TYPES = frozenset({"country", "admin1", "admin2", "region"})
#: Farthest a qualified town lies from the point of a unit that is no country.
NEAR_UNIT_KM = 200.0


def _common_word(word: str, lang: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(word.lower(), lang=lang))


def towns_in_units(
    gazetteer: Any, doc: Doc, lang: str, spans: Sequence[Span], blocked: set[int]
) -> Iterable[Span]:
    """The towns named right before "in" and a found unit they lie in (module docstring)."""
    qualifiers = QUALIFIERS.get(lang, frozenset())
    taken = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        i = span.start - 2  # the word before the preposition
        if i > 0 and doc[i + 1].lower_ in DEFINITE.get(lang, ()):
            i -= 1  # "Stendal in der Altmark": a region's article after the preposition
        if i < 0 or doc[i + 1].lower_ not in qualifiers or i in taken or i in blocked:
            continue
        tok = doc[i]
        if not tok.is_alpha or not capitalised(tok) or tok.text.isupper():
            continue
        if after_article(tok, lang) or in_club_name(tok, lang):
            continue
        if (lang in NOUN_CAPITALS or opens_sentence(tok)) and _common_word(tok.text, lang):
            continue
        units = [
            c.place
            for c in gazetteer.candidates(span.text, lang)
            if c.place.feature_type in UNIT_TYPES and c.place.country_code
        ]
        towns = [
            c.place
            for c in local_candidates(gazetteer, doc[i : i + 1])
            if c.match != "alternate"
            and c.place.feature_type == "city"
            and c.place.population >= TOWN
        ]
        if any(_lies_in(t, u) for t in towns for u in units):
            taken.add(i)
            yield Span(doc, i, i + 1, label="GAZ")


def _lies_in(town: Any, unit: Any) -> bool:
    if town.country_code != unit.country_code:
        return False
    if unit.feature_type == "country":
        return True
    return haversine_km(town.lon, town.lat, unit.lon, unit.lat) <= NEAR_UNIT_KM
