"""A town the gazetteer lacks, said to lie in another country, is not at the focus (issue 16).

In a story about Mali, a town of Niger the gazetteer lacks was placed at Bamako (the
article's focus, confidence 0.70) though its own words said "a town in Niger": a
country named as its qualifier, one the focus lies outside of, says where it lies.
"""

from __future__ import annotations

from dataclasses import replace

from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_focus_country_abroad_gazetteer.v1",
    [
        place("1", "Kelvaro", "city", "ML", 2_000_000, "PPLC", lon=-8.0, lat=12.6),
        place("2", "Mali", "country", "ML", 20_000_000, lon=-2.0, lat=17.0),
        place("3", "Niger", "country", "NE", 25_000_000, lon=8.0, lat=17.0),
        place("4", "Tessor", "city", "ML", 30_000, lon=1.0, lat=20.0),
    ],
)


def _placed(text: str, names: list[str]) -> dict[str, tuple[str | None, str | None]]:
    out = GAZ.resolve_named(text, names)
    return {m.text: (m.place.place_id if m.place else None, m.located_by) for m in out}


def test_a_town_in_another_country_goes_to_that_country() -> None:
    text = (
        "Kelvaro, Mali. Officials in Kelvaro spoke. Migrants reached Zorvik, a town in Niger, "
        "on Sunday. Kelvaro said so."
    )
    out = _placed(text, ["Kelvaro", "Mali", "Zorvik", "Niger"])
    assert out["Zorvik"] == ("3", "focus")


def test_a_town_in_the_focus_country_stays_at_the_focus() -> None:
    text = "Kelvaro, Mali. Officials in Kelvaro spoke. Shells hit Zorvik, a town in Mali."
    out = _placed(text, ["Kelvaro", "Mali", "Zorvik"])
    assert out["Zorvik"] == ("1", "focus")


def test_a_country_merely_in_its_sentence_says_nothing() -> None:
    text = "Kelvaro, Mali. Officials in Kelvaro spoke. Zorvik was shelled and Niger said so."
    out = _placed(text, ["Kelvaro", "Mali", "Zorvik", "Niger"])
    assert out["Zorvik"] == ("1", "focus")


class _Shapes:
    """A gazetteer stand-in with one country's shape: a box from lon 0 to 10, lat 10 to 20."""

    def shape(self, place_id: str) -> object:
        from shapely.geometry import box

        return box(0.0, 10.0, 10.0, 20.0) if place_id == "3" else None


def test_a_focus_near_the_countrys_border_stays_the_closer_guess() -> None:
    from geomap.nlp.linked_places import _country_abroad

    niger = GAZ().candidates("Niger")[0].place
    near = place("9", "Borderton", "city", "ML", 50_000, lon=-0.5, lat=15.0)  # ~54 km out
    far = place("1", "Kelvaro", "city", "ML", 2_000_000, lon=-8.0, lat=12.6)
    assert not _country_abroad(niger, near, _Shapes())
    assert _country_abroad(niger, far, _Shapes())
    assert not _country_abroad(niger, replace(far, country_code="NE"), _Shapes())
