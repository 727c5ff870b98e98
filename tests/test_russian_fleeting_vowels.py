"""Russian towns in "-ок"/"-ёк" lose the vowel when inflected, an adjective's "-ое" reads "-ом".

"Торжка", "в Торжке" (Torzhok), "в Вышнем Волочке" (Vyshny Volochyok), "в Бологом"
(Bologoye): names the lemmatiser does not know, met by the guessed nominative
(:func:`geomap.gazetteer.lemmas.ending_keys`), as "Ельца" -> "Елец" is (issue 18).
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.records import Place


def _gazetteer() -> Gazetteer:
    places = [
        Place("tz", "Torzhok", "city", "RU", None, 48_000, 34.96, 57.04, "curated"),
        Place("vv", "Vyshny Volochyok", "city", "RU", None, 54_000, 34.56, 57.59, "curated"),
        Place("bo", "Bologoye", "city", "RU", None, 25_000, 34.05, 57.88, "curated"),
    ]
    return Gazetteer.from_places(
        places,
        local_names=[
            ("ru", "Торжок", "tz"),
            ("ru", "Вышний Волочёк", "vv"),
            ("ru", "Бологое", "bo"),
        ],
    )


def test_a_fleeting_vowel_before_k() -> None:
    g = _gazetteer()
    for form in ("Торжка", "Торжке", "Торжку", "Торжком"):
        assert [c.place.place_id for c in g.candidates(form, "ru")] == ["tz"], form
    assert [c.place.place_id for c in g.candidates("Вышнем Волочке", "ru")] == ["vv"]
    assert [c.place.place_id for c in g.candidates("Бологом", "ru")] == ["bo"]
    assert [c.match for c in g.candidates("Торжка", "ru")] == ["alternate"]  # a guess
    assert g.candidates("Торжество", "ru") == []  # no such ending, no town
