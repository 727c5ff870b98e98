"""A compass word that shares the next name's noun: "West and Central Africa".

In "West and Central Africa", "Central and South America", "East or Southern Africa"
and "North and South Korea" the first compass word stands for a whole name whose noun
it leaves to the next one: West Africa, Central America, East Africa, North Korea. On its
own the word matches the admin-1 units a few countries name by a compass word (East,
Cameroon; Central, Ghana) or a broad region ("West": Western Europe).
:func:`elliptic_candidates` gives such a name the candidates of the whole name, when
every mention of it is written so and the gazetteer knows the whole name as a country,
an admin-1 unit, a region or a continent.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.shared_heads import LANGUAGES, shared_head
from geomap.records import Candidate

#: Compass words that open a name ("West Africa", "Southern Africa", "Central America").
COMPASS = frozenset(
    "north south east west northern southern eastern western central "  # noqa: SIM905
    "northeast northwest southeast southwest".split()
)
#: Words joining the two names.
JOINS = frozenset({"and", "or", "&"})
#: Kinds of place the whole name may be.
WHOLE_TYPES = frozenset({"country", "admin1", "region", "continent"})
#: Most words of the shared noun ("America", "Congo Basin").
MAX_NOUN_WORDS = 2


def shared_noun(span: Span) -> str | None:
    """The whole name a compass word stands for ("West" in "West and Central Africa")."""
    doc = span.doc
    if len(span) != 1 or span.text.lower() not in COMPASS or not span.text[:1].isupper():
        return None
    i = span.end
    if i + 2 >= len(doc) or doc[i].lower_ not in JOINS or doc[i + 1].lower_ not in COMPASS:
        return None
    noun: list[str] = []
    k = i + 2
    while k < len(doc) and len(noun) < MAX_NOUN_WORDS and doc[k].is_title:
        noun.append(doc[k].text)
        k += 1
    return f"{span.text} {' '.join(noun)}" if noun else None


def elliptic_candidates(
    gazetteer: Any, cands: list[Candidate], spans: list[Span]
) -> list[Candidate]:
    """The whole name's candidates when every mention is such a compass word, else ``cands``.

    Also when every mention is an adjective that shares a unit's head noun in a local
    language ("Брянской" of "Брянской и Курской областями",
    :func:`geomap.nlp.shared_heads.shared_head`), looked up in that language.
    """
    lang = spans[0].doc.lang_ if spans else ""
    wholes = {shared_noun(s) or (shared_head(s) if lang in LANGUAGES else None) for s in spans}
    if len(wholes) != 1 or None in wholes:
        return cands
    (whole,) = wholes
    found = gazetteer.candidates(whole, lang) if lang in LANGUAGES else gazetteer.candidates(whole)
    return [c for c in found if c.place.feature_type in WHOLE_TYPES] or cands
