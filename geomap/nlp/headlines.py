"""Place names in a headline written in capitals, for :mod:`geomap.nlp.recognizer`.

"LATVIA SHUTS LAST BELARUS CROSSING AFTER DRONE FALLS NEAR REZEKNE -- Riga closed ...":
the small model reads a headline in capitals as one long name or as common nouns, and
the gazetteer scan takes a word in capitals for an acronym. In a run of
:data:`MIN_HEADLINE_WORDS` words or more in capitals (:func:`capital_runs`), a run of
words is a place (:func:`headline_place`) when

* the article names it as a place elsewhere, in any case and with or without its
  accents ("REZEKNE" for the text's "Rēzekne"), or
* it is a country's own name or alias ("LATVIA"), or
* a preposition of place in capitals comes before it ("NEAR MOSUL") and it is a
  well-known place's own name or alias: an admin-1 unit, a region, a water body, a
  landform ("NEAR ÅLAND") or a city of 100,000 people or more.

Words of fewer than :data:`MIN_LETTERS` letters are never read ("US" is also "us").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.docarrays import token_texts
from geomap.nlp.modifiers import CONTEXT_PREPOSITIONS
from geomap.nlp.name_shapes import capital_word
from geomap.nlp.vocab import BIG_CITY, GENERIC_WORDS, SINGLE_WORD_TYPES

#: Fewest words in capitals that make a headline (a dateline has fewer).
MIN_HEADLINE_WORDS = 4
#: Most words of one name in a headline.
MAX_NAME_WORDS = 3
#: Fewest letters of a name read in a headline.
MIN_LETTERS = 4
#: Labels of found names that do not make a headline's word a place.
NOT_PLACE_LABELS = frozenset({"NORP", "LANGUAGE"})
#: Types of the places a headline names after a preposition of place, whatever their size.
LOCATED_TYPES = SINGLE_WORD_TYPES | frozenset({"water", "landform"})


def plain(text: str) -> str:
    """``text`` without case or accents ("Rēzekne", "REZEKNE" -> "rezekne")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def capital_runs(doc: Doc) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` token ranges of the runs of words in capitals long enough.

    The tokens' texts are read at once (no :class:`~spacy.tokens.Token` each), and
    only the upper-case ones, as every word in capitals is, are read further.
    """
    texts = token_texts(doc)
    caps = [i for i, t in enumerate(texts) if t.isupper() and capital_word(t, hyphens=True)]
    k = 0
    while k < len(caps):
        j = k
        while j + 1 < len(caps) and caps[j + 1] == caps[j] + 1:
            j += 1
        if caps[j] + 1 - caps[k] >= MIN_HEADLINE_WORDS:
            yield caps[k], caps[j] + 1
        k = j + 1


def headline_names(doc: Doc, found: Sequence[Span], gazetteer: Any) -> list[Span]:
    """The places named in the doc's headlines in capitals (module docstring), label ``GAZ``."""
    taken = {i for s in found for i in range(s.start, s.end)}
    named = {plain(s.text) for s in found if s.label_ not in NOT_PLACE_LABELS}
    out: list[Span] = []
    for start, end in capital_runs(doc):
        i = start
        while i < end:
            located = i > start and doc[i - 1].lower_ in CONTEXT_PREPOSITIONS
            stop = next(
                (
                    j
                    for j in range(min(end, i + MAX_NAME_WORDS), i, -1)
                    if not any(k in taken for k in range(i, j))
                    and headline_place(doc[i:j], named, gazetteer, located=located)
                ),
                None,
            )
            if stop is None:
                i += 1
                continue
            out.append(Span(doc, i, stop, label="GAZ"))
            i = stop
    return out


def headline_place(span: Span, named: set[str], gazetteer: Any, *, located: bool) -> bool:
    """Whether words in capitals name a place (module docstring).

    ``named``: the :func:`plain` texts of the places found elsewhere; ``located``: a
    preposition of place comes before the words.
    """
    text = span.text
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS or text.lower() in GENERIC_WORDS:
        return False
    if plain(text) in named:
        return True
    own = [c.place for c in gazetteer.candidates(text) if c.match in {"name", "alias"}]
    if any(p.feature_type == "country" for p in own):
        return True
    return located and any(
        p.feature_type in LOCATED_TYPES or (p.feature_type == "city" and p.population >= BIG_CITY)
        for p in own
    )
