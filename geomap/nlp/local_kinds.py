"""Which gazetteer candidates a context lets the local recogniser take (:mod:`geomap.nlp.local`).

Prominent places are taken wherever their name is capitalised; towns need a
context (:mod:`geomap.nlp.local_context`); a word for a kind of place takes a
candidate of that kind.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from geomap.gazetteer.lemmas import ADMIN_WORDS, lemmas
from geomap.nlp.local_context import in_name_run
from geomap.nlp.local_words import HOME_COUNTRIES
from geomap.records import Candidate

#: Feature types taken wherever the name is capitalised.
PROMINENT_TYPES = frozenset({"country", "continent", "region", "admin1"})
#: Water bodies taken by name alone (rivers and lakes need context).
PROMINENT_WATER = frozenset({"OCN", "SEA", "GULF", "STRT", "BAY", "ocean", "sea", "gulf", "bay",
                             "strait", "sound", "channel", "lagoon"})  # fmt: skip
#: Towns at least this large are taken inside a sentence where only names are capitalised.
MID_CITY = 20_000
#: Smallest town taken in a supporting context.
TOWN = 1_000
#: Feature codes of administrative seats (GeoNames leaves some without a population).
SEATS = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4"})


def town(c: Candidate, lang: str) -> bool:
    """A town of :data:`TOWN` people, or a seat of the language's own countries by its name."""
    p = c.place
    if p.feature_type not in ("city", "admin2"):
        return False
    return p.population >= TOWN or (
        c.match == "name" and p.feature_code in SEATS and p.country_code in HOME_COUNTRIES[lang]
    )


def of_kind(c: Candidate, kind: str) -> bool:
    """Whether a candidate is of the kind a word says ("Insel Borkum": the island's town)."""
    ftype = c.place.feature_type
    if kind == "city":
        return ftype in ("city", "admin2")
    return ftype == kind or (kind == "landform" and ftype == "city")


def natural(c: Candidate) -> bool:
    """Whether a candidate is a water body or a landform."""
    return c.place.feature_type in ("water", "landform")


def names_unit(span: Span, lang: str) -> bool:
    """Whether a word of ``span`` is a word for an admin unit ("obwodu zaporoskiego")."""
    return any(w.lower() in ADMIN_WORDS.get(lang, ()) for w in lemmas(span.text, lang))


def prominent(c: Candidate) -> bool:
    """A country, continent, region, admin-1 unit, sea or landform: taken wherever capitalised."""
    p = c.place
    if p.feature_type in PROMINENT_TYPES:
        return True
    if p.feature_type in ("water", "landform"):
        return p.feature_code in PROMINENT_WATER or p.feature_type == "landform"
    return False


def proper_town(tok: Token, cands: Sequence[Candidate], lang: str) -> bool:
    """A capitalised word inside a sentence, alone, naming a town of :data:`MID_CITY`.

    Where only proper nouns are capitalised ("в порту Ізмаїла"), such a word is a
    name; it is not taken at a sentence's start or beside another name.  A river's
    or a mountain's own name counts as well ("вийшли з берегів Прут", "підніметься
    і Дністер").
    """
    if tok.is_sent_start or in_name_run(tok, lang):
        return False
    return any(
        c.match != "alternate"
        and (
            (c.place.feature_type == "city" and c.place.population >= MID_CITY)
            or c.place.feature_type in ("water", "landform")
        )
        for c in cands
    )
