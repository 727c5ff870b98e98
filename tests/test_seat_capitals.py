"""A seat of government ranks as a capital: "ЛА-ПАС" beside Bolivia is not Baja's La Paz."""

from __future__ import annotations

from functools import cache

from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.local_recognise import local_pipeline, placed


def _place(
    pid: str, name: str, kind: str, cc: str, pop: int, code: str, at: tuple[float, float]
) -> Place:
    lat, lon = at
    return Place(pid, name, kind, cc, "01", pop, lon, lat, "t", code, admin1_code="01")


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        [
            _place("bo", "La Paz", "city", "BO", 2_004_652, "PPLG", (-16.5, -68.15)),
            _place("mx", "La Paz", "city", "MX", 250_141, "PPLA", (24.14, -110.31)),
        ],
        local_names=[("ru", "Ла-Пас", "bo"), ("ru", "Ла-Пас", "mx")],
    )


def test_a_seat_of_government_outranks_a_provincial_capital_of_its_name() -> None:
    nlp = local_pipeline("ru", "test_seat_capitals.gazetteer", _gazetteer)
    assert placed(nlp, "Мэр города Ла-Пас сообщил о нехватке воды.") == [("Ла-Пас", "bo")]
