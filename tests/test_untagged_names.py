"""Untagged runs of proper nouns, read from the doc's arrays (geomap.nlp.untagged_names)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.nlp.untagged_names import untagged_names


def _doc(rows: list[tuple[str, str, bool]], ents: list[str]) -> Doc:
    """Words with their POS and whether they start a sentence; ``ents`` IOB tags."""
    nlp = spacy.blank("en")
    words = [w for w, _, _ in rows]
    spaces = [
        not (w == "-" or (i + 1 < len(words) and words[i + 1] == "-")) for i, w in enumerate(words)
    ]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        pos=[p for _, p, _ in rows],
        sent_starts=[s for _, _, s in rows],
        ents=ents,
    )


def test_runs_of_untagged_capitalised_proper_nouns() -> None:
    rows = [
        ("Troops", "NOUN", True), ("reached", "VERB", False), ("Hpa", "PROPN", False),
        ("-", "PUNCT", False), ("an", "PROPN", False), ("and", "CCONJ", False),
        ("Kyiv", "PROPN", False), ("near", "ADP", False), ("Upper", "PROPN", False),
        ("Big", "PROPN", False), ("Red", "PROPN", False), ("Rock", "PROPN", False),
        ("Lake", "PROPN", False), (".", "PUNCT", False), ("Dnipro", "PROPN", True),
        ("Oblast", "PROPN", False), ("said", "VERB", False), ("Ivan", "PROPN", False),
        (".", "PUNCT", False), ("Lviv", "PROPN", True), ("Odesa", "PROPN", True),
    ]  # fmt: skip
    ents = ["O"] * len(rows)
    ents[6] = "B-GPE"  # Kyiv: tagged, no untagged name
    ents[17] = "B-PERSON"
    doc = _doc(rows, ents)
    found = [s.text for s in untagged_names(doc)]
    # the hyphen joins "Hpa-an"; four words at most; a sentence start ends a run
    assert found == ["Hpa-an", "Upper Big Red Rock", "Lake", "Dnipro Oblast", "Lviv", "Odesa"]
    assert all(s.label_ == "GAZ" for s in untagged_names(doc))
    assert [s.text for s in untagged_names(doc, longest=2)][:3] == [
        "Hpa-an",
        "Upper Big",
        "Red Rock",
    ]
    assert untagged_names(spacy.blank("en")("")) == []
