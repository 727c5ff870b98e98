"""A headline's name that the body gives a person's first name before: that person.

"Phoenix, Washington Win Acting Awards" over "Joaquin Phoenix and Denzel Washington
took the top prizes": the model tags both headline names GPE, and the body's "Denzel
Washington" is then read as a repeat of a place. A one-word name the headline writes is
no place when it opens the headline (or follows the opening name and a comma) and the
body writes it right after a capitalised word that reads as a given name
(:func:`given_name_before`: no word of simplemma's English dictionary, so not "Across"
or "Magical", no own name of a country, an admin-1 unit or a town of 10,000, no
demonym, and the two words together no place's own name); the headline's opening
mentions of it and the body's mentions after such a word are dropped (the model may tag the
headline's name as nothing and the gazetteer scan find the body's). The body's other
mentions of the name stay ("Washington" alone in a later sentence).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.english_words import known_word
from geomap.nlp.headline_case import headline_lines
from geomap.nlp.name_shapes import lookup_demonym, own_entries
from geomap.nlp.vocab import ORG_TOWN_MIN_POPULATION


def given_name_before(tok: Token, gazetteer: Any) -> bool:
    """Whether the word before ``tok`` reads as a person's given name ("Joaquin Phoenix")."""
    doc = tok.doc
    if tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    word = prev.text
    return (
        prev.is_alpha
        and prev.is_title
        and len(word) > 1
        and prev.whitespace_ == " "
        and not known_word(word.lower())
        and lookup_demonym(gazetteer, word) is None
        and not any(_known(c.place) for c in own_entries(gazetteer, word))
        and not own_entries(gazetteer, f"{word} {tok.text}")
    )


def _known(place: Any) -> bool:
    """Whether a place is one a given name rarely shares a word with by chance.

    A country, an admin-1 unit or a town of :data:`ORG_TOWN_MIN_POPULATION` or more:
    "Joaquin" (a village in Texas) stays a given name, "Paris" does not.
    """
    return place.feature_type in {"country", "admin1"} or (
        place.feature_type == "city" and place.population >= ORG_TOWN_MIN_POPULATION
    )


def without_headline_surnames(doc: Doc, spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """``spans`` without the headline names the body gives a first name (module docstring)."""
    if not spans or gazetteer is None or doc.lang_ != "en":
        return list(spans)
    lines = headline_lines(doc)
    if not lines:
        return list(spans)
    headline = {i for start, end in lines for i in range(start, end)}
    named = {doc[i].text for i in _openings(doc, lines) if doc[i].is_title and doc[i].is_alpha}
    after_given: dict[str, set[int]] = {}
    for tok in doc:
        body = tok.i not in headline and tok.i - 1 not in headline
        if body and tok.text in named and given_name_before(tok, gazetteer):
            after_given.setdefault(tok.text, set()).add(tok.i)
    if not after_given:
        return list(spans)
    openings = _openings(doc, lines)
    return [
        s
        for s in spans
        if not (
            len(s) == 1
            and s.text in after_given
            and (s.start in openings or s.start in after_given[s.text])
        )
    ]


def _openings(doc: Doc, lines: Sequence[tuple[int, int]]) -> set[int]:
    """The tokens opening a headline line, and a name listed right after the first."""
    out: set[int] = set()
    for start, end in lines:
        out.add(start)
        if start + 2 < end and doc[start + 1].text == ",":
            out.add(start + 2)
    return out
