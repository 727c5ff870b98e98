"""A word a headline's style capitalises is no place unless the body says so (rev46).

"Grain corridor talks resume" mapped Grain (a village in Kent) and "Police Say Bath
Attack Was Planned" mapped Bath: a title-case headline capitalises every word, a
sentence-case one its first.  The texts go through :func:`geomap.model_text.model_text`
as an article's do (its line breaks are what tells a headline line).
"""

from __future__ import annotations

from spacy.language import Language

from geomap.model_text import model_text
from geomap.nlp.headline_case import common_word, headline_lines
from tests.blank_geoparse import TinyGazetteer, line_toponyms, place

GAZ = TinyGazetteer(
    "geomap.test_headline_case_gazetteer.v1",
    [
        place("1", "Grain", "city", "GB", 1_648),
        place("2", "Bath", "city", "GB", 101_557),
        place("3", "Turkey", "country", "TR", 85_000_000),
        place("4", "Izmir", "city", "TR", 2_500_000),
        place("5", "Odesa", "city", "UA", 1_000_000),
    ],
)


def _nlp() -> Language:
    return GAZ.nlp([(n, "GPE") for n in ("Grain", "Bath", "Turkey", "Izmir", "Odesa")])


def _toponyms(text: str) -> list[str]:
    return line_toponyms(_nlp(), text)


def test_a_sentence_case_headlines_first_common_word_is_no_place() -> None:
    text = "Grain corridor talks resume\n\nShips left Odesa on Tuesday.\n"
    assert _toponyms(text) == ["Odesa"]


def test_a_title_case_headlines_common_words_are_no_places() -> None:
    text = "Police Say Bath Attack Was Planned\n\nDetectives said the attack was planned.\n"
    assert _toponyms(text) == []


def test_the_body_naming_it_keeps_it() -> None:
    text = "Police Say Bath Attack Was Planned\n\nDetectives in Bath said it was planned.\n"
    assert _toponyms(text) == ["Bath", "Bath"]


def test_a_name_that_is_no_common_word_or_a_country_stays() -> None:
    assert _toponyms("Earthquake Shakes Izmir\n\nBuildings fell.\n") == ["Izmir"]
    assert _toponyms("Turkey Bans Protest\n\nOfficials said so.\n") == ["Turkey"]


def test_the_same_word_inside_a_sentence_stays() -> None:
    # no headline line: a paragraph of prose, ended by a full stop
    assert _toponyms("Officials said grain left Bath on Tuesday.\n") == ["Bath"]
    assert _toponyms("Talks on shipments resumed in Bath\n\nOfficials said so.\n") == ["Bath"]


def test_a_line_of_wrapped_prose_is_no_headline() -> None:
    read = model_text("Grain prices rose\nacross the region on Tuesday.\n")
    doc = _nlp().make_doc(read.text)
    doc._.line_breaks = read.breaks
    assert headline_lines(doc) == []


def test_common_words_are_told_by_their_inflected_forms() -> None:
    assert common_word("grain") and common_word("bath")
    assert not common_word("izmir") and not common_word("odesa")
