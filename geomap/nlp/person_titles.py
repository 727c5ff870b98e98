"""A name after a title of address is a person's: "pan Stanisław", "Herr Weimar", "M. Nancy".

In the languages read by the gazetteer-driven recogniser, a first name or surname
that is also a town's name ("Stanisław", the old Polish name of Ivano-Frankivsk)
follows a word of address: Polish "pan"/"pani", Ukrainian "пан"/"пані", Russian
"господин", German "Herr"/"Frau", French "M."/"Mme". Such a span is no place.
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.text import word_sets

#: Words of address before a person's name, in their case forms (lower case, no full stop).
TITLES: dict[str, frozenset[str]] = word_sets(
    {
        "pl": "pan pana panu panem panie pani panią panów paniom",
        "uk": "пан пана пану паном пане пані панові",
        "ru": "господин господина господину господином госпожа госпожи госпоже госпожу г-н г-жа",
        "de": "herr herrn frau",
        "fr": "m mme mlle monsieur madame mademoiselle",
    }
)


def after_title(span: Span) -> bool:
    """Whether a word of address in the doc's language comes right before ``span``."""
    words = TITLES.get(span.doc.lang_)
    if not words or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    if prev.text == "." and span.start >= 2:  # "M" "." "Hnatiouk" when split
        prev = span.doc[span.start - 2]
    return prev.lower_.rstrip(".") in words


def outside_person_titles(spans: list[Span]) -> list[Span]:
    """``spans`` without those that follow a word of address (:func:`after_title`)."""
    return [s for s in spans if not after_title(s)]
