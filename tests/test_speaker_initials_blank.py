"""A body's initials as a source (rec66), on ``spacy.blank("en")``: hand-built parses.

Initials heading a saying verb's subject are an organisation, or a state's body when a
state's name owns them, never anonymous, whatever part of speech the model gave them
("Chile's SHOA said"; :mod:`geomap.claims.acronym_sources`). Controls beside the rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from geomap.claims.attribution import Attribution
from geomap.records import Speaker
from tests.test_attribution_blank import Row, mark, parsed


def _speaker(rows: Sequence[Row], place: str, ents: Sequence[str] = ()) -> Speaker | None:
    """The speaker record the component gives the one mention ``place``."""
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    source: Speaker | None = span._.source
    return source


def _initials_said(owner: bool, initials: str = "SHOA") -> list[Row]:
    """ "[Chile 's] SHOA said Valparaiso shook ." with the initials tagged a common noun."""
    rows: list[Row] = [("Chile", "Chile", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0)]
    rows = rows if owner else []
    n = len(rows)
    return [
        *rows,
        (initials, initials.lower(), "NOUN", "nsubj", n + 1),
        ("said", "say", "VERB", "ROOT", n + 1),
        ("Valparaiso", "Valparaiso", "PROPN", "nsubj", n + 3),
        ("shook", "shake", "VERB", "ccomp", n + 1),
        (".", ".", "PUNCT", "punct", n + 1),
    ]


def test_initials_owned_by_a_state_are_its_government_body() -> None:
    ents = ["B-GPE", "O", "O", "O", "B-GPE", "O", "O"]
    speaker = _speaker(_initials_said(owner=True), "Valparaiso", ents)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("Chile 's SHOA", "government")  # blank: spaced


def test_initials_alone_are_an_organisation() -> None:
    speaker = _speaker(_initials_said(owner=False), "Valparaiso")
    assert speaker is not None
    assert (speaker.name, speaker.kind) == ("SHOA", "organisation")


def test_a_common_noun_or_a_capitalised_word_is_no_initials() -> None:
    # controls: a lower-case noun stays an unnamed source; a title-case word is no initials
    speaker = _speaker(_initials_said(owner=False, initials="officials"), "Valparaiso")
    assert speaker is not None and speaker.kind == "anonymous"
    speaker = _speaker(_initials_said(owner=False, initials="Shoa"), "Valparaiso")
    assert speaker is not None and speaker.kind == "anonymous"
