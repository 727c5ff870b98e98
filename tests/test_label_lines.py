"""Places that label the lines of a list: "- Kupiansk: shelling ...", "- Izium: a drone ..."."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from geomap.extensions import register_extensions
from geomap.nlp.label_lines import label_spans, line_label_places
from tests.blank_geoparse import TinyGazetteer, place

GAZ = TinyGazetteer(
    "geomap.test_label_lines_gazetteer.v1",
    [
        place("1", "Qwertyhiv", "city", "UA", 1_400_000),
        place("2", "Asdfiansk", "city", "UA", 27_000),
        place("3", "Zxcvium", "city", "UA", 45_000),
        place("4", "Harvey", "city", "US", 25_000),
        place("5", "Jordan", "country", "JO", 10_000_000),
    ],
)
NLP = spacy.blank("en")
register_extensions()


def _labels(text: str) -> list[str]:
    return [s.text for s in label_spans(NLP(text))]


def _found(
    text: str, found: tuple[str, ...] = (), people: frozenset[str] = frozenset()
) -> list[str]:
    doc = NLP(text)
    spans = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text in found]
    return [s.text for s in line_label_places(doc, spans, GAZ(), people)]


def test_labels_open_lines_after_a_bullet_or_a_number_and_end_at_a_colon() -> None:
    text = "Report\n\n- Asdfiansk: shelling.\n* New Zxcvium: a drone.\n2) Qwertyhiv: alert."
    assert _labels(text) == ["Asdfiansk", "New Zxcvium", "Qwertyhiv"]
    # a colon inside a line, a lower-case opening and a line without a colon are no labels
    assert _labels("Shelling hit Asdfiansk: two hurt.\nthe town: quiet.\nZxcvium today.") == []


def test_a_list_standing_on_a_big_city_gives_its_other_labels() -> None:
    text = "- Asdfiansk: shelling.\n- Zxcvium: a drone hit a warehouse.\n- Qwertyhiv: alert."
    assert _found(text) == ["Asdfiansk", "Zxcvium", "Qwertyhiv"]
    # a label found by another rule is not given again
    assert _found(text, found=("Qwertyhiv",)) == ["Asdfiansk", "Zxcvium"]


def test_a_list_of_small_towns_only_stands_on_a_label_found_by_another_rule() -> None:
    text = "- Asdfiansk: shelling overnight.\n- Zxcvium: a drone hit a warehouse."
    assert _found(text) == []  # neither is well known
    assert _found(text, found=("Asdfiansk",)) == ["Zxcvium"]


def test_a_list_of_other_labels_gives_nothing() -> None:
    # most labels are no places
    text = "- Qwertyhiv: alert.\n- Menu: soup.\n- Sport: results.\n- Weather: rain."
    assert _found(text) == []
    # a transcript's speakers come back, though two of them are places
    assert _found("HARVEY: Hello.\nJORDAN: Thanks.\nHARVEY: And then?") == []
    # a word of a person's name in the article is no place
    text = "- Qwertyhiv: alert.\n- Harvey: a drone.\n- Zxcvium: quiet."
    assert _found(text, people=frozenset({"Harvey"})) == ["Qwertyhiv", "Zxcvium"]
