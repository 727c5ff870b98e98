"""Whether "the Baltic" is the sea: the article names the sea, or the sentence is at sea.

"the Baltic" is a sea's first word and, in ``data/demonyms.csv``, the adjective of the
Baltic States: :func:`~geomap.nlp.name_kinds.short_sea` left such a name to the region
("protect undersea infrastructure in the Baltic", in a story about a cable cut in the
Baltic Sea, gave the Baltic States). :func:`sea_meant` says the sea is meant when

* the article writes the sea's whole name ("Baltic Sea") elsewhere, or
* a word of one of the name's sentences is a word of the sea (:data:`SEA_CONTEXT`:
  "undersea", "naval", "vessels"), and no noun follows the name ("the Baltic states",
  "the Baltic countries" are the region; "the Baltic" alone is not).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

#: English words that put a sentence at sea: seafaring, ships, what lies under the sea.
#: Written by the maintainers (round 70) from common English usage; no place names.
SEA_CONTEXT = frozenset(
    """
    sea seas undersea subsea seabed waters naval navy maritime cable cables ship ships
    vessel vessels tanker tankers shipping offshore fleet warship warships submarine
    submarines
    """.split()  # noqa: SIM905
)


def _bare(span: Span) -> bool:
    """Whether no lowercase word follows the name ("the Baltic states" has one)."""
    doc = span.doc
    return span.end >= len(doc) or not (doc[span.end].is_alpha and doc[span.end].is_lower)


def sea_meant(spans: Sequence[Span], names: Sequence[str]) -> bool:
    """Whether the mentions of a short name mean the sea its whole ``names`` name."""
    if not spans:
        return False
    text = spans[0].doc.text
    if any(name in text for name in names):
        return True
    return all(_bare(s) for s in spans) and any(
        t.lower_ in SEA_CONTEXT for s in spans for t in s.sent
    )
