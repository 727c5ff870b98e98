"""Names of landforms that their own capitalised generic word says: "the Arabat Spit".

Front-line and border news names spits, capes, passes, gorges and valleys that no
gazetteer holds ("Russian troops on the Arabat Spit", "off Cape Meganom", "across
the Baksan Gorge"), and the small model tags them as nothing or as a person ("Mount
Hermon" PERSON). A run of capitalised words with a generic head word of a landform
after it (:data:`HEADS_AFTER`: "Spit", "Peninsula", "Pass", "Gorge", "Valley", "Gap") or before
it (:data:`HEADS_BEFORE`: "Cape", "Mount") is the name of a place when

* the whole name is a gazetteer name ("Khyber Pass"), or
* the words without the head are one ("Baksan Gorge": Baksan), or
* a preposition of place governs it, with "the" or not ("on the Arabat Spit",
  "on Mount Hermon", "off Cape Meganom"), or
* "the" comes before a name with its head after it ("The Tuzla Spit came under
  fire": a team or a firm is seldom "the X Valley"; "the Valley" alone is no name).

The name ends at its head: a capitalised word after the head makes it a longer name's
("Silicon Valley Bank", "Mount Sinai Hospital"), which is left to the other rules, as
is a head with no name word ("the Valley"). The resolver places a name the gazetteer
lacks, or knows only as a far small town's, at the article's focus, as a name that says
its kind (:func:`landform_head`, read by :func:`geomap.nlp.focus.placeable`), unless that
city is named beside it: a landform's name (:func:`landform_word`) is then left unplaced
("between Kerch and the Taman Peninsula": :func:`landform_at_city`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.docarrays import token_texts
from geomap.nlp.modifiers import CONTEXT_PREPOSITIONS
from geomap.nlp.name_shapes import is_acronym
from geomap.nlp.vocab import GENERIC_WORDS, LANDFORM_WORDS
from geomap.records import Place

#: Capitalised generic words after a landform's name ("the Arabat Spit").
HEADS_AFTER = frozenset({"Spit", "Peninsula", "Pass", "Gorge", "Valley", "Gap"})
#: Capitalised generic words before a landform's name ("Cape Meganom", "Mount Hermon").
HEADS_BEFORE = frozenset({"Cape", "Mount"})
#: Prepositions that govern a landform's name: those of place, and "on" ("on the X Spit").
LANDFORM_GOVERNORS = CONTEXT_PREPOSITIONS | frozenset({"on"})
#: Most name words beside the head.
MAX_NAME_WORDS = 3


def _name_word(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` may be a word of a landform's name (capitalised, no head, no acronym)."""
    tok = doc[i]
    return (
        tok.is_alpha
        and tok.is_title
        and not tok.is_sent_start
        and tok.text not in HEADS_AFTER | HEADS_BEFORE
        and tok.lower_ not in GENERIC_WORDS
        and not is_acronym(tok.text)
    )


def _governed(doc: Doc, start: int) -> bool:
    """Whether a preposition of place, with "the" or not, comes right before ``start``."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in LANDFORM_GOVERNORS


def _known(gazetteer: Any, text: str) -> bool:
    return bool(gazetteer.candidates(text))


def _accepted(doc: Doc, start: int, end: int, name: Span, gazetteer: Any) -> bool:
    whole = doc[start:end]
    the = start > 0 and doc[start - 1].lower_ == "the" and doc[end - 1].text in HEADS_AFTER
    return (
        _known(gazetteer, whole.text)
        or _known(gazetteer, name.text)
        or _governed(doc, start)
        or the
    )


def landform_head(span: Span) -> bool:
    """Whether a name of two words or more ends or begins with a landform's head word."""
    return len(span) > 1 and (span[-1].text in HEADS_AFTER or span[0].text in HEADS_BEFORE)


def landform_word(span: Span) -> bool:
    """Whether a name of two words or more begins or ends with a capitalised landform word.

    :data:`~geomap.nlp.vocab.LANDFORM_WORDS`: "Taman Peninsula", "Cape Meganom", "Snake Island".
    """
    return len(span) > 1 and any(
        t.is_title and t.lower_ in LANDFORM_WORDS for t in (span[0], span[-1])
    )


#: Words between a landform's name and the city it is paired with ("Kerch and the X").
PAIR_WORDS = frozenset({"and", "or", ",", "the", "&"})


def landform_at_city(
    spans: list[Span], place: Place, located: Sequence[tuple[Span, Place]]
) -> bool:
    """Whether a landform's name the gazetteer lacks would be placed at the city it is paired with.

    "between Kerch and the Taman Peninsula": the sentence names the city and the
    landform side by side (only :data:`PAIR_WORDS` between them), two places, so the
    landform is not at the city's point, whether the city is the article's focus or the
    town listed beside it. Such a name is left unplaced
    (:func:`geomap.nlp.final_places.final_place`); ``located`` are the article's
    placed names.
    """
    if place.feature_type != "city":
        return False
    for s in spans:
        if not landform_word(s):
            continue
        for other, there in located:
            if there.place_id != place.place_id or other.sent.start != s.sent.start:
                continue
            a, b = (other.end, s.start) if other.end <= s.start else (s.end, other.start)
            if all(t.lower_ in PAIR_WORDS for t in s.doc[a:b]):
                return True
    return False


def landform_names(doc: Doc, gazetteer: Any) -> list[Span]:
    """The landforms named by a capitalised generic head word (module docstring), as ``GAZ``."""
    out: list[Span] = []
    n = len(doc)
    texts = token_texts(doc)  # the few head words found without a Token per word
    for k in (k for k, text in enumerate(texts) if text in HEADS_AFTER or text in HEADS_BEFORE):
        tok = doc[k]
        if tok.text in HEADS_AFTER and k > 0 and (k + 1 >= n or not doc[k + 1].is_title):
            i = k
            while i > 0 and k - i < MAX_NAME_WORDS and _name_word(doc, i - 1):
                i -= 1
            free = i < k and (i == 0 or not doc[i - 1].is_title or doc[i - 1].lower_ == "the")
            if free and _accepted(doc, i, k + 1, doc[i:k], gazetteer):
                out.append(Span(doc, i, k + 1, label="GAZ"))
        elif tok.text in HEADS_BEFORE and (k == 0 or not doc[k - 1].is_title):
            j = k + 1
            while j < n and j - k <= MAX_NAME_WORDS and _name_word(doc, j):
                j += 1
            free = j > k + 1 and (j >= n or not doc[j].is_title)
            if free and _accepted(doc, k, j, doc[k + 1 : j], gazetteer):
                out.append(Span(doc, k, j, label="GAZ"))
    return out
