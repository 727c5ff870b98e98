"""Two home towns listed by their own names are places ("обстріляли Оріхів і Степногірськ")."""

from __future__ import annotations

from functools import cache

from geomap.gazetteer import Gazetteer
from geomap.records import Place
from tests.local_recognise import recognise


def _town(pid: str, name: str, cc: str, pop: int) -> Place:
    return Place(pid, name, "city", cc, None, pop, 35.5, 47.5, "t", "PPL")


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        [
            _town("orikhiv", "Orikhiv", "UA", 14_000),
            _town("stepno", "Stepnohirsk", "UA", 4_400),
            _town("abroad", "Orikhiv", "PL", 3_000),
            _town("hamlet", "Huliaipole", "UA", 500),
        ],
        local_names=[
            ("uk", "Оріхів", "orikhiv"),
            ("uk", "Степногірськ", "stepno"),
            ("uk", "Гуляйполе", "hamlet"),
        ],
    )


def test_two_home_towns_joined_by_a_conjunction_vouch_for_each_other() -> None:
    gz = _gazetteer()
    text = "Окупанти обстріляли Оріхів і Степногірськ ."
    assert recognise(gz, "uk", text) == ["Оріхів", "Степногірськ"]
    # the pair alone, with a verb that is no context of its own
    text = "Окупанти згадали Оріхів і Степногірськ ."
    assert recognise(gz, "uk", text) == ["Оріхів", "Степногірськ"]
    # alone, a small town needs a context: shelling is one (as English "shelled X"), a
    # verb of remembering is none
    assert recognise(gz, "uk", "Окупанти обстріляли Оріхів вночі .") == ["Оріхів"]
    assert recognise(gz, "uk", "Окупанти згадали Оріхів вночі .") == []
    # beside a village under 1,000 people, no pair
    assert recognise(gz, "uk", "Окупанти згадали Оріхів і Гуляйполе .") == []
    # a person's name: a run of capitalised words
    assert recognise(gz, "uk", "Виступили Петро Оріхів і Степногірськ .") == []
