"""A place's name read as another place's inflected name matches it only as an alternate.

The builder marks a lemma key that an entry has only as a lemma, and that another
entry has as its main name, ``"alternate"`` (:func:`geomap.gazetteer.builder.local.local_rows`);
a big town named so no longer keeps a river's own name from winning
(:func:`geomap.nlp.local_filters.over_namesakes`).
"""

from __future__ import annotations

import spacy

from geomap.gazetteer.builder.local import local_rows
from geomap.gazetteer.builder.model import Entry
from geomap.nlp.local_filters import over_namesakes
from geomap.records import Candidate, Place


def test_a_lemma_that_is_another_entrys_main_name_is_an_alternate() -> None:
    town = Entry("kure", "Kure", "city", "JP", 132.6, 34.2, "test", population=214_000)
    river = Entry("kura", "Kura", "water", None, 48.0, 40.0, "test", feature_code="river")
    town.add_local_name("Куре", "ru", "exonym")  # the lemmatiser reads it as "Кура"'s locative
    assert ("ru", "kura") in town.local and ("ru", "kura") not in town.written
    rows = {(lang, key, pid): kind for lang, key, pid, kind in local_rows([town, river])}
    assert rows[("ru", "kura", "kure")] == "alternate"
    assert rows[("ru", "kure", "kure")] == "exonym"  # the name as written keeps its kind
    # with no place whose main name it is, the lemma keeps its kind
    alone = {(lang, key, pid): kind for lang, key, pid, kind in local_rows([town])}
    assert alone[("ru", "kura", "kure")] == "exonym"


def _cand(pid: str, ftype: str, pop: int, match: str, code: str) -> Candidate:
    place = Place(pid, pid.title(), ftype, "JP" if ftype == "city" else None, None, pop,
                  48.0, 40.0, "test", feature_code=code)  # fmt: skip
    return Candidate(place, match)


def test_a_big_town_named_only_by_an_alternate_gives_way_to_the_river() -> None:
    span = spacy.blank("ru")("Уровень воды в низовьях Кура упал .")[4:5]
    river = _cand("kura", "water", 0, "name", "river")
    kept = over_namesakes([_cand("kure", "city", 214_000, "alternate", "PPLA2"), river], [span])
    assert [c.place.place_id for c in kept] == ["kura"]
    # the same town by its own name in the language keeps its place
    kept = over_namesakes([_cand("kure", "city", 214_000, "exonym", "PPLA2"), river], [span])
    assert [c.place.place_id for c in kept] == ["kure", "kura"]
