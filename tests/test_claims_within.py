"""``geomap claims --within UNIT``, and ``--place`` naming a place by its own name (user69a B8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from geomap.claims.select import select_claims
from geomap.claims.within import claims_within, is_within, unit_named
from geomap.gazetteer import Gazetteer
from geomap.records import Claim, Mention, Place


def _place(pid: str, name: str, kind: str, cc: str, admin1: str | None) -> Place:
    return Place(pid, name, kind, cc, None, 0, 0.0, 0.0, "geonames", "", admin1)


CITY = _place("1", "Kharkiv", "city", "UA", "07")
OBLAST = _place("2", "Kharkiv Oblast", "admin1", "UA", "07")
TOWN = _place("3", "Kupiansk", "city", "UA", "07")
ELSEWHERE = _place("4", "Lviv", "city", "UA", "15")
ABROAD = _place("5", "Belgorod", "city", "RU", "09")
COUNTRY = _place("6", "Ukraine", "country", "UA", None)
PLACES = {p.place_id: p for p in (CITY, OBLAST, TOWN, ELSEWHERE, ABROAD, COUNTRY)}


def _mention(place: Place, text: str, article: str) -> Mention:
    return Mention(article, 0, len(text), text, text, 0, place, 0.9)


def _claim(place: Place, article: str) -> Claim:
    return Claim(place.place_id, article, "...", 0, 3, None)


def test_a_place_is_within_its_country_and_its_first_order_unit() -> None:
    assert is_within(TOWN, OBLAST) and is_within(OBLAST, OBLAST) and is_within(CITY, COUNTRY)
    assert not is_within(ELSEWHERE, OBLAST) and not is_within(ABROAD, COUNTRY)
    assert not is_within(COUNTRY, OBLAST) and not is_within(None, COUNTRY)
    claims = [_claim(p, "a") for p in PLACES.values()]
    assert [c.place_id for c in claims_within(claims, OBLAST, PLACES.get)] == ["1", "2", "3"]


def test_place_by_its_own_name_is_that_place_not_a_unit_placed_by_that_word() -> None:
    mentions = [
        _mention(CITY, "Kharkiv", "a"),
        _mention(OBLAST, "Kharkiv", "b"),  # "Kharkiv" read as the oblast in one article
    ]
    claims = [_claim(CITY, "a"), _claim(OBLAST, "b")]
    assert [c.place_id for c in select_claims(mentions, claims, place="Kharkiv")] == ["1"]
    assert [c.place_id for c in select_claims(mentions, claims, place="Kharkiv Oblast")] == ["2"]


def test_the_gazetteers_units_by_name_in_any_language() -> None:
    gaz = Gazetteer.open(None)
    oblast = unit_named("Харківська область", gaz)
    assert oblast is not None and oblast.feature_type == "admin1" and oblast.country_code == "UA"
    city = gaz.lookup("Kharkiv")[0]
    assert is_within(city, oblast)
    assert unit_named("Kharkiv", gaz) is None  # a city: no unit of that name


@pytest.fixture(scope="module")
def saved_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from geomap.cli import _register, app

    folder = tmp_path_factory.mktemp("within")
    (folder / "a.txt").write_text(
        "Shelling hit Kupiansk overnight, the governor said. In Lviv, officials opened shelters.",
        encoding="utf-8",
    )
    _register()
    result = CliRunner().invoke(
        app, ["map", str(folder / "a.txt"), "-o", str(folder / "out"), "-q"]
    )
    assert result.exit_code == 0, result.output
    return folder / "out"


def test_claims_within_a_unit_from_the_command_line(saved_run: Path) -> None:
    from geomap.cli import _register, app

    _register()
    runner = CliRunner()
    inside = runner.invoke(app, ["claims", str(saved_run), "--within", "Kharkiv Oblast"])
    assert inside.exit_code == 0, inside.output
    assert "Kupiansk" in inside.output and "Lviv" not in inside.output
    city = runner.invoke(app, ["claims", str(saved_run), "--within", "Kharkiv"])
    assert city.exit_code == 2 and "try --within 'Kharkiv Oblast'" in city.output


def test_a_unit_name_with_control_characters_is_quoted_as_every_message_does() -> None:
    from geomap.claims.within import not_a_unit
    from geomap.gazetteer import Gazetteer

    said = not_a_unit("Kyiv\x1b[31mRED", Gazetteer.open(None))
    assert "\x1b" not in said and "\\x1b" not in said and "\\u001b" in said
