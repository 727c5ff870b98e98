"""Admin units' names in other languages: a source's slip and kinds of unit (issue 18)."""

from __future__ import annotations

from geomap.gazetteer.builder.admins import keeps_shared, shared_names
from geomap.gazetteer.builder.iso_codes import subdivision
from geomap.gazetteer.builder.iso_names import add_iso_names
from geomap.gazetteer.builder.model import Entry


def _entry(pid: str, name: str) -> Entry:
    e = Entry(pid, name, "admin1", "RU", 0.0, 0.0, "test")
    e.add_name(name, "name")
    return e


def test_a_name_natural_earth_gives_two_units_stays_on_the_one_without_a_kind_word() -> None:
    named = [
        ("1", "RU", "ru", "Республика Алтай"),  # the Altai Republic
        ("2", "RU", "ru", "Республика Алтай"),  # Altai Krai: the source's slip
        ("2", "RU", "de", "Region Altai"),
        ("3", "KZ", "ru", "Республика Алтай"),  # another country: not shared
    ]
    shared = shared_names(named)
    assert shared == {("1", "ru", "Республика Алтай"), ("2", "ru", "Республика Алтай")}
    assert keeps_shared("Altai") and keeps_shared("Washington")
    assert not keeps_shared("Altai Krai") and not keeps_shared("Moscow Oblast")


def test_iso_names_follow_the_kind_word_and_the_own_romanised_name_is_russian() -> None:
    krai, republic = _entry("k", "Altai Krai"), _entry("r", "Altai")
    subs = [
        subdivision("RU-ALT", False, "Administrative territory", "Altayskiy kray", {}),
        subdivision("RU-AL", False, "Republic", "Altay, Respublika", {"uk": "Республіка Алтай"}),
    ]
    assert add_iso_names({"k": krai, "r": republic}, subs) > 0
    # "в Алтайском крае": the romanised own name is the key of the Russian name
    assert ("ru", "altayskiy kray") in krai.local
    assert ("ru", "altayskiy kray") not in republic.local
    assert ("uk", "respublika altay") in republic.local
    assert ("uk", "respublika altay") not in krai.local
