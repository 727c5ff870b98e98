"""A person's name run on after a place, the model's organisation spanning both.

"The governor of Sevastopol Mikhail Razvozhayev said": the model may tag "Sevastopol
Mikhail Razvozhayev" ORG; the name after the place is still the governor's, not a body's
(geomap.claims.nametails.name_after_place). Hand-built parse on ``spacy.blank``.
"""

from __future__ import annotations

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed

ROWS: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("governor", "governor", "NOUN", "nsubj", 6),
    ("of", "of", "ADP", "prep", 1),
    ("Sevastopol", "Sevastopol", "PROPN", "compound", 5),
    ("Mikhail", "Mikhail", "PROPN", "compound", 5),
    ("Razvozhayev", "Razvozhayev", "PROPN", "pobj", 2),
    ("said", "say", "VERB", "ROOT", 6),
    ("Balaklava", "Balaklava", "PROPN", "nsubjpass", 9),
    ("was", "be", "AUX", "auxpass", 9),
    ("hit", "hit", "VERB", "ccomp", 6),
    (".", ".", "PUNCT", "punct", 6),
]


def _source(ents: list[str]) -> tuple[str, str] | None:
    doc = parsed(ROWS, sent_starts=(0,), ents=ents)
    _, balaklava = mark(doc, "Sevastopol", "Balaklava")
    Attribution()(doc)
    src = balaklava._.source
    return None if src is None else (src.name, src.role)


def test_the_name_after_the_place_speaks_whatever_entity_holds_both() -> None:
    fused = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O", "O", "O"]
    assert _source(fused) == ("Mikhail Razvozhayev", "The governor of Sevastopol")


def test_an_organisation_after_the_place_is_no_persons_name() -> None:
    # "… of Sevastopol | Mikhail Razvozhayev" tagged ORG on its own: a body's name, so the
    # rule gives no person
    apart = ["O", "O", "O", "B-GPE", "B-ORG", "I-ORG", "O", "B-GPE", "O", "O", "O"]
    source = _source(apart)
    assert source is None or source[0] != "Mikhail Razvozhayev"
