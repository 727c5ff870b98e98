"""Guessed nominatives of inflected names (:func:`geomap.gazetteer.lemmas.ending_keys`)."""

from __future__ import annotations

from geomap.gazetteer.lemmas import ending_keys
from geomap.gazetteer.names import normalize_name


def test_russian_genitive_of_a_feminine_in_ya_after_a_vowel() -> None:
    # "выходцы из Гвинеи": Гвинея (the lemmatiser does not know it); the genitive's "-и" was read
    # back only as "-а" and "-ь" ("Гвинеа", "Гвинеь")
    assert normalize_name("Гвинея") in ending_keys("Гвинеи", "ru")
    # the other readings stay: "Ракки" -> "Ракка"
    assert normalize_name("Ракка") in ending_keys("Ракки", "ru")


def test_a_span_cut_inside_a_hyphenated_abbreviation_guesses_without_failing() -> None:
    # "Онежского р-на": the tokenizer may cut "р-на" after its hyphen, so the span "Онежского р-"
    # ends in an empty word; simplemma raised ValueError on it and the whole batch of articles failed
    keys = ending_keys("Онежского р-", "ru")
    assert keys == ending_keys("Онежского р", "ru")
    assert ending_keys("-", "ru") == ()
