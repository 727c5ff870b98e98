"""What a name's own words, and the word before it, say about the kind of place it is.

"Neches River" says it is a river; "the Andes" (a name after "the") a range or a
region rather than a town; "the Red Sea" a sea rather than the Sudanese state
named after it; "the Kaliningrad region" uses the name as a modifier. The
resolver (:mod:`geomap.nlp.resolver`) narrows a name's candidates with these
rules before it scores them.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.gazetteer.lemmas import LOCAL_LANGUAGES
from geomap.nlp.local_context import after_definite, kind_before
from geomap.nlp.name_shapes import lookup_demonym
from geomap.nlp.scoring import ADMIN_WORDS, is_short_form
from geomap.nlp.sea_context import sea_meant
from geomap.nlp.vocab import GENERIC_WORDS, LOCAL_KIND_WORDS, SEA_WORDS, SINGLE_WORD_TYPES
from geomap.records import Candidate, Place

#: A group of mentions of one name in an article.
_Group = list[Span]


def kind_word(span: Span) -> bool:
    """Whether a name of two words or more begins or ends with a capitalised kind word."""
    if len(span) < 2:
        return False
    return any(t.is_title and t.lower_ in LOCAL_KIND_WORDS for t in (span[0], span[-1]))


#: Feature types named with "the" in English ("the Andes", "the Nile", "the Sahel").
THE_TYPES = frozenset({"water", "landform", "region", "continent"})


def feature_with_the(cands: list[Candidate], spans: _Group) -> list[Candidate]:
    """Drop small towns when every mention says "the X" and X is a range, river or region.

    English names mountain ranges, rivers, seas, deserts and regions with "the"
    and towns without it: "in the Andes" is the mountain range, not the town of
    Andes, Colombia. Towns of 100,000 or more stay ("the Hague" is rare, but big),
    unless a one-word name is also a river's, by any of its names: "across the Dnipro"
    is the river (GeoNames' Dnieper, "Dnipro" one of its other names), not the city.
    An admin-1 unit goes when a one-word name is also a river's: "on the Limpopo" is
    the river, not the South African province ("the Limpopo province" uses the name
    as a modifier and keeps it).
    French and German name no town with a bare article (an article that belongs to a
    town's name is part of the name, "Le Havre", or fused, "au Havre"), so there
    every town goes: "la Vienne" is the river, "à Vienne" the city.
    """
    if not spans or not all(after_the(s) for s in spans):
        return cands
    # "across the Dnipro": a one-word river's other name (the Dnieper's), not the city
    river_named = all(len(s) == 1 for s in spans) and any(
        c.place.feature_type == "water" for c in cands
    )
    if not river_named and not any(
        c.match in {"name", "alias"} and c.place.feature_type in THE_TYPES for c in cands
    ):
        return cands
    big_towns_stay = spans[0].doc.lang_ not in LOCAL_LANGUAGES and not river_named
    # "on the Limpopo", "the Ohio": a one-word river's name, not its province's
    river = all(len(s) == 1 for s in spans) and any(
        c.match in {"name", "alias"} and c.place.feature_type == "water" for c in cands
    )
    return [
        c
        for c in cands
        if not (river and c.place.feature_type == "admin1")
        and (
            c.place.feature_type not in {"city", "admin2"}
            or (big_towns_stay and c.place.population >= 100_000)
        )
    ]


def after_the(span: Span) -> bool:
    """Whether a name follows a definite article ("the Ohio"), not as a modifier.

    After a word for an admin unit the article is the unit's ("la préfecture du Rhône",
    "le préfet de la Drôme": the département, :data:`~geomap.nlp.local_words.KIND_WORDS`).
    """
    doc = span.doc
    if doc.lang_ in LOCAL_LANGUAGES:  # "die Neiße", "le Danube"
        return after_definite(span) and kind_before(span[0], doc.lang_) != "admin"
    return span.start > 0 and doc[span.start - 1].lower_ == "the" and not modifies(span)


def modifies(span: Span) -> bool:
    """Whether the name modifies a following noun ("the Kaliningrad region/exclave")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    compound = span.root.dep_ == "compound" and span.root.head.i >= span.end
    return nxt.lower_ in ADMIN_WORDS or (nxt.pos_ in {"NOUN", "PROPN"} and compound)


def names_a_settlement(cand: Candidate, text: str) -> bool:
    """Whether a candidate is a country, admin unit or big city called exactly ``text``.

    A water or landform entry of the same name is then most likely named after it
    (the Kaliningrad lagoon, the Ohio river) and mentioned less often.
    """
    p = cand.place
    if cand.match in {"name", "alias"}:
        return p.feature_type in {"country", "admin1"} or (
            p.feature_type == "city" and p.population >= 100_000
        )
    return cand.match == "alternate" and p.feature_type == "admin1" and is_short_form(text, p)


def standalone(place: Place, *, leading: bool) -> bool:
    """Whether a place named inside a longer unknown name may stand for it."""
    if place.feature_type in SINGLE_WORD_TYPES:
        return True
    return leading and place.feature_type == "city" and place.population >= 100_000


#: Words that complete a sea's or an ocean's name after its first word ("the Aegean").
SEA_SUFFIXES = ("Sea", "Ocean")


def short_sea(gazetteer: Any, spans: _Group) -> list[Candidate]:
    """The seas or oceans a one-word name after "the" is short for ("the Aegean", "the Baltic").

    News names a sea by its first word with "the" ("rescued in the Aegean", "an
    exercise in the Baltic"); the gazetteer has "Aegean Sea", and "Baltic" only as
    three American villages. When every mention follows "the" (also before a noun:
    "the Aegean coast"), the seas and oceans called the name and "Sea" or "Ocean" are
    its candidates (marked alternate). Not for a demonym ("the Irish" are a people,
    "the Baltic states" no sea) unless the article or the sentence says the sea
    (:func:`~geomap.nlp.sea_context.sea_meant`), nor a generic word ("the North").
    """
    text = spans[0].text if spans else ""
    if (
        not text[:1].isupper()
        or " " in text
        or text.lower() in GENERIC_WORDS
        or not all(s.start > 0 and s.doc[s.start - 1].lower_ == "the" for s in spans)
    ):
        return []
    names = [f"{text} {suffix}" for suffix in SEA_SUFFIXES]
    if lookup_demonym(gazetteer, text) is not None and not sea_meant(spans, names):
        return []  # "the Baltic states"; "the Baltic" at sea or beside "Baltic Sea" is the sea
    return [
        Candidate(c.place, "alternate")
        for name in names
        for c in gazetteer.candidates(name)
        if c.match in {"name", "alias"} and c.place.feature_type == "water"
    ]


def generic_water(ent: Span, gazetteer: Any) -> bool:
    """Whether a place entity "the Gulf" is a water body known by that one generic word.

    News calls the Persian Gulf "the Gulf"; the word is generic ("gulf"), so names of
    generic words alone are no places, but the model's LOC or GPE entity of "the" and
    one capitalised generic word is one when the gazetteer has a water body of that
    name (GeoNames gives "Gulf" as an other name of the Persian Gulf).
    """
    words = [t for t in ent if t.lower_ != "the"]
    before = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    if len(words) != 1 or not (before or ent[0].lower_ == "the"):
        return False
    word = words[0]
    if not word.is_title or word.lower_ not in GENERIC_WORDS:
        return False
    return any(c.place.feature_type == "water" for c in gazetteer.candidates(word.text))


def names_water(text: str) -> bool:
    """Whether an English name of two words or more says it is a sea, gulf or strait."""
    words = text.lower().split()
    if len(words) < 2:
        return False
    return words[-1] in SEA_WORDS or (words[0] in SEA_WORDS and words[1] == "of")


#: Lower-case words after a name that say it is a water's ("the Niger river", "the Dnipro
#: delta").
WATER_WORDS_AFTER = (
    frozenset({"river", "lake", "canal", "reservoir", "estuary", "delta"}) | SEA_WORDS
)


def water_word_after(span: Span, words: frozenset[str] = WATER_WORDS_AFTER) -> bool:
    """Whether a lower-case water word follows the name ("the Niger river", "Litani river")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.lower_ in words


#: Lower-case words after a name for a water named after the town or dam at it ("the
#: Kakhovka reservoir", "the Sulina channel", "the Kiel canal"): unlike a river, which
#: runs far from a town of its name, such a water lies at the town.
AT_TOWN_WATER_WORDS = frozenset({"reservoir", "canal", "channel"})


#: Parts of speech of a word after a name that make the name its modifier.
_NOUN_POS = frozenset({"NOUN", "PROPN"})
#: The possessive ending, which makes the name a modifier too.
_POSSESSIVE = frozenset({"'s", "’s", "'"})
#: Prepositions that say the name after them (and "the") is a river's: "along the White Nile".
WATER_PREPOSITIONS = frozenset({"along"})


def water_context(span: Span) -> bool:
    """Whether an English mention's words say it is a water's.

    A lower-case water word after it (:func:`water_word_after`: "the Niger river") or
    "along" before it, with or without "the" ("fled along the White Nile"), when no noun
    follows it ("along the Ohio Turnpike" is a road's).
    """
    if water_word_after(span):
        return True
    doc, i = span.doc, span.start - 1
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (
        nxt.pos_ in _NOUN_POS or (nxt.is_title and nxt.is_alpha) or nxt.lower_ in _POSSESSIVE
    ):
        return False  # the name modifies a noun: "along the Ohio Turnpike", "along Venice's canals"
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in WATER_PREPOSITIONS


def water_by_name(cands: list[Candidate], spans: _Group) -> list[Candidate]:
    """Keep only the waters when an English name says it is one and a water has that name.

    "the Red Sea" is the sea, not Sudan's Red Sea state or Egypt's Red Sea governorate
    named after it: the units take the sea's name, and news naming the name means the
    sea unless it says "state" or "governorate" (then the name is another one). A
    lower-case water word after a mention says so too: "a boat on the Niger river" is
    the river, not the country named after it; so does "along" before it ("along the
    White Nile": the river, not the Sudanese state named after it). Such mentions are a
    group of their own (:func:`geomap.nlp.name_groups.group_mentions`): "in Niger" in the
    same story stays the country. A water the gazetteer lacks is no town of its name
    ("the Moa river" in Sierra Leone is not Moa, Cuba), unless the word after it names a
    water that lies at its town (:data:`AT_TOWN_WATER_WORDS`: "the Kakhovka reservoir").
    """
    if not spans or spans[0].doc.lang_ in LOCAL_LANGUAGES:
        return cands
    if not names_water(spans[0].text) and not any(water_context(s) for s in spans):
        return cands
    waters = [c for c in cands if c.place.feature_type == "water" and c.match in {"name", "alias"}]
    if waters:
        return waters
    if not names_water(spans[0].text) and not any(water_word_after(s) for s in spans):
        return cands  # "along" alone names no water the gazetteer lacks
    if not names_water(spans[0].text) and all(
        water_word_after(s, AT_TOWN_WATER_WORDS) for s in spans
    ):
        return cands  # "the Sulina channel" the gazetteer lacks lies at Sulina, the town
    # a water the gazetteer lacks is no town of its name ("the Moa river": not Moa, Cuba)
    return [c for c in cands if c.place.feature_type != "city"]


#: Kinds of place an admin word after a name may complete the name of.
UNIT_KINDS = frozenset({"admin1", "admin2"})


def unit_by_full_name(
    cands: list[Candidate], spans: _Group, gazetteer: Any = None
) -> list[Candidate]:
    """Keep only the admin units called the name and the admin word after it, if any.

    "the second town of Chin state" is Chin State, Myanmar (GeoNames' name, its
    candidate by an alternate name "Chin"), not Qinzhou, China, whose English name is
    Chin; "Rivers state" is Rivers State. The lower-case admin word after a mention
    (:data:`~geomap.nlp.scoring.ADMIN_WORDS`) with the name is the unit's own name, or,
    with ``gazetteer``, a name whose entries are all units: "the Kharkiv region" is
    Kharkiv Oblast ("Kharkiv region" is its alias), "the Odesa region" the oblast
    GeoNames spells Odessa, not the cities; "the Sahel region" is left alone, one of its
    entries being the region. The name's own unit candidates are kept, else the
    first-level units of the whole name are offered, and the ranker chooses ("the Savanes
    region of Togo" stays Togo's). Only when every mention of the name has the word:
    "Kharkiv" alone in the same article is the city, and one group is one place.
    """
    from geomap.gazetteer import normalize_name

    if not spans or spans[0].doc.lang_ in LOCAL_LANGUAGES:
        return cands
    full = {normalize_name(f"{s.text} {s.doc[s.end].text}") for s in spans if before_admin_word(s)}
    units = [
        c
        for c in cands
        if c.place.feature_type in UNIT_KINDS and normalize_name(c.place.name) in full
    ]
    if gazetteer is not None and len(full) == 1 and all(before_admin_word(s) for s in spans):
        named = gazetteer.candidates(next(iter(full)))  # every mention "the X region"
        if named and all(c.place.feature_type in UNIT_KINDS for c in named):
            own = [c for c in cands if c.place.feature_type in UNIT_KINDS]
            top = own or [c for c in named if c.place.feature_type == "admin1"] or named
            known = {c.place.place_id for c in units}
            units.extend(c for c in top if c.place.place_id not in known)  # the ranker chooses
    return units or cands


def before_admin_word(span: Span) -> bool:
    """Whether a lower-case admin word follows ``span`` ("Kharkiv" of "the Kharkiv region")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.lower_ in ADMIN_WORDS
