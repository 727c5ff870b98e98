"""A short post the detector leaves unsure is routed by the names it writes (issue 18)."""

from __future__ import annotations

import spacy

from geomap.gazetteer.names import normalize_name
from geomap.geoparser import Geoparser
from geomap.name_languages import language_of_names


class _Names:
    """A gazetteer stand-in: names by language, and the entries' own names."""

    def __init__(self, local: dict[str, set[str]], main: set[str]) -> None:
        self.local = local
        self.main = main

    def local_name(self, word: str, lang: str) -> bool:
        return normalize_name(word) in self.local.get(lang, set())

    def main_name(self, word: str) -> bool:
        return normalize_name(word) in self.main


GAZ = _Names(
    {"pl": {"brelovsk", "zuvin"}, "de": {"zuwien", "zuvin"}, "fr": set()},
    main={"brelovsk", "paris"},
)


def test_a_name_in_one_languages_own_form_routes_a_short_text() -> None:
    # the Polish letter of a name every language writes "Brelovsk" otherwise
    assert language_of_names("Ostrzał: Brelovśk.", GAZ, "pl") == "pl"
    # a German form no entry has as its own name
    assert language_of_names("Beschuss: Zuwien.", GAZ, "de") == "de"


def test_english_stays_english() -> None:
    # the detector's guess must be the names' language
    assert language_of_names("Explosion in Zuwien.", GAZ, "en") is None
    # a name everyone writes so, and a name of two languages, say none
    assert language_of_names("Shelling: Brelovsk.", GAZ, "pl") is None
    assert language_of_names("Beschuss: Zuvin.", GAZ, "de") is None
    # a text long enough is the detector's, a Cyrillic one its script's
    long = "Beschuss: Zuwien, und die Stadt meldet heute wieder Schäden."
    assert language_of_names(long, GAZ, "de") is None
    assert language_of_names("Обстрел: Зувин.", GAZ, "ru") is None


def test_the_route_of_an_unsure_short_text() -> None:
    gp = Geoparser(nlp=spacy.blank("en"))
    gp.gazetteer = lambda: GAZ  # type: ignore[method-assign]
    assert gp.route_text("Ostrzał: Brelovśk.") == "pl"
    assert gp.route_text("Shelling: Brelovsk.") == "en"
