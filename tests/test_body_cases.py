"""A Russian body's name told in an oblique case is named in the nominative (spk73).

"Как сообщили в пресс-службе Балтийского флота", "Представитель Балтийского флота
заявил": the source is "пресс-служба Балтийского флота", "Балтийский флот"
(:mod:`geomap.claims.body_cases`). Parses are given as :class:`Word` lists; the
morphology is natasha's vocabulary (pymorphy2), no model.
"""

from __future__ import annotations

from typing import Any

import pytest

from geomap.claims.body_cases import body_nominative
from geomap.claims.local_lexicon import RUSSIAN
from geomap.claims.local_sources import Cue, speaker
from geomap.claims.local_syntax import Word


@pytest.fixture(scope="module")
def vocab() -> Any:
    from natasha import MorphVocab

    return MorphVocab()


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("пресс-службе Балтийского флота", "пресс-служба Балтийского флота"),
        ("Балтийского флота", "Балтийский флот"),
        ("министерстве обороны", "министерство обороны"),
        ("Министерства иностранных дел России", "Министерство иностранных дел России"),
        ("местных властях", "местные власти"),
    ],
)
def test_an_oblique_body_name_is_put_in_the_nominative(
    vocab: Any, written: str, expected: str
) -> None:
    assert body_nominative(written, vocab) == expected


@pytest.mark.parametrize("written", ["МЧС", "Минобороны России", "собеседник агентства"])
def test_an_acronym_or_a_nominative_stays_as_written(vocab: Any, written: str) -> None:
    assert body_nominative(written, vocab) == written


def _words(rows: list[tuple[str, str, str, str, int]]) -> list[Word]:
    out, at = [], 0
    for text, lemma, pos, dep, head in rows:
        out.append(Word(text, lemma, pos, dep, head, at, at + len(text)))
        at += len(text) + 1
    return out


def _source(rows: list[tuple[str, str, str, str, int]], vocab: Any) -> tuple[str, str]:
    words = _words(rows)
    text = " ".join(w.text for w in words)
    verb = next(n for n, w in enumerate(words) if w.pos == "VERB")
    cue = Cue(words[verb].text, words[verb].lemma, words[verb].start, words[verb].end, verb, 1)
    found = speaker(words, 1, cue, text, RUSSIAN, lambda name: body_nominative(name, vocab))
    assert found is not None
    return found.name, text[found.start : found.end]


def test_a_body_said_in_is_named_in_the_nominative(vocab: Any) -> None:
    rows = [
        ("В", "в", "ADP", "case", 1),
        ("министерстве", "министерство", "NOUN", "obl", 3),
        ("обороны", "оборона", "NOUN", "nmod", 1),
        ("заявили", "заявить", "VERB", "root", 3),
    ]  # fmt: skip
    # was "министерстве обороны"; the offsets stay those of the name as written
    assert _source(rows, vocab) == ("министерство обороны", "министерстве обороны")


def test_a_subject_keeps_its_words(vocab: Any) -> None:
    rows = [
        ("Сегодня", "сегодня", "ADV", "advmod", 3),
        ("Министерства", "министерство", "NOUN", "nsubj", 3),  # a plural subject
        ("обороны", "оборона", "NOUN", "nmod", 1),
        ("заявили", "заявить", "VERB", "root", 3),
    ]  # fmt: skip
    assert _source(rows, vocab)[0] == "Министерства обороны"
