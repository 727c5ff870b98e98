"""Arabic's qaf written "k" or "q": "the Bekaa" is the Béqaa governorate
(geomap.nlp.respellings, a new user's Lebanon story)."""

from __future__ import annotations

from geomap.nlp.respellings import respellings


def test_k_and_q_are_each_others_spelling() -> None:
    assert "Beqaa" in respellings("Bekaa")
    assert "Qalkilya" in respellings("Qalqilya")
