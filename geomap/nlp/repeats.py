"""Names taken as places once, found again where the model mislabelled them.

Rules of toponym recognition (:mod:`geomap.nlp.recognizer`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.docarrays import token_texts
from geomap.nlp.name_shapes import own_entries
from geomap.nlp.place_nouns import place_noun_before
from geomap.nlp.vocab import BIG_CITY, FACILITY_WORDS, GENERIC_WORDS, SINGLE_WORD_TYPES
from geomap.place_prepositions import PLACE_ONLY_PREPOSITIONS
from geomap.records import Candidate


def person_words(doc: Doc, gazetteer: Any = None) -> frozenset[str]:
    """Words that are part of a multi-word PERSON entity somewhere in the doc.

    With a ``gazetteer``, an entity whose whole text is a big place's own name
    (:func:`big_place_name`) gives none of its words that are places' own names
    themselves: "Nuevo Laredo" tagged PERSON is the city, and "Laredo" elsewhere in the
    article no person's name ("Tamil" of "Tamil Nadu", no place's name, still is).
    An entity cut after a lower-case word (:func:`cut_name`: "Cornwall Fire and" of
    "Cornwall Fire and Rescue Service") is no person's name and gives no words.
    """
    out: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or cut_name(ent):
            continue
        if gazetteer is not None and town_facility(ent, gazetteer):
            continue  # "taken to Omagh Garda station": a town's, no person's name
        if gazetteer is not None and big_place_name(gazetteer, ent.text):
            out.update(t.text for t in ent if not own_entries(gazetteer, t.text))
        else:
            out.update(t.text for t in ent)
    return frozenset(out)


def cut_name(ent: Span) -> bool:
    """Whether an entity ends in a lower-case word no name ends in ("Cornwall Fire and").

    A person's name may hold a lower-case particle ("Leonardo da Vinci", "Osama bin
    Laden") but never ends in one: the model cut an organisation's name short.
    """
    last = ent[-1]
    return last.is_alpha and last.is_lower


#: Feature types of the places whose buildings carry their name ("Omagh Garda station").
FACILITY_TOWN_TYPES = frozenset({"city", "admin1", "admin2", "admin3"})


def town_facility(ent: Span, gazetteer: Any) -> bool:
    """Whether a PERSON entity names a building or service of the town it begins with.

    "Omagh Garda station", "Larne Magistrates court": a lower-case word of a
    building (:data:`~geomap.nlp.vocab.FACILITY_WORDS`) follows, and the first word is
    a town's or a unit's own name; people do not run such things.
    """
    doc, j = ent.doc, ent.end
    if j >= len(doc) or not doc[j].is_lower or doc[j].lower_ not in FACILITY_WORDS:
        return False
    return any(
        c.place.feature_type in FACILITY_TOWN_TYPES for c in own_entries(gazetteer, ent[0].text)
    )


def big_place_name(gazetteer: Any, text: str) -> bool:
    """Whether ``text`` is the own name of a country, an admin-1 unit or a city of 100,000+."""
    return any(
        c.place.feature_type in {"country", "admin1"}
        or (c.place.feature_type == "city" and c.place.population >= BIG_CITY)
        for c in own_entries(gazetteer, text)
    )


def labelled_not_place(doc: Doc) -> frozenset[str]:
    """One-word names the model tagged a person or an organisation somewhere in the doc."""
    return frozenset(
        ent.text for ent in doc.ents if ent.label_ in {"PERSON", "ORG"} and len(ent) == 1
    )


def repeats(
    doc: Doc,
    spans: Sequence[Span],
    person_words: frozenset[str],
    gazetteer: Any,
    datelines: Sequence[Span] = (),
) -> list[Span]:
    """Other occurrences of names already taken as places, which the model mislabelled.

    "Odesa" found once as GPE is a place wherever else the article names it, even
    where the model tagged it PERSON or ORG, and so in capitals or not
    (:func:`case_variants`: the dateline's "IMMOKALEE" and the text's "Immokalee"); words
    of multi-word person names are not carried over, nor names the gazetteer does not
    know as a name or alias, nor is a name inside a bigger place's name the model
    tagged PERSON ("Austria" in "Upper Austria"). A name found as the article's
    dateline (``datelines``) says place as the model's own GPE does, whatever label
    the model gave it there ("THIMPHU, Bhutan (Reuters) - ... Thimphu has no ties
    with ...": a town of 98,000), and so does a name the text itself places
    (:func:`placed_by_text`: "drones at the port city of Eilat" makes the headline's
    "Drones target Eilat" the town, whatever the model tagged it). The recogniser
    passes the names its context rules found (:func:`geomap.nlp.known.spans_in_context`:
    "Residents of Stepanakert reported") with the datelines: they say place too.
    """
    said = {(s.start, s.end) for s in datelines}
    said |= {(s.start, s.end) for s in spans if placed_by_text(s)}
    names = {
        s.text
        for s in spans
        if s.label_ not in {"NORP", "LANGUAGE"}
        and s.text[:1].isupper()
        and not (len(s) == 1 and (s[0].is_stop or s[0].lower_ in GENERIC_WORDS))
        and s.text not in person_words
        and any(
            notable(
                c,
                single=len(s) == 1,
                model_said=s.label_ in {"GPE", "LOC"} or (s.start, s.end) in said,
                repeated=True,
            )
            for c in gazetteer.candidates(s.text)
        )
    }
    if not names:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    # "Austria" inside "Upper Austria" tagged PERSON: a part of a bigger place's name
    # (the whole name may still be repeated there: "Belo Horizonte" tagged PERSON)
    inside = [
        (ent.start, ent.end)
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1 and big_place_name(gazetteer, ent.text)
    ]
    named = [s for s in spans if s.text in names]
    names |= {v for s in named for v in case_variants(s.text) if v not in person_words}
    lengths = sorted({len(s) for s in named})
    firsts = {s[0].text for s in named} | {v.split()[0] for v in names}
    words = token_texts(doc)  # one pass over the tokens, not a Span per position
    out: list[Span] = []
    for n in lengths:
        for i in range(len(words) - n + 1):
            if words[i] not in firsts or i in taken or doc[i : i + n].text not in names:
                continue
            if any(j in taken for j in range(i, i + n)):
                continue
            if any(a <= i and i + n <= b and (a, b) != (i, i + n) for a, b in inside):
                continue
            out.append(Span(doc, i, i + n, label="REPEAT"))
    return out


#: Fewest letters of a name repeated in capitals or out of them ("US" is not "Us").
MIN_CASE_LETTERS = 4


#: Prepositions after which an accepted name was placed by the text itself: those an
#: organisation's name rarely follows (not "at": "shoppers at Zara").
PLACED_AFTER = PLACE_ONLY_PREPOSITIONS


def placed_by_text(span: Span) -> bool:
    """Whether the words before a name say it is a place.

    A preposition of place (:data:`PLACED_AFTER`: "in", "from", "near" ...)
    or "the town of", "the
    province of" (:func:`~geomap.nlp.place_nouns.place_noun_before`) right before it.
    """
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in PLACED_AFTER:
        return True
    return place_noun_before(span) is not None


def case_variants(text: str) -> set[str]:
    """The name in capitals and, written in capitals, in title case ("San Diego").

    Only for names of :data:`MIN_CASE_LETTERS` letters or more whose words are
    letters (and hyphens); "US" and "AU" are no "Us" and "Au".
    """
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < MIN_CASE_LETTERS or not all(
        w.replace("-", "").isalpha() for w in text.split()
    ):
        return set()
    if text.isupper():
        return {text.title()}
    return {text.upper()}


def notable(cand: Candidate, *, single: bool, model_said: bool, repeated: bool = False) -> bool:
    """A name match that can stand for a place on its own.

    One word must name a country, admin-1 unit, region or city of 100,000 or more,
    or a town of 1,000 or more that the model itself tagged as a place once. A name
    found to be ``repeated`` elsewhere in the article may also be a county (admin-2
    unit) of 100,000 or more ("Cornwall"; not for cutting an entity to one word: "Ain
    Issa" is no Ain, France), or a big city's English name (an ``exonym`` match:
    "Douma" for Duma) where the model tagged it a place ("the Adena Culture" tagged FAC
    is no Aden), or a town's other spelling where the model tagged it a place
    (:func:`other_spelling`: "Stepanakert", GeoNames' Xankandi).
    """
    exonym = repeated and model_said and cand.match == "exonym"
    if repeated and model_said and other_spelling(cand):
        return True  # "Stepanakert" (Xankandi), tagged GPE once: a town in its headline too
    if cand.match not in {"name", "alias"} and not exonym:
        return False
    if not single:
        return True
    p = cand.place
    kinds = {"city", "admin2"} if repeated else {"city"}
    big = p.feature_type in SINGLE_WORD_TYPES or (
        p.feature_type in kinds and p.population >= 100_000
    )
    return big or (model_said and p.feature_type == "city" and p.population >= 1_000)


def other_spelling(cand: Candidate) -> bool:
    """Whether a match is another spelling of a town of some size (an ``alternate`` name).

    "Stepanakert" is only an alternate name of Xankandi (53,100 people), "Myawaddy" of
    Myawadi: a name the model tagged a place once in the article is that town wherever
    else the article names it, though the model tags it a person in the headline. A
    town under :data:`~geomap.nlp.town_names.OTHER_SPELLING_MIN_POPULATION` people
    (GeoNames gives villages many stray spellings) is not.
    """
    from geomap.nlp.town_names import OTHER_SPELLING_MIN_POPULATION

    p = cand.place
    return (
        cand.match == "alternate"
        and p.feature_type == "city"
        and p.population >= OTHER_SPELLING_MIN_POPULATION
    )
