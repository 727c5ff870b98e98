"""Names after a preposition of place: untagged, or tagged as something else.

"a cottage in Dewsbury" (untagged), "gathered in Reading on Saturday" (a common word
the model reads as a noun, capitalised mid-sentence), "Officials in Kyiv said" (tagged PERSON),
"the nuclear plant at Kurchatov": a proper name right after "in", "to", "near" ...
that a populated place or an admin unit is named, read as that place
(:func:`locative_names`, :func:`after_locative`; used by
:mod:`geomap.nlp.recognizer`).
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.headlines import plain
from geomap.nlp.name_shapes import is_acronym, titled_unit
from geomap.nlp.respellings import MIN_CONSONANTS, consonants
from geomap.nlp.scan import Words
from geomap.nlp.town_names import SEAT_CODES
from geomap.nlp.untagged_names import past_hyphen
from geomap.nlp.vocab import (
    BIG_CITY,
    GENERIC_WORDS,
    LOCATIVE_MIN_POPULATION,
    LOCATIVE_PREPOSITIONS,
    MONTHS,
    NAME_PARTICLES,
    ORG_TOWN_MIN_POPULATION,
)
from geomap.place_prepositions import PLACE_ONLY_PREPOSITIONS

#: Prepositions of place before a name here: "off" too, at sea ("anchored off Skagen").
PREPOSITIONS = LOCATIVE_PREPOSITIONS | frozenset({"off"})


def locative_names(
    doc: Doc, words: Words, gazetteer: Any, person_words: frozenset[str], max_tokens: int
) -> Iterable[Span]:
    """A proper name the model left untagged after "in", "to", "near" ... naming a town.

    "a cottage in Dewsbury", "driving to Castlegar": the longest run of proper
    nouns right after a locative preposition that is a populated place's or an
    admin unit's own name (or, after "in", "near" ..., a bigger town's other spelling:
    :func:`_locative_match`), outside any entity and not part of a person's name.
    The run may go on over a whole entity right after it when together they are
    such a name ("in Dera Ismail Khan", with "Ismail Khan" tagged PERSON: not Dera).
    """
    for i in range(1, len(doc)):
        if words.lower[i - 1] not in PREPOSITIONS:
            continue
        tok = doc[i]
        if tok.ent_type_ or not tok.is_title:
            continue
        if tok.pos_ != "PROPN":
            span = _capitalised_word(doc, words, i, gazetteer, person_words)
            if span is not None:
                yield span
            continue
        end = tok.i
        while end < len(doc) and end - tok.i < max_tokens:
            if past_hyphen(doc, end) > end:  # "into Hpa-an"
                end = past_hyphen(doc, end)
                continue
            t = doc[end]
            if t.ent_type_ or t.pos_ != "PROPN" or not t.is_title:
                break
            end += 1
        joined = _joined_with_entity(doc, tok.i, end, gazetteer, max_tokens)
        if joined is not None:
            yield joined
            continue
        place_only = words.lower[i - 1] in PLACE_ONLY_PREPOSITIONS | {"off"}  # at sea
        for j in range(end, tok.i, -1):
            span = doc[tok.i : j]
            if span.text in person_words or tok.lower_ in GENERIC_WORDS:
                continue
            if any(
                _locative_match(c, span.text, place_only=place_only and j == end)
                for c in gazetteer.candidates(span.text)
            ):
                yield Span(doc, tok.i, j, label="GAZ")
                break


def _capitalised_word(
    doc: Doc, words: Words, i: int, gazetteer: Any, person_words: frozenset[str]
) -> Span | None:
    """A common word capitalised mid-sentence after "in", "near" ... naming a town.

    "Protesters gathered in Reading on Saturday": the model reads "Reading" as a noun,
    but a common word is capitalised mid-sentence only as a name. One word, not the
    first of its sentence nor followed by another capitalised word ("in Human
    Resources"), after a preposition an organisation rarely follows, naming a populated
    place or an admin unit of :data:`ORG_TOWN_MIN_POPULATION` or more by its own name
    (a month is none: "in March").
    """
    tok = doc[i]
    if tok.is_sent_start or words.lower[i - 1] not in PLACE_ONLY_PREPOSITIONS:
        return None
    if not tok.is_alpha or tok.lower_ in MONTHS or tok.text in person_words:
        return None
    if tok.lower_ in GENERIC_WORDS or (i + 1 < len(doc) and doc[i + 1].is_title):
        return None
    if any(
        c.match == "name"
        and c.place.feature_type in {"city", "admin2", "admin1"}
        and c.place.population >= ORG_TOWN_MIN_POPULATION
        for c in gazetteer.candidates(tok.text)
    ):
        return Span(doc, i, i + 1, label="GAZ")
    return None


def _locative_match(cand: Any, text: str, *, place_only: bool) -> bool:
    """Whether a candidate of an untagged name after a preposition of place makes it a town.

    A populated place's or an admin unit's own name, of :data:`LOCATIVE_MIN_POPULATION`
    or more; for a whole run of proper nouns after a preposition an organisation's
    name rarely follows ("near", "in": :data:`PLACE_ONLY_PREPOSITIONS`; not "in Human|
    Resources"), also a town's other spelling when the town has
    :data:`ORG_TOWN_MIN_POPULATION` or more ("near Dalanzadgad" for Dalandzadgad;
    :func:`spelled_alike`).
    """
    p = cand.place
    if p.feature_type not in {"city", "admin2", "admin1"}:
        return False
    if cand.match == "name":
        return bool(p.population >= LOCATIVE_MIN_POPULATION)
    return (
        place_only
        and cand.match == "alternate"
        and p.population >= ORG_TOWN_MIN_POPULATION
        and spelled_alike(text, p.name)
    )


#: Least similarity of two spellings of one name (:func:`spelled_alike`).
SPELLING_SIMILARITY = 0.8


def spelled_alike(a: str, b: str) -> bool:
    """Whether two names are spellings of one name, not a translation or another name.

    "Dalanzadgad" and "Dalandzadgad" are; "Human" and the town whose other name it is
    are not. Compared without case or accents, by :class:`difflib.SequenceMatcher`; or
    by their consonants (:func:`~geomap.nlp.respellings.consonants`: transliterations
    write the vowels of Arabic and Hebrew names as they hear them, "Hodeidah" for Al
    Hudaydah, and the qaf "k" or "q", "Kiryat Shmona" for Qiryat Shmona).
    """
    if SequenceMatcher(None, plain(a), plain(b)).ratio() >= SPELLING_SIMILARITY:
        return True
    ka, kb = consonants(a), consonants(b)
    return len(ka) >= MIN_CONSONANTS and ka == kb


def _joined_with_entity(
    doc: Doc, start: int, end: int, gazetteer: Any, max_tokens: int
) -> Span | None:
    """The untagged run ``start:end`` and the entity right after it, if one town's name.

    The entity's words must all be capitalised, and the whole an own name of a
    populated place or admin unit of :data:`LOCATIVE_MIN_POPULATION` or more.
    """
    if end >= len(doc) or doc[end].ent_iob_ != "B":
        return None
    stop = end + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    if stop - start > max_tokens or not all(t.is_title for t in doc[end:stop]):
        return None
    span = doc[start:stop]
    if any(
        c.match == "name"
        and c.place.feature_type in {"city", "admin2", "admin1"}
        and c.place.population >= LOCATIVE_MIN_POPULATION
        for c in gazetteer.candidates(span.text)
    ):
        return Span(doc, start, stop, label="GAZ")
    return None


def after_locative(ent: Span, gazetteer: Any, person_words: frozenset[str]) -> bool:
    """An entity of any label after "in", "to", "near" ... naming a big place.

    The small model tags some cities PERSON or ORG ("Officials in Kyiv said",
    "witnesses in Mae Sot said"); after a locative preposition, a name that is a
    country, an admin-1 unit or a city of 100,000 or more is taken as the place (a
    seat of government also by its English name: "camps around Dohuk" for Dihok; a
    town also by another spelling of its name: :func:`_respelled_town`),
    unless it is part of a person's name elsewhere in the article (a name of two
    or three words: unless another entity of the article is a longer name
    holding it).
    """
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in PREPOSITIONS:
        return False
    if is_acronym(ent.text) or not _capitalised_name(ent):
        return False
    if ent.text in person_words if len(ent) == 1 else _inside_longer_entity(ent):
        return False
    # a small town when the model took it for a person; a town tagged as an
    # organisation only after a preposition an organisation rarely follows
    town = BIG_CITY
    if ent.label_ == "PERSON":
        town = LOCATIVE_MIN_POPULATION
    elif _place_only(doc, ent.start - 1) and not _month(ent.text):
        town = ORG_TOWN_MIN_POPULATION  # "in Dewsbury" tagged ORG, not "in March"
    return any(
        (
            (
                c.match in {"name", "alias"}
                or (c.match == "exonym" and c.place.feature_code in SEAT_CODES)
            )
            and (
                c.place.feature_type in {"country", "admin1"}
                or (c.place.feature_type == "city" and c.place.population >= town)
            )
        )
        or _respelled_town(c, ent.text, town)
        for c in gazetteer.candidates(ent.text) or titled_unit(gazetteer, ent.text)
    )


def _respelled_town(cand: Any, text: str, town: int) -> bool:
    """Whether a candidate is a town ``text`` spells otherwise ("at Kiryat Shmona" for Qiryat).

    A town of ``town`` and :data:`ORG_TOWN_MIN_POPULATION` or more whose own name is
    another spelling of ``text`` (:func:`spelled_alike`), by one of its alternate names.
    """
    p = cand.place
    return (
        cand.match == "alternate"
        and p.feature_type == "city"
        and p.population >= max(town, ORG_TOWN_MIN_POPULATION)
        and spelled_alike(text, p.name)
    )


def _capitalised_name(ent: Span) -> bool:
    """Whether every word of an entity is capitalised, but for a name's particles inside it.

    "Santa Elena de Uairén", "Laguna del Tigre": a lower-case "de", "del", "da" ...
    (:data:`~geomap.nlp.vocab.NAME_PARTICLES`) between capitalised words.
    """
    words = list(ent)
    return words[0].text[:1].isupper() and all(
        t.text[:1].isupper() or (0 < k < len(words) - 1 and t.lower_ in NAME_PARTICLES)
        for k, t in enumerate(words)
    )


#: Most words of an entity of another label read as a place after a preposition of place.
MAX_LOCATIVE_WORDS = 3


def short_name(ent: Span) -> bool:
    """Whether an entity has at most :data:`MAX_LOCATIVE_WORDS` words besides a name's particles.

    "in Santa Elena de Uairén" (tagged ORG) counts three: "de" is a particle.
    """
    return sum(t.lower_ not in NAME_PARTICLES for t in ent) <= MAX_LOCATIVE_WORDS


def _inside_longer_entity(ent: Span) -> bool:
    """Whether another entity of the doc holds ``ent``'s words and more ("Mae Sot Lee")."""
    words = [t.text for t in ent]
    n = len(words)
    for other in ent.doc.ents:
        texts = [t.text for t in other]
        if len(texts) > n and any(texts[i : i + n] == words for i in range(len(texts) - n + 1)):
            return True
    return False


#: Nouns of sites after which "at" introduces the town they are in ("the plant at
#: Kurchatov", "the base at Hmeimim"), as "in" does; "at Google" is a company.
SITE_NOUNS = frozenset({"plant", "base", "port", "airport", "airbase", "camp", "garrison", "post"})


def _place_only(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a preposition an organisation's name rarely follows.

    "in", "from", "near" ... (:data:`PLACE_ONLY_PREPOSITIONS`), and "at" after the
    noun of a site ("the nuclear plant at Kurchatov").
    """
    word = doc[i].lower_
    if word in PLACE_ONLY_PREPOSITIONS:
        return True
    return word == "at" and i > 0 and doc[i - 1].lower_ in SITE_NOUNS


def _month(text: str) -> bool:
    """Whether ``text`` is an English month's name ("March", a town too)."""
    return text.lower() in MONTHS
