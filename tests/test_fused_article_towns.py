"""French articles before names: "au Lamentin" is the town so named, "le Nord" a department."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from geomap.nlp.candidates import name_candidates
from tests.blank_geoparse import TinyGazetteer, place

_GAZ = TinyGazetteer(
    "geomap.test_fused_article_towns_gazetteer.v1",
    [
        place("gp", "Lamentol", "city", "GP", 15_000, "PPL"),
        place("mq", "Le Lamentol", "city", "MQ", 40_000, "PPL"),
        place("rv", "Lamentol", "water", "", 0, "STM"),
        place("fr", "Nordo", "admin2", "FR", 2_500_000, "ADM2"),
        place("ht", "Nordo", "admin1", "HT", 260_000, "ADM1"),
        place("de", "Nordo", "admin2", "DE", 300_000, "ADM2"),
        place("vi", "Nordo", "city", "FR", 3_000, "PPL"),
    ],
)


@cache
def _french() -> Language:
    return spacy.blank("fr")


def _ids(text: str, name: str = "Lamentol") -> list[str]:
    doc = _french()(text)
    spans = [doc.char_span(i, i + len(name)) for i in _starts(text, name)]
    return [c.place.place_id for c in name_candidates(_GAZ(), [s for s in spans if s])]


def _starts(text: str, name: str) -> list[int]:
    out, at = [], text.find(name)
    while at >= 0:
        out.append(at)
        at = text.find(name, at + 1)
    return out


def test_after_au_only_the_town_named_with_its_article_stays() -> None:
    ids = _ids("Le ministre est attendu au Lamentol samedi .")
    assert "mq" in ids and "gp" not in ids
    assert "rv" in ids  # no town: the article may be a river's


def test_a_mention_without_the_article_keeps_every_town() -> None:
    ids = _ids("Le ministre est attendu au Lamentol puis à Lamentol .")
    assert {"mq", "gp"} <= set(ids)


def test_after_an_article_a_french_department_stays_and_no_town() -> None:
    ids = _ids("Les inondations dans le Nordo inquiètent .", "Nordo")
    assert "fr" in ids and "ht" in ids  # French writes its departments with the article
    assert "vi" not in ids  # a town takes none
    assert "de" not in ids  # a German district is named with none
