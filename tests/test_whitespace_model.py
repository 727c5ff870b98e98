"""Whitespace and invisible characters between and inside names, through the real model.

Hard-wrapped articles, double spaces, tabs, no-break spaces, zero-width and bidi
marks, soft hyphens: the same places are found as in the plain text, and every
offset indexes the article as stored.
"""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomap.claims.collect import claims_from_mentions
from geomap.geoparser import Geoparser
from geomap.model_text import model_text, shown
from geomap.records import Mention
from geomap.settings import Settings

pytestmark = pytest.mark.model

SENTENCE = (
    "Envoys met in New York on Monday after Russian forces shelled Kharkiv, officials in Kyiv said."
)
_GP: list[Geoparser] = []


def _geoparser() -> Geoparser:
    if not _GP:
        _GP.append(Geoparser(Settings()))
    return _GP[0]


def _places(text: str, mentions: list[Mention]) -> list[str]:
    """The places found, after checking every offset against ``text``."""
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert "\n" not in m.sentence
        assert shown(text[m.sentence_start : m.sentence_start + len(m.sentence)]) == m.sentence
        assert m.sentence_start <= m.start and m.end <= m.sentence_start + len(m.sentence)
    return [m.place.name for m in mentions if m.place is not None]


def _plain_places() -> list[str]:
    return _places(SENTENCE, _geoparser().parse("a", SENTENCE))


@pytest.mark.parametrize(
    "variant",
    [
        SENTENCE.replace(" ", "  "),
        SENTENCE.replace(" ", "\u00a0"),
        SENTENCE.replace("New York", "New\u202fYork"),
        SENTENCE.replace("New York", "New\tYork"),
        SENTENCE.replace("Kharkiv", "Khar\u200bkiv"),
        SENTENCE.replace("Kharkiv", "Khar\u00adkiv"),
        SENTENCE.replace("Kyiv", "Ky\u200fiv"),
        SENTENCE.replace("York", "Yo\u200drk"),
        SENTENCE.replace("in New", "in\nNew").replace("York on", "York\non"),
        SENTENCE.replace("Kharkiv", "Khar-\nkiv"),  # cut at a line's end (print, PDFs)
        SENTENCE.replace("Kharkiv", "Kha\u00ad\n  rkiv"),
        "\n\n  " + SENTENCE + " \n",
    ],
)
def test_a_variant_finds_the_plain_texts_places_at_its_own_offsets(variant: str) -> None:
    mentions = _geoparser().parse("v", variant)
    assert _places(variant, mentions) == _plain_places()
    # each mention's surface, read as the model reads it, is the plain text's name
    assert [model_text(m.text).text for m in mentions] == ["New York", "Kharkiv", "Kyiv"]


def test_a_compound_cut_at_its_hyphen_keeps_it_and_a_cut_word_is_whole() -> None:
    text = "Russian-\nbacked forces near the Polish-\nBelarusian border left Zapo-\nrizhzhia."
    doc = _geoparser().make_doc("h", text)
    assert doc.text == (
        "Russian-backed forces near the Polish-Belarusian border left Zaporizhzhia."
    )
    mentions = _geoparser().parse("h", text)
    assert "Zapo-\nrizhzhia" in [m.text for m in mentions if m.place is not None]
    _places(text, mentions)


#: Between any two words.  A line break is not among them: a short first line ending
#: with a capitalised word ("Envoys met in New") may be a headline, and is read as
#: one; hard-wrapped text is tested below.
_SPACES = st.sampled_from([" ", " ", "  ", "   ", "\t", " \t", "\u00a0", "\u202f", "\u2009"])
_MARKS = st.sampled_from(["", "", "", "\u00ad", "\u200b", "\u200e", "\u2060"])


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.data())
def test_random_whitespace_variants_yield_the_same_places(data: st.DataObject) -> None:
    words = SENTENCE.split(" ")
    text = words[0]
    for word in words[1:]:
        cut = data.draw(st.integers(1, max(1, len(word) - 1)))
        word = word[:cut] + data.draw(_MARKS) + word[cut:]
        text += data.draw(_SPACES) + word
    assert _places(text, _geoparser().parse("p", text)) == _plain_places()


_ARTICLE = (
    "Diplomats from a dozen countries gathered on Monday for talks that officials hope "
    "will end the fighting. The delegations arrived in New York after a week of shuttle "
    "diplomacy between the capitals, and a second round is planned in Hong Kong next "
    "month, according to a statement released by the organisers late on Sunday evening. "
    "Aid groups said that conditions near the front had worsened as winter approached."
)


def test_a_hard_wrapped_article_finds_names_split_across_lines() -> None:
    """Wrapped at every width from 40 to 79 columns: some widths cut the names in two."""
    split = 0
    for width in range(40, 80):
        text = "Talks resume\n\n" + "\n".join(textwrap.wrap(_ARTICLE, width)) + "\n"
        split += "New\nYork" in text or "Hong\nKong" in text
        places = _places(text, _geoparser().parse("w", text))
        assert {"New York", "Hong Kong"} <= set(places), (width, places)
    assert split >= 2  # the names were cut at some widths


def test_claims_of_a_wrapped_article_read_on_one_line() -> None:
    text = "\n".join(textwrap.wrap(_ARTICLE, 45))
    claims = claims_from_mentions(_geoparser().parse("c", text))
    assert claims
    for claim in claims:
        assert "\n" not in claim.sentence
        assert shown(text[claim.start : claim.end]) == claim.sentence


def test_other_languages_read_whitespace_variants() -> None:
    texts = {
        "de": "Polen verstärkt die Grenze zu Weißrussland. In Warschau und Vilnius wächst "
        "die Sorge über russische Truppen.",
        "pl": "Wojsko wzmacnia granicę z Białorusią w okolicach Białegostoku. We Lwowie i w "
        "Kijowie słychać było syreny.",
        "ru": "Колонны техники замечены под Харьковом и Белгородом, сообщили в Минске.",
    }
    gp = _geoparser()
    for lang, text in texts.items():
        plain = _places(text, next(gp.parse_many([("x", text)], lang)))
        assert plain, lang
        variant = text.replace(" ", "\u00a0 ").replace("и Бел", "и\nБел").replace("w\n", "w ")
        variant = variant.replace("Warschau", "War\u00adschau").replace("Lwowie", "Lwo\u200bwie")
        assert _places(variant, next(gp.parse_many([("y", variant)], lang))) == plain, lang
