"""Towns beside a found toponym in a list, in the local languages' recogniser.

"Харків і Ізюм", "Kramatorsk, Słowiańsk": :func:`listed_towns`, called by
:class:`geomap.nlp.local.LocalToponymRecognizer` once the other rules have found their
spans.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.local_context import capitalised
from geomap.nlp.local_kinds import listed_home_village, listed_natural, town
from geomap.nlp.local_spans import in_club_name
from geomap.nlp.local_words import CONJUNCTIONS, listed_positions
from geomap.records import Candidate


def listed_towns(
    gazetteer: Any, doc: Doc, lang: str, spans: Sequence[Span], blocked: set[int]
) -> Iterable[Span]:
    """A town beside a found toponym in a list ("Харків і Ізюм", "Kramatorsk, Słowiańsk").

    A one-word name the model called a person is such a town too ("по Сумам и
    Конотопу": natasha reads the dative as a surname); ``blocked`` leaves it out.
    A river or range beside a found one is listed too ("Euphrat und Tigris":
    :func:`~geomap.nlp.local_kinds.listed_natural`). A town listed so extends the
    list in turn: "Ізмаїл, Рені та Кілія"; each may open with a preposition ("у
    Кременной и под Лиманом": :func:`~geomap.nlp.local_words.listed_positions`).
    """
    taken = {i for s in spans for i in range(s.start, s.end)}
    joins = CONJUNCTIONS.get(lang, frozenset())
    queue = list(spans)
    while queue:
        span = queue.pop(0)
        found: list[Candidate] | None = None
        for i in listed_positions(span, lang):
            if not 0 <= i < len(doc) or i in taken or i in blocked:
                continue
            between = doc[span.end] if i > span.start else doc[i + 1]
            tok = doc[i]
            if between.lower_ not in joins or not capitalised(tok) or in_club_name(tok, lang):
                continue
            cands = gazetteer.candidates(tok.text, lang)
            if found is None:
                found = list(gazetteer.candidates(span.text, lang))
            if (
                any(town(c, lang) for c in cands)
                or listed_natural(found, cands)
                or listed_home_village(found, cands, lang)  # "Gołdapi i Wiżajn"
            ):
                taken.add(i)
                listed = Span(doc, i, i + 1, label="GAZ")
                queue.append(listed)
                yield listed
