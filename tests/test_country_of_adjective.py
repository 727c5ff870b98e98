"""One reading of a country's adjective for every caller (issue 12, branch sty71).

:func:`geomap.nlp.country_of_adjective.adjective_countries_of` reads a word by its
language's rule; the revision by a sentence's adjective
(:func:`geomap.nlp.country_adjectives.adjective_of`) and the countries a Russian or
Ukrainian article names (:func:`geomap.nlp.named_countries.adjective_country`) get the
same answer. Before, each had its own reading and each missed what the other read.
"""

from __future__ import annotations

from functools import cache

import pytest
import spacy

from geomap.gazetteer import Gazetteer
from geomap.nlp.country_adjectives import adjective_of
from geomap.nlp.country_of_adjective import RULES, adjective_countries_of
from geomap.nlp.named_countries import adjective_country
from geomap.records import Place


def _country(pid: str, name: str, cc: str) -> Place:
    return Place(pid, name, "country", cc, None, 1_000_000, 20.0, 50.0, "t", "PCLI")


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.from_places(
        [_country("by", "Belarus", "BY"), _country("pl", "Poland", "PL")],
        local_names=[
            ("ru", "Белоруссия", "by"),
            ("uk", "Польща", "pl"),
            ("de", "Belarus", "by"),
        ],
        demonyms={"Belarusian": "by"},
    )


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        # the stem begins the name ("belorus" of "Belorussiia"): read by its ending only
        ("ru", "белорусский", "BY"),
        # at the start of a sentence: a Russian adjective is capitalised there
        ("ru", "Белорусский", "BY"),
        # "пол-" is too short a stem to begin a name: read by the name's ending, "Польща"
        ("uk", "польського", "PL"),
        ("de", "belarussischen", "BY"),
        ("en", "Belarusian", "BY"),
    ],
)
def test_every_caller_reads_an_adjective_the_same(lang: str, text: str, country: str) -> None:
    gz = _gazetteer()
    token = spacy.blank(lang)(text)[0]
    assert adjective_countries_of(gz, token, lang) == {country}
    assert adjective_of(token, country, gz, lang)
    if lang in ("ru", "uk"):
        assert adjective_country(gz, token) == {country}


def test_a_word_without_its_languages_adjective_shape_names_no_country() -> None:
    gz = _gazetteer()
    for lang, text in [("de", "Belarussische"), ("de", "Belarus"), ("ru", "Белоруссия")]:
        assert adjective_countries_of(gz, spacy.blank(lang)(text)[0], lang) == frozenset()
    assert adjective_countries_of(gz, spacy.blank("it")("bielorusso")[0], "it") == frozenset()
    assert "it" not in RULES
