"""A name after a lower-case compass adjective: part of a place ("in eastern Ghouta").

"the offensive in eastern Ghouta", "securing eastern Ghouta", "the last patch of eastern
Ghouta": English writes the part of a region, a country or a city with a lower-case
compass adjective before its name ("northern Luzon", "west London", "southern Sudan");
whatever label the model gave the name (Ghouta: ORG, NORP), the adjective says it is a
place, and the resolver places a name the gazetteer lacks at the article's focus
(:mod:`geomap.nlp.described`). :func:`after_compass_adjective` reads that shape: a
one-word capitalised name right after one of :data:`COMPASS_ADJECTIVES`, written in lower
case mid-sentence, and no plural proper noun ("northern Democrats") nor the modifier of
a lower-case noun after it ("the eastern Orthodox church"); a demonym ("northern
Nigerian") is left out by the callers. A longer name the gazetteer lacks is more often
a description than a place's name ("Peru's northern Amazon Jungle", which TUD-Loc's
dev half does not mark), and one with its kind word is read by its kind
(:mod:`geomap.nlp.landform_names`).
"""

from __future__ import annotations

from spacy.tokens import Span

from geomap.nlp.vocab import GENERIC_WORDS

#: Lower-case adjectives of a part of a place ("eastern", "north-western"), not the
#: bare points ("north", "south": "flew south Monday") nor "central" ("central bank").
COMPASS_ADJECTIVES = frozenset(
    {"northern", "southern", "eastern", "western", "northeastern", "northwestern",
     "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
     "south-western"}
)  # fmt: skip
#: Most words of a name read this way.
MAX_WORDS = 1


def after_compass_adjective(span: Span) -> bool:
    """Whether ``span`` is a name a lower-case compass adjective places (module docstring)."""
    doc, i, j = span.doc, span.start - 1, span.end
    if i < 1 or doc[i].text not in COMPASS_ADJECTIVES or doc[i].is_sent_start:
        return False
    if len(span) > MAX_WORDS or not all(t.is_title or t.is_upper for t in span):
        return False
    if span[-1].tag_ == "NNPS" or any(t.lower_ in GENERIC_WORDS for t in span):
        return False
    return not (j < len(doc) and doc[j].is_lower and doc[j].pos_ == "NOUN")
