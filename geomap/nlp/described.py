"""Names the gazetteer lacks that their own words describe as places.

Conflict news names crossings, camps and villages no gazetteer holds, and says what
they are: "the Kerem Shalom crossing", "the border crossing of Jarinje", "the Nur Shams
refugee camp", "Barsalogho, some 40 km north of Kaya", "Sake, a town west of Goma".
:func:`described_as_place` reads these descriptions, whatever label the model gave
the name (or none); :mod:`geomap.nlp.known` takes such a name as a place, and the
resolver places it by its qualifier or the article's focus.

A town is also described by the country or admin-1 unit named right after it
(:func:`geomap.nlp.named_units.in_named_unit`): "Babanusa and Al Fulah in West
Kordofan" are towns when the gazetteer has towns of those names in Sudan.
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.nlp.camp_places import camp_placed
from geomap.nlp.compass_names import after_compass_adjective
from geomap.nlp.name_shapes import article_capitalised, is_acronym
from geomap.nlp.vocab import ARTICLES, COMPASS_POINTS, GENERIC_WORDS, LIST_GLUE, POSSESSIVE

#: Lower-case words after a name that make it a place's ("the Kerem Shalom crossing").
KINDS_AFTER = frozenset({"crossing", "crossings", "checkpoint", "corridor"})
#: Lower-case words after a whole name that make it an island's ("off Pingtan island";
#: not "the Indian Ocean island", where the name is longer).
ISLAND_KINDS = frozenset({"island", "islands", "islet", "islets", "atoll", "archipelago"})
#: Lower-case words after "the" and a name that make it a natural feature's ("the Oskil
#: river", "the Qandil mountains", "the Pankisi gorge", "the Doklam plateau", "the Bab
#: al-Mandab strait", "the Nyiragongo volcano", "the Khor Abdullah waterway", "the Rugu
#: forest"), or a dam's ("the Kajaki dam"); not "pass", a ticket's as often as a
#: mountain's ("the Boss pass": read as a camp is, :mod:`geomap.nlp.camp_places`).
NATURAL_KINDS = frozenset(
    {"river", "lake", "mountains", "hills", "valley", "desert", "plain", "gorge", "plateau",
     "oasis", "wetlands", "peninsula", "dam", "strait", "straits", "volcano", "waterway",
     "forest", "lagoon"}
)  # fmt: skip
#: Words that may stand between the name and its kind ("the Allenby bridge crossing").
KIND_MODIFIERS = frozenset(
    {"border", "bridge", "land", "refugee", "displacement", "military", "air", "naval"}
)
#: Kinds after "the" and a name that make it a base's or a post's place, with the
#: modifiers each needs ("the Incirlik air base", "the Lomahasha border post"; not "the
#: Wagner base", a faction's).
BASE_KINDS: dict[str, frozenset[str]] = {
    "base": frozenset({"air", "naval", "military"}),
    "bases": frozenset({"air", "naval", "military"}),
    "airbase": frozenset(),
    "airfield": frozenset(),
    "post": frozenset({"border"}),
}
#: Modifiers that make "camp" a place's kind ("the Nur Shams refugee camp"; not "the
#: Trump camp", a faction).
CAMP_MODIFIERS = frozenset({"refugee", "displacement"})
#: Words before "of" or "at" that make the next name a place ("the crossing of Jarinje").
KINDS_BEFORE = frozenset({"crossing", "checkpoint"})
#: Words of an approximate distance ("some 40 km", "about 20 miles").
APPROXIMATELY = frozenset({"some", "about", "around", "roughly", "nearly", "just", "only"})
#: Units of distance.
UNITS = frozenset({"km", "kilometres", "kilometers", "kms", "miles", "mi"})
#: Directions after a distance ("40 km north of Kaya").
DIRECTIONS = COMPASS_POINTS
#: Nouns of an apposition that says what a name is ("Sake, a town 25 km west of ...",
#: "Kadugli, the capital of South Kordofan").
SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "port", "hamlet", "settlement", "capital"})


def described_as_place(span: Span) -> bool:
    """Whether the words around a capitalised name describe it as a place (module docstring)."""
    if not article_capitalised(span.text)[:1].isupper() or is_acronym(span.text):
        return False  # "the al-Hol camp" is a capitalised name
    return (
        kind_after(span)
        or kind_before(span)
        or distance_after(span)
        or settlement_after(span)
        or listed_kind_after(span)
        or unit_kind_after(span)
        or after_compass_adjective(span)  # "in eastern Ghouta"
    )


#: Lower-case nouns of an admin unit after a name the gazetteer lacks ("in the Hiraan
#: region", "of Gezira state", "in Uzbekistan's Surkhandarya province"); not "territory",
#: an armed group's as often ("into Taliban territory", TUD-Loc dev).
UNIT_KINDS = frozenset(
    {"region", "province", "zone", "governorate", "district", "county", "prefecture",
     "oblast", "department", "state"}
)  # fmt: skip
#: Words that govern such a name before it (its article, a possessive, a preposition).
UNIT_GOVERNORS = frozenset({"the", "'s", "’s", "of", "in", "into", "from", "across", "near"})
#: Most words of a unit's name read this way.
MAX_UNIT_WORDS = 3


def unit_kind_after(span: Span) -> bool:
    """A unit noun after a governed name: "in the Hiraan region", "of Gezira state".

    The name is of at most :data:`MAX_UNIT_WORDS` capitalised words, not a generic word
    ("the Central region"), and its article, a possessive or a preposition of place
    comes right before it; "state" only without "the" ("Unity state"; "the Sunshine
    state" is a nickname).
    """
    doc, i, j = span.doc, span.start - 1, span.end
    if j >= len(doc) or not doc[j].is_lower or doc[j].lower_ not in UNIT_KINDS:
        return False
    if len(span) > MAX_UNIT_WORDS or not all(t.is_title for t in span):
        return False
    if span.text.lower() in GENERIC_WORDS or any(t.lower_ in GENERIC_WORDS for t in span[-1:]):
        return False
    if i < 0 or doc[i].lower_ not in UNIT_GOVERNORS:
        return False
    return not (doc[j].lower_ == "state" and doc[i].lower_ == "the")


#: Plural kinds after a list of names that make each a place's ("the Jarinje and Merdare
#: crossings"; "the Kaniv and Kremenchuk dams", as "the Kajaki dam" is a place's).
LIST_KINDS = frozenset({"crossings", "checkpoints", "rivers", "islands", "dams", "lakes"})
#: Most names of a list read before its kind word.
MAX_LISTED_NAMES = 4


def listed_kind_after(span: Span) -> bool:
    """A plural kind word after the list the name begins: "the Jarinje and Merdare crossings".

    The names after the first are capitalised words joined by "and", "or" or commas;
    the kind word (:data:`LIST_KINDS`) is in lower case. A span that is itself a list
    is none of its names.
    """
    doc, j = span.doc, span.end
    if any(t.lower_ in LIST_GLUE for t in span):
        return False  # "Apurímac, Ene" tagged as one name: a list, not a name
    for _ in range(MAX_LISTED_NAMES):
        if j >= len(doc) or doc[j].lower_ not in LIST_GLUE:
            break
        while j < len(doc) and doc[j].lower_ in LIST_GLUE:
            j += 1
        if j >= len(doc) or not doc[j].is_title:
            return False
        while j < len(doc) and doc[j].is_title:
            j += 1
    return j > span.end and j < len(doc) and doc[j].is_lower and doc[j].lower_ in LIST_KINDS


def kind_after(span: Span) -> bool:
    """A kind word after the name: "the Kerem Shalom crossing", "the X refugee camp".

    "Pingtan island" when the name is all of it (not "Indian Ocean island"). A bridge
    after "the" and the name ("the Chonhar bridge"). A river,
    lake or range after "the" and the name too: "along the Oskil river"; and a base or a
    post (:data:`BASE_KINDS`): "the Incirlik air base", "the Lomahasha border post".
    """
    doc = span.doc
    j, modifiers = span.end, set()
    while j < len(doc) and j - span.end < 2 and doc[j].lower_ in KIND_MODIFIERS:
        modifiers.add(doc[j].lower_)
        j += 1
    the = span.start > 0 and doc[span.start - 1].lower_ == "the"
    if modifiers == {"bridge"} and the and (j >= len(doc) or doc[j].lower_ not in KINDS_AFTER):
        return True  # "the Chonhar bridge": the place it is named after
    if j >= len(doc) or not doc[j].is_lower:
        return False
    word = doc[j].lower_
    if word in NATURAL_KINDS and not modifiers:
        return span.start > 0 and doc[span.start - 1].lower_ == "the"  # "the Oskil river"
    if word in ISLAND_KINDS and not modifiers:
        return span.start == 0 or not doc[span.start - 1].text[:1].isupper()
    if word in BASE_KINDS:
        needs = BASE_KINDS[word]
        the = span.start > 0 and doc[span.start - 1].lower_ == "the"
        return the and (not needs or bool(modifiers & needs))  # "the Incirlik air base"
    if word in {"camp", "camps", "pass", "passes"} and not modifiers:
        return camp_placed(span, j)  # "near the al-Hol camp", "through the Irkeshtam pass"
    return word in KINDS_AFTER or (word in {"camp", "camps"} and bool(modifiers & CAMP_MODIFIERS))


#: Most words of a kind after a name ("air base", "border crossing").
MAX_KIND_WORDS = 3


#: Kinds of a natural or protected area, or of a field or mine, after a name that a place
#: qualifies ("the Gonarezhou park near Chiredzi", "the Galkynysh field near Mary"), with
#: the words that may stand before them ("national park", "gas field").
AREA_KINDS = NATURAL_KINDS | frozenset({"park", "reserve", "field", "fields", "mine"})
AREA_MODIFIERS = frozenset({"national", "game", "nature", "oil", "gas", "gold"})


def kind_end(span: Span) -> int:
    """Where the kind words after a name end ("the Incirlik air base| near Adana").

    The end of the name when no kind word (:data:`KINDS_AFTER`, :data:`BASE_KINDS`,
    :data:`AREA_KINDS` and their modifiers) follows it.
    """
    doc, j = span.doc, span.end
    kinds = KIND_MODIFIERS | KINDS_AFTER | BASE_KINDS.keys() | AREA_KINDS | AREA_MODIFIERS
    while j < len(doc) and j - span.end < MAX_KIND_WORDS and doc[j].lower_ in kinds:
        j += 1
    modifiers = KIND_MODIFIERS | AREA_MODIFIERS
    return j if j > span.end and doc[j - 1].lower_ not in modifiers else span.end


def kind_before(span: Span) -> bool:
    """A kind word before the name: "the border crossing of Jarinje"."""
    doc = span.doc
    i = span.start - 1
    return i > 0 and doc[i].lower_ in {"of", "at"} and doc[i - 1].lower_ in KINDS_BEFORE


def distance_after(span: Span) -> bool:
    """A distance after the name: "Barsalogho, some 40 km north of Kaya"."""
    return distance_anchor(span) is not None


def distance_anchor(span: Span) -> int | None:
    """Where the place a distance is measured from begins ("Kaya" in "X, 40 km north of Kaya").

    ``None`` when no distance follows the name.
    """
    doc = span.doc
    j = span.end
    if j >= len(doc) or doc[j].text != ",":
        return None
    j += 1
    if j < len(doc) and doc[j].lower_ in APPROXIMATELY:
        j += 1
    if j + 1 >= len(doc) or not doc[j].like_num or doc[j + 1].lower_ not in UNITS:
        return None
    j += 2
    if j < len(doc) and doc[j].lower_ in DIRECTIONS:
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in {"of", "from"}:
        return j + 2 if doc[j + 1].lower_ == "the" else j + 1
    return None


def settlement_after(span: Span) -> bool:
    """An apposition naming a settlement: "Sake, a town 25 km west of ...", "X, the capital of Y".

    Up to two describing words may come before the noun ("a key trading town"); a
    person's full name is described otherwise, but the model tags a one-word town
    PERSON too ("Gitega, the political capital, has accused ...").
    """
    doc = span.doc
    j = span.end
    if span.label_ == "PERSON" and len(span) > 1:  # "Roxanne Miller, a lobbyist for ..."
        return False
    if j + 1 >= len(doc) or doc[j].text != "," or doc[j + 1].lower_ not in ARTICLES:
        return False
    for k in range(j + 2, min(j + 5, len(doc))):
        tok = doc[k]
        if tok.lower_ in SETTLEMENT_NOUNS and tok.is_lower:
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            # "a town in ...", "a town 25 km west"; "a town councillor", "the capital's
            # mayor" describe a person
            if nxt is not None and nxt.text in POSSESSIVE:
                return False
            return nxt is None or nxt.is_punct or nxt.like_num or nxt.is_stop
        if not tok.is_lower or not tok.is_alpha or tok.is_stop:
            return False  # "a lobbyist for the city": the town is another's
    return False
