"""A town listed beside a town a rule read as a place is one too (user73a A5)."""

from __future__ import annotations

import spacy

from geomap.nlp.context import listed_beside


def test_a_town_joined_to_an_accepted_town_is_accepted() -> None:
    doc = spacy.blank("en")("Floods hit Ostra, where Velm , Arda and Kest were evacuated.")
    velm, arda, kest = doc[5:6], doc[7:8], doc[9:10]
    assert [s.text for s in listed_beside([velm, arda, kest], [velm])] == ["Arda", "Kest"]
    assert [s.text for s in listed_beside([velm, kest], [kest])] == []  # Arda is no town
    assert listed_beside([velm, arda, kest], []) == []


def test_an_ampersand_joins_no_towns() -> None:
    doc = spacy.blank("en")("Shares in Velm & Arda rose.")
    velm, arda = doc[2:3], doc[4:5]
    assert listed_beside([velm, arda], [velm]) == []
