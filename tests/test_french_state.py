"""French names a federal state by "État de"/"État du" (issue 18): "l’État de Borno"."""

from __future__ import annotations

from geomap.gazetteer.unit_words import admin_city


def test_a_state_named_by_the_french_word() -> None:
    assert admin_city("État de Borno", "fr") == "Borno"
    assert admin_city("État du Texas", "fr") == "Texas"
    assert admin_city("État de droit", "fr") is None  # no name: "l'État de droit"
