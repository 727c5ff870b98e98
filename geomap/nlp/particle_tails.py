"""A name the model cut before its particle or linking word, run on to the longer name.

"Mato Grosso do Sul" cut to "Mato Grosso", "Frankfurt an der Oder" to "Frankfurt"
(with "Oder" read as a person): :func:`with_particle_tail`, a rule of toponym
recognition (:mod:`geomap.nlp.entity_parts`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from geomap.nlp.vocab import NAME_PARTICLES

#: Capitalised words after a particle that a name may run on with ("do Sul", "del Este").
MAX_TAIL_WORDS = 2
#: Lower-case words that link a town's name to the river or region it lies on ("Frankfurt
#: an der Oder", "Newcastle upon Tyne", "Boulogne sur Mer", "Kostrzyn nad Odrą").
LINKING_WORDS = frozenset({"an", "der", "am", "im", "upon", "on", "sur", "nad", "na"})
#: At most this many particles or linking words between the entity and its tail.
MAX_PARTICLES = 2


def with_particle_tail(ent: Span, gazetteer: Any) -> Span:
    """The entity run on over a particle and the capitalised words of one longer name.

    The model cuts "Mato Grosso do Sul" to "Mato Grosso" (a different state) and
    "Ciudad del Este" to "Ciudad": when a lower-case name particle ("do", "del", "de
    la": :data:`~geomap.nlp.vocab.NAME_PARTICLES`) and one or two capitalised words
    follow the entity, and the whole is an entry's own name or curated alias (or any
    name of an admin unit: "Lanao del Sur" for the Province of Lanao del Sur), the
    entity is that longest name (with its label). Over a linking word
    (:data:`LINKING_WORDS`: "Frankfurt an der Oder", cut to "Frankfurt" with "Oder"
    read as a person) any name of the entry counts: such a name is no chance reading.
    Otherwise it is left as it is.
    """
    doc = ent.doc
    j = ent.end
    while (
        j < len(doc)
        and j - ent.end < MAX_PARTICLES
        and doc[j].is_lower
        and (doc[j].lower_ in NAME_PARTICLES or doc[j].lower_ in LINKING_WORDS)
    ):
        j += 1
    if j == ent.end or not ent.text[:1].isupper():
        return ent
    linked = any(doc[i].lower_ in LINKING_WORDS for i in range(ent.end, j))
    best = ent
    for k in range(j + 1, min(j + MAX_TAIL_WORDS, len(doc)) + 1):
        if not doc[k - 1].is_title:
            break
        text = doc[ent.start : k].text
        if any(linked or _names(c) for c in gazetteer.candidates(text)):
            best = Span(doc, ent.start, k, label=ent.label_)
    return best


def _names(cand: Any) -> bool:
    """Whether a candidate is named by the text: its own name, an alias, or a unit's other name."""
    return cand.match in {"name", "alias"} or (
        cand.match == "alternate" and cand.place.feature_type in {"admin1", "admin2"}
    )
