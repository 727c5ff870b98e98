"""An organisation entity after a preposition of place may be a big city (issue 18).

natasha calls "в Баня-Луке" an organisation; the Bosnian city of 220,000 is meant.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.extensions import TOPONYMS
from geomap.gazetteer import Gazetteer
from geomap.nlp.local import LocalToponymRecognizer
from geomap.records import Place


def _found(gz: Gazetteer, words: list[str], ent: tuple[int, int]) -> list[str]:
    doc = Doc(spacy.blank("ru").vocab, words=words)
    doc.ents = [Span(doc, ent[0], ent[1], label="ORG")]
    return [s.text for s in LocalToponymRecognizer(gz)(doc).spans[TOPONYMS]]


def test_an_organisation_after_a_preposition_that_is_a_big_citys_name() -> None:
    bl = Place("bl", "Banja Luka", "city", "BA", None, 220_000, 17.19, 44.77, "t", "PPLA")
    gz = Gazetteer.from_places([bl], local_names=[("ru", "Баня-Лука", "bl")])
    assert _found(gz, ["источники", "в", "Баня-Луке", "сообщили"], (2, 3)) == ["Баня-Луке"]
    # no preposition of place: the organisation stays one
    assert _found(gz, ["источники", "Баня-Луке", "сообщили"], (1, 2)) == []
    small = Place("bl", "Banja Luka", "city", "BA", None, 20_000, 17.19, 44.77, "t", "PPLA")
    gz_small = Gazetteer.from_places([small], local_names=[("ru", "Баня-Лука", "bl")])
    assert _found(gz_small, ["источники", "в", "Баня-Луке", "сообщили"], (2, 3)) == []
