"""What a name's own words say it is: an acronym, a street, a demonym, a common noun.

Rules of toponym recognition (:mod:`geomap.nlp.recognizer`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.nlp.scoring import ADMIN_WORDS
from geomap.nlp.vocab import ACRONYM_MAX, FACILITY_WORDS, GENERIC_WORDS
from geomap.records import Candidate


def capital_word(text: str, *, hyphens: bool = False) -> bool:
    """Whether a token is a word in capitals ("N'DJAMENA"; with ``hyphens``, "PORT-AU-PRINCE").

    An apostrophe inside is allowed, not at the start ("'S" is no word of a name).
    """
    letters = text.replace("'", "").replace("’", "")
    if hyphens:
        letters = letters.replace("-", "")
    return len(letters) > 1 and letters.isalpha() and letters.isupper() and text[0] not in "'’"


#: A name opening with the Arabic article written in lower case: "al-Fashir", "el-Obeid".
_LOWER_ARTICLE = re.compile(r"^(al|el)-(?=[A-Z][a-z])")


def article_capitalised(text: str) -> str:
    """``text`` with a lower-case Arabic article before a capitalised word capitalised.

    News writes the article of Arabic names in lower case inside a sentence ("in
    al-Fashir", "the al-Hol camp"); the name is a proper name all the same, and the rules
    that ask whether a name starts with a capital read it as "Al-Fashir". Any other text
    is returned as it is.
    """
    return _LOWER_ARTICLE.sub(lambda m: m.group(1).capitalize() + "-", text)


#: One word after the Arabic article, in either case: "al-Fashir", "El-Obeid".
_ARTICLE_WORD = re.compile(r"^(?:[Aa]l|[Ee]l)-([A-Z][a-z]+)$")


def article_word(text: str) -> str | None:
    """The word after the Arabic article of a one-word name ("al-Fashir" -> "Fashir"), else None.

    GeoNames spells a town's article its own way or not at all (El Fasher's English
    name is "Fashir", Al Mukalla's "Mukalla"); the word alone says which place is meant.
    """
    m = _ARTICLE_WORD.match(text)
    return None if m is None else m.group(1)


def lookup_demonym(gazetteer: Any, text: str) -> Any:
    """The place a demonym refers to, also for plurals ("Canadians", "Saudis"), or ``None``."""
    place = gazetteer.demonym(text)
    if place is None and len(text) > 3 and text.endswith("s"):
        place = gazetteer.demonym(text[:-1])
        if place is None and text.endswith("es"):
            place = gazetteer.demonym(text[:-2])
    return place


def is_acronym(text: str) -> bool:
    """Whether a name is an acronym ("AI", "MoD", "NATO"), not a word."""
    letters = text.replace(".", "").replace(" ", "")
    if len(letters) < 2 or len(letters) > ACRONYM_MAX or not letters.isalpha():
        return False
    uppers = sum(ch.isupper() for ch in letters)
    return letters.isupper() or (uppers >= 2 and uppers * 2 >= len(letters))


_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "n", "s", "e", "w", "n.", "s.", "e.", "w."}
)


def names_facility(words: Sequence[str]) -> bool:
    """Whether words name a street or a building ("Elm Street", "Eglinton Avenue West")."""
    lower = [w.lower() for w in words]
    if len(lower) > 2 and lower[-1] in _DIRECTIONS:
        lower = lower[:-1]
    return len(lower) > 1 and lower[-1] in FACILITY_WORDS


def is_facility(span: Span) -> bool:
    """Whether a span of several words names a street or a building ("Elm Street")."""
    return names_facility([t.text for t in span])


def not_a_name(ent: Span, person_words: frozenset[str]) -> bool:
    """Whether an entity without any gazetteer entry is unlikely to be a place name.

    True for acronyms ("AI", "MoD"), lower-case text ("on", "north west"), single
    common or generic words ("However", "West") and single words that are part of a
    person's name elsewhere in the article ("Buhari" after "Muhammadu Buhari").
    """
    if is_acronym(ent.text) or not ent.text[:1].isupper():
        return True
    if len(ent) == 1 and any(ch.isdigit() for ch in ent.text):
        return True  # "M23", "G7": a code, not a name
    if len(ent) == 1:
        tok = ent[0]
        if opening_adverb(tok):
            return True  # "Separately, Georgia's Prime Minister ..." tagged GPE
        return tok.is_stop or tok.lower_ in GENERIC_WORDS or tok.text in person_words
    return False


def opening_adverb(tok: Token) -> bool:
    """Whether a word opening its sentence before a comma is an adverb ("Separately,").

    Told by its part of speech, or by the ending "-ly" of a word of six letters or more
    (the tagger may call the word a proper noun where the recogniser calls it a place).
    """
    doc = tok.doc
    if not (tok.is_sent_start or tok.i == 0) or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    return tok.pos_ == "ADV" or (len(tok.text) >= 6 and tok.lower_.endswith("ly"))


def common_noun_as_name(span: Span) -> bool:
    """Whether a span is one capitalised generic word used as a common noun or adjective.

    "the Centre", "the West", or such a word before a lower-case noun ("Western envoys").
    News uses such words for a government or a bloc, not for the admin unit of that
    name somewhere else (Centre, Burkina Faso; Western, Ghana), nor for the region
    an alias names (Western Europe). A unit noun after the word keeps the unit ("the
    Western region").
    """
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in GENERIC_WORDS:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        nxt is not None
        and nxt.is_lower
        and nxt.is_alpha
        and nxt.lower_ not in ADMIN_WORDS
        and span[0].pos_ == "ADJ"
    )


#: Words that may join a leading word to a place it names ("Bank of Japan", "Trinidad and").
JOINING_WORDS = frozenset({"of", "and", "the", "de", "for", "&"})


def embedded(words: Sequence[str], start: int, length: int) -> bool:
    """Whether ``words[start:start + length]`` sits inside a longer proper name.

    A capitalised word right before it (not a joining word: "Bank of Japan") and a
    word after it make the run a part of another name, not the place: "Hottentots
    Holland Mountains" lie in South Africa, "Air Canada Cargo" is a company; "University
    of California" and "Amnesty International Australia" keep their unit.
    """
    if start == 0 or start + length >= len(words):
        return False
    before = words[start - 1]
    return before[:1].isupper() and before.lower() not in JOINING_WORDS


def demonym_as_modifier(span: Span, gazetteer: Any) -> bool:
    """Whether a one-word demonym that only an alias makes a place's name modifies a word.

    "Saudi" is a demonym and a curated alias of Saudi Arabia: "the Saudi-led
    coalition", "Saudi officials" use the adjective (no toponym when demonyms are
    not asked for), "moved to Saudi" the place. A word that is also an entry's own
    name ("Somali": the Somali region) is left to the other rules.
    """
    if len(span) != 1 or lookup_demonym(gazetteer, span.text) is None:
        return False
    if any(c.match == "name" for c in gazetteer.candidates(span.text)):
        return False
    doc, j = span.doc, span.end
    if j + 1 < len(doc) and doc[j].text == "-" and not span[0].whitespace_:
        j += 1
    return j < len(doc) and doc[j].is_lower and doc[j].is_alpha and not doc[j].is_stop


#: Words joining the names of a list ("Australia and New Zealand", "Spain, France and Italy").
_LIST_WORDS = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
#: Kinds of entry a list of countries may be named as whole (a grouping, not a country).
_GROUPING_TYPES = frozenset({"region", "continent"})


def joined_countries(gazetteer: Any, text: str) -> bool:
    """Whether ``text`` lists countries that the gazetteer also knows as one grouping.

    "tourists from Australia and New Zealand": the gazetteer has a region of that
    name (a statistical grouping), but news lists two countries. True when every part
    is a country's own name or alias and the whole is no country, unit or town
    ("Bosnia and Herzegovina", "Trinidad and Tobago" stay whole).
    """
    parts = [p for p in _LIST_WORDS.split(text) if p]
    if len(parts) < 2:
        return False
    if any(c.place.feature_type not in _GROUPING_TYPES for c in gazetteer.candidates(text)):
        return False
    return all(
        any(
            c.match in {"name", "alias"} and c.place.feature_type == "country"
            for c in gazetteer.candidates(p)
        )
        for p in parts
    )


def demonym_span(doc: Doc, start: int, end: int, label: str, place: Any) -> Span:
    """A demonym mention, fixed to its place (the resolver keeps the hint)."""
    span = Span(doc, start, end, label=label)
    span._.role = "demonym"
    span._.hint = place
    return span


def own_entries(gazetteer: Any, text: str) -> list[Candidate]:
    """The candidates of ``text`` it is the own name or curated alias of (not an old name)."""
    return [c for c in gazetteer.candidates(text) if c.match in {"name", "alias"}]


#: Capitalised words for a unit that may close its name ("Rakhine State", "Kogi State").
UNIT_TITLES = frozenset({"State", "Province", "Region", "Governorate", "Oblast", "Prefecture"})


def titled_unit(gazetteer: Any, text: str) -> list[Candidate]:
    """The admin units a name closed by a capitalised unit word names, when it has no entry.

    "Rakhine State" (GeoNames: "Rakhine") is the unit "Rakhine"; "Shan State", an entry
    of its own, and a name with no such word give nothing here.
    """
    words = text.split()
    if len(words) < 2 or words[-1] not in UNIT_TITLES or gazetteer.candidates(text):
        return []
    return [
        c
        for c in gazetteer.candidates(" ".join(words[:-1]))
        if c.match in {"name", "alias", "exonym"} and c.place.feature_type in {"admin1", "admin2"}
    ]
