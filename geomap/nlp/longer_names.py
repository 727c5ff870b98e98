"""A found name that is part of a longer name the gazetteer knows: the longer name.

"the court in The Hague": the model tags "The Hague" and the recogniser drops the
article ("Hague"), but GeoNames' own name of the city is "The Hague" (and of "The Pas",
Manitoba), so the span keeps a capitalised "The" when "The" and the name are a town's
own name spelled with it (:func:`with_article`; not a country's: "And The Netherlands"
in a title-case headline is "Netherlands", as "the Netherlands" is).

"Lawmakers in Republika Srpska": the model tags "Republika" GPE, a name the gazetteer
lacks, and "Srpska" PERSON; "Republika Srpska" is the curated alias of an admin-1 unit.
A span is run on over up to :data:`MAX_RUN_WORDS` capitalised words when the longer
text is an entry's own name or curated alias (:func:`run_on`; an old or alternate name
does not count, and the run stays inside its sentence); and back over up to
:data:`MAX_BACK_WORDS` capitalised or joining words when they make one
(:func:`run_back`: "Azad Jammu and Kashmir", where the model tags "Kashmir" alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.name_shapes import _GROUPING_TYPES as GROUPING_TYPES
from geomap.nlp.name_shapes import joined_countries, own_entries
from geomap.nlp.vocab import ARTICLES

#: Most capitalised words a name runs on with ("Republika" + "Srpska").
MAX_RUN_WORDS = 2
#: The article some own names open with.
ARTICLE = "The"
#: Entries whose article the text writes apart from the name: "the Netherlands" is
#: annotated "Netherlands" everywhere, as any country's name without its article.
BARE_TYPES = frozenset({"country"})


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha()


def with_article(doc: Doc, span: Span, gazetteer: Any) -> Span | None:
    """``span`` with the capitalised "The" before it, when that is an own name's article.

    Not at a sentence's start, where "The" opens any sentence.
    """
    i = span.start - 1
    if i < 0 or doc[i].text != ARTICLE or doc[i].is_sent_start or not doc[i].whitespace_:
        return None
    longer = f"{ARTICLE} {span.text}"
    if any(
        c.place.name.startswith(f"{ARTICLE} ") and c.place.feature_type not in BARE_TYPES
        for c in own_entries(gazetteer, longer)
    ):
        return Span(doc, i, span.end, label=span.label_)
    return None


def run_on(doc: Doc, span: Span, gazetteer: Any) -> Span | None:
    """``span`` run on over the capitalised words that make an own name, or ``None``."""
    best: Span | None = None
    end = span.end
    while end < len(doc) and end - span.end < MAX_RUN_WORDS:
        tok = doc[end]
        if not doc[end - 1].whitespace_ or tok.is_sent_start or not _capitalised(tok.text):
            break
        end += 1
        longer = doc[span.start : end]
        if own_entries(gazetteer, longer.text):
            best = Span(doc, span.start, end, label=span.label_)
    return best


#: Most words a name runs back over ("Azad Jammu and" + "Kashmir").
MAX_BACK_WORDS = 3
#: Lower-case words that may join the words of an own name ("Azad Jammu and Kashmir").
JOINING_WORDS = frozenset({"and", "of", "&"})


def _one_place(gazetteer: Any, text: str) -> bool:
    """Whether ``text`` is an own name of a place that is no grouping of those it lists.

    "Australia and New Zealand" is a region's name, but news lists two countries.
    """
    return any(
        c.place.feature_type not in GROUPING_TYPES for c in own_entries(gazetteer, text)
    ) and not joined_countries(gazetteer, text)


def run_back(doc: Doc, span: Span, gazetteer: Any) -> Span | None:
    """``span`` run back over the words before it that make a longer own name, or ``None``.

    "the people of Azad Jammu and Kashmir": the model tags "Azad Jammu" a person and
    "Kashmir" a place; "Azad Jammu and Kashmir" is a curated alias of Azad Kashmir, so the
    longest such name wins over the model's shorter span. The words are capitalised or
    joining words (:data:`JOINING_WORDS`), never an article; the longer name opens with a
    capitalised one, names no grouping ("Australia and New Zealand" lists two countries:
    :func:`_one_place`), and the run stays inside the sentence.
    """
    best: Span | None = None
    start = span.start
    while start > 0 and span.start - start < MAX_BACK_WORDS:
        tok = doc[start - 1]
        if not tok.whitespace_ or doc[start].is_sent_start:
            break
        if tok.lower_ in ARTICLES or not (_capitalised(tok.text) or tok.lower_ in JOINING_WORDS):
            break  # "The Caucasus" is :func:`with_article`'s to judge
        start -= 1
        if _capitalised(tok.text) and _one_place(gazetteer, doc[start : span.end].text):
            best = Span(doc, start, span.end, label=span.label_)
    return best


def with_longer_names(doc: Doc, spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """``spans``, each made the longer own name it is part of (module docstring).

    The caller filters the overlaps (:func:`spacy.util.filter_spans`: the longest wins).
    """
    out: list[Span] = []
    for span in spans:
        if gazetteer is None or not span.text[:1].isupper():
            out.append(span)
            continue
        longer = with_article(doc, span, gazetteer) or run_on(doc, span, gazetteer)
        out.append(longer or run_back(doc, span, gazetteer) or span)
    return out
