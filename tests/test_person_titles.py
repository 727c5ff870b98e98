"""A name after a word of address is a person's, not a town's (user63: "pan Stanisław")."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from geomap.nlp.person_titles import after_title, outside_person_titles


def _span(lang: str, text: str, name: str) -> Span:
    doc = spacy.blank(lang)(text)
    start = next(t.i for t in doc if t.text == name)
    return doc[start : start + 1]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("pl", "Obiekt znaleźli mieszkańcy, opowiada pan Stanisław, sołtys wsi.", "Stanisław"),
        ("pl", "Rozmawialiśmy z panią Warszawą.", "Warszawą"),
        ("uk", "Про це розповів пан Стрий.", "Стрий"),
        ("ru", "Об этом сообщил господин Орёл.", "Орёл"),
        ("de", "Das sagte Herr Weimar am Montag.", "Weimar"),
        ("fr", "A affirmé M. Nancy, le maire.", "Nancy"),
    ],
)
def test_a_name_after_a_word_of_address_is_left_out(lang: str, text: str, name: str) -> None:
    span = _span(lang, text, name)
    assert after_title(span)
    assert outside_person_titles([span]) == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("pl", "Wojewoda powiedział w Lublinie, że sprawa jest badana.", "Lublinie"),
        ("de", "Die Frau fuhr nach Weimar.", "Weimar"),
        ("fr", "Le maire de Nancy a parlé.", "Nancy"),
        ("en", "Mr Washington said.", "Washington"),  # English has its own pipeline
    ],
)
def test_a_place_after_other_words_is_kept(lang: str, text: str, name: str) -> None:
    span = _span(lang, text, name)
    assert not after_title(span)
    assert outside_person_titles([span]) == [span]
