"""A town's name whose last words the model tagged a person: the whole name.

"Buses between Zhob and Dera Ismail Khan stopped": the small model tags "Ismail Khan"
PERSON and leaves "Dera" out, and the gazetteer scan never enters a person's entity,
so the city is missed. When up to :data:`MAX_LEAD_WORDS` capitalised words right
before a PERSON entity (in its sentence, outside any entity, no stop word: not "The
Webster" of a theatre) and the entity together are the own name or curated alias of
a town or an admin unit, the whole run is a place (:func:`names_over_people`); a
person's name after a title ("President Joe Biden") is no entry's name, and is left
alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.name_shapes import own_entries

#: Most capitalised words before the person's entity that may start the name.
MAX_LEAD_WORDS = 2
#: Kinds of entry such a name may be.
TOWN_KINDS = frozenset({"city", "admin1", "admin2"})


def _lead_word(doc: Doc, i: int, sent_start: int) -> bool:
    tok = doc[i]
    return (
        i >= sent_start
        and tok.is_alpha
        and tok.is_title
        and not tok.is_stop
        and not tok.ent_type_
        and bool(tok.whitespace_)
        and not (i == sent_start and tok.pos_ not in {"PROPN", ""})
    )


def names_over_people(doc: Doc, gazetteer: Any) -> Iterator[Span]:
    """Yield the town names that run on into a PERSON entity (module docstring)."""
    if gazetteer is None:
        return
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        sent_start = ent.sent.start if doc.has_annotation("SENT_START") else 0
        start = ent.start
        for _ in range(MAX_LEAD_WORDS):
            if start - 1 < 0 or not _lead_word(doc, start - 1, sent_start):
                break
            start -= 1
            text = doc[start : ent.end].text
            if any(c.place.feature_type in TOWN_KINDS for c in own_entries(gazetteer, text)):
                yield Span(doc, start, ent.end, label="GPE")
                break
