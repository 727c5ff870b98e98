"""The speaker the attribution component gives one place mention of a hand-built parse.

Shared by the speaker tests on ``spacy.blank("en")`` (parses built by
:func:`tests.test_attribution_blank.parsed`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def speaker_of(
    rows: Sequence[Row],
    place: str | int,
    starts: Sequence[int] = (0,),
    ents: Sequence[str] = (),
    tags: Mapping[int, str] | None = None,
) -> str | None:
    """The speaker's text for the place mention ``place``, or ``None``.

    ``place`` is the mention's word (it must occur once) or the index of its one token;
    ``starts`` the sentence starts, ``ents`` IOB entity tags, ``tags`` fine-grained
    tags by token index.
    """
    doc = parsed(rows, sent_starts=starts, ents=ents)
    for i, tag in (tags or {}).items():
        doc[i].tag_ = tag
    if isinstance(place, str):
        (span,) = mark(doc, place)
    else:
        span = doc[place : place + 1]
        span.label_ = "GPE"
        doc.spans["toponyms"] = [span]
    Attribution()(doc)
    return None if span._.speaker is None else span._.speaker.text
