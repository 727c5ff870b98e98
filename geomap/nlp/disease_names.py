"""Place names inside a disease's or a virus's name: the disease, not the place.

"West Nile virus", "the Reston ebolavirus", "Marburg hemorrhagic fever", "the Hong Kong
Flu virus", "Lyme disease": viruses and diseases are named after the place they were
first found, and the model or the gazetteer scan finds the place's name there, but the
text names the disease. :func:`without_disease_names` drops a toponym right before a
word of illness (:data:`ILLNESS_WORDS`: "virus", "fever", "flu", "disease", ...) in its
sentence when that word, or the last of a run of them ("Flu virus"), heads its phrase:
"the United States flu season" keeps the United States (the season's place: "flu" only
modifies "season"), and so does "West Nile virus cases" (a known miss, kept on the safe
side). Strains keep their places ("the Zaïre and Sudan strains": where each was found).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

#: Words of illness that a place's name before them makes a disease's name.
ILLNESS_WORDS = frozenset(
    {
        "virus",
        "viruses",
        "ebolavirus",
        "fever",
        "flu",
        "influenza",
        "hemorrhagic",
        "haemorrhagic",
        "encephalitis",
        "disease",
        "syndrome",
    }
)

#: Dependency labels of a word that only modifies the noun after it ("flu season").
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def disease_name(span: Span) -> bool:
    """Whether ``span`` opens a disease's or a virus's name (module docstring)."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].lower_ not in ILLNESS_WORDS or doc[i].is_sent_start:
        return False
    while i + 1 < len(doc) and doc[i + 1].lower_ in ILLNESS_WORDS and not doc[i + 1].is_sent_start:
        i += 1  # "Hong Kong Flu virus", "Marburg hemorrhagic fever"
    last = doc[i]
    # "the United States flu season": the season's place
    return not (last.dep_ in MODIFIER_DEPS and last.head.i > last.i)


def without_disease_names(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``spans`` without those opening a disease's or a virus's name."""
    return [s for s in spans if not disease_name(s)]
