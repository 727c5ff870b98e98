"""How a model's entity in French or Russian is cut to the name of a place in it.

Helpers of :class:`geomap.nlp.local.LocalToponymRecognizer` for the model's entities:
a part of an entity that ends in a Russian adjective before the word it qualifies is
no name ("Северную" of "Северную Осетию"); the name after "de" in an entity that
opens with a common noun ("la ligne de Sarreguemines"); a part that opens with a
common noun and cuts a name in two ("région Grand" of "région Grand Est").
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.nlp.local_context import capitalised, locative, straight_apostrophe
from geomap.nlp.local_position import quoted
from geomap.nlp.local_words import NAME_CAPITALS, OF_PREPOSITIONS

#: Russian adjective endings: a word with one, before a capitalised word of the same
#: entity, qualifies that word ("Северную Осетию", "Нижнем Новгороде").
_RU_ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ую", "юю", "ого", "его",
                         "ому", "ему", "ым", "им", "ых", "их", "ые", "ие")  # fmt: skip


def adjective_of_next(sub: Span, ent: Span, lang: str) -> bool:
    """Whether ``sub`` ends in a Russian adjective that the next word of ``ent`` goes on from.

    A capitalised word ("Северную" of "Северную Осетию"), or a lower-case adjective the
    name's noun follows ("Северному" of "по Северному морскому пути", the Northern Sea
    Route: not the town Severny).
    """
    if lang != "ru" or sub.end >= ent.end:
        return False
    nxt = ent.doc[sub.end]
    if not sub[-1].lower_.endswith(_RU_ADJECTIVE_ENDINGS):
        return False
    return capitalised(nxt) or (
        nxt.is_lower and nxt.is_alpha and nxt.lower_.endswith(_RU_ADJECTIVE_ENDINGS)
    )


def after_common_noun(ent: Span, lang: str) -> Span | None:
    """The name after "de" in an entity that opens with a common noun ("ligne de Sarreguemines").

    The French model takes the noun a town's name qualifies into the entity ("la ligne
    de Sarreguemines", "le port de Constanța"); the name after the preposition is the
    place, a town as much as a big city.  An entity that opens with a capital ("Gare
    de Lyon") is a name of its own.
    """
    if not ent[0].is_lower or not ent[0].is_alpha:
        return None
    for tok in ent[1:-1]:
        if straight_apostrophe(tok.lower_) in OF_PREPOSITIONS.get(lang, frozenset()):
            rest = ent.doc[tok.i + 1 : ent.end]
            return rest if capitalised(rest[0]) else None
    return None


def cuts_name(sub: Span, ent: Span) -> bool:
    """Whether a part of an entity opens with a common noun and stops inside a name.

    "région Grand" of "la région Grand Est": the unit's word with the first word of
    its name, met as the unit of a village "Grand"; the name goes on with a capital.
    So does a part that an elided "d’" and a capitalised word of the entity follow:
    "Alpe" of "l’Alpe d’Huez" is the head of the resort's name, not the Alps.
    """
    if sub.end >= ent.end:
        return False
    doc = ent.doc
    link = doc[sub.end]
    if (
        link.lower_.replace("\u2019", "'") == "d'"
        and not link.whitespace_
        and sub.end + 1 < ent.end
        and capitalised(doc[sub.end + 1])
    ):
        return True
    if not sub[0].is_lower or not sub[0].is_alpha:
        return False
    return capitalised(sub[-1]) and capitalised(doc[sub.end])


def person_after_preposition(ent: Span, lang: str) -> bool:
    """A one-word person entity, not quoted, after a preposition of place ("у Кагула").

    French also takes the model's miscellaneous entities ("de Sake", "et de Rosso"): the
    French model gives a small town abroad it does not know that label as often.
    """
    return (
        (ent.label_ in ("PER", "PERSON") or (lang == "fr" and ent.label_ == "MISC"))
        and len(ent) == 1
        and not quoted(ent)
        and locative(ent[0], lang)
    )


def run_into_words(ent: Span, lang: str) -> bool:
    """An organisation entity that runs from a name after a preposition into lowercase words.

    natasha takes "Купянске повреждены школа" of "в Купянске повреждены школа" for an
    organisation: where only names are capitalised (Polish, Russian, Ukrainian), a name
    after a preposition of place followed by nothing but lowercase words is no
    organisation's, so its first word is judged like any other word.
    """
    return ent.label_ == "ORG" and _capital_then_lower(ent, lang) and locative(ent[0], lang)


def place_runs_into_words(ent: Span, lang: str) -> bool:
    """A location entity that runs from a capitalised word into lowercase words.

    natasha takes "Иртыша подтоплены" of "из-за подъёма Тобола и Иртыша подтоплены дома"
    for one location: where only names are capitalised (Polish, Russian, Ukrainian), a
    location of one capitalised word and lowercase words after it that is no place as a
    whole may still have its first word listed beside a found place (the list rule,
    :func:`~geomap.nlp.local_lists.listed_towns`); no other rule judges it
    alone, as such a run is also how these languages write a name of several words
    ("Северным морским путём": the Northern Sea Route, no town Severny).
    """
    return ent.label_ == "LOC" and _capital_then_lower(ent, lang)


def _capital_then_lower(ent: Span, lang: str) -> bool:
    """A capitalised word and only lowercase words after it, where only names are capitalised."""
    return (
        lang in NAME_CAPITALS
        and len(ent) > 1
        and capitalised(ent[0])
        and all(t.is_lower or t.is_punct for t in ent[1:])
    )
