"""A place's own name tagged NORP is no demonym; a dateline's place is literal
(geomap.claims.roles.mention_role). Hand-built parses on ``spacy.blank``."""

from __future__ import annotations

from geomap.claims.roles import mention_role
from geomap.extensions import register_extensions
from geomap.records import Place
from tests.test_attribution_blank import Row, parsed

ALEPPO = Place("170063", "Aleppo", "city", "SY", None, 1_600_000, 37.16, 36.2, "test")
RUSSIA = Place("2017370", "Russia", "country", "RU", None, 140_000_000, 100.0, 60.0, "test")


def _role(rows: list[Row], i: int, place: Place, label: str, starts: tuple[int, ...] = (0,)) -> str:
    register_extensions()
    doc = parsed(rows, sent_starts=starts)
    span = doc[i : i + 1]
    span.label_ = label
    span._.place = place
    return mention_role(span)


def test_a_places_own_name_tagged_norp_is_literal() -> None:
    rows: list[Row] = [
        ("Fighting", "fighting", "NOUN", "nsubj", 1),
        ("raged", "rage", "VERB", "ROOT", 1),
        ("east", "east", "ADV", "advmod", 1),
        ("of", "of", "ADP", "prep", 2),
        ("Aleppo", "Aleppo", "PROPN", "pobj", 3),
    ]
    assert _role(rows, 4, ALEPPO, "NORP") == "literal"
    # a nationality adjective stays a demonym
    rows[4] = ("Russian", "russian", "ADJ", "pobj", 3)
    assert _role(rows, 4, RUSSIA, "NORP") == "demonym"


def test_a_datelines_place_is_literal() -> None:
    # "KHARKIV — Drones hit the city ." parsed with the dateline as the subject
    rows: list[Row] = [
        ("KHARKIV", "KHARKIV", "PROPN", "nsubj", 3),
        ("—", "—", "PUNCT", "punct", 3),
        ("Drones", "drone", "NOUN", "nsubj", 3),
        ("hit", "hit", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5),
        ("city", "city", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    kharkiv = Place("706483", "Kharkiv", "city", "UA", None, 1_400_000, 36.25, 49.98, "test")
    assert _role(rows, 0, kharkiv, "GPE") == "literal"
