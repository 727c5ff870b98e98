"""A text's letters by script, counted once per distinct character, as letter by letter."""

from __future__ import annotations

import random
import unicodedata

from geomap.letter_scripts import ScriptCounts, letter_script, script_counts
from geomap.text import is_cyrillic

SAMPLES = (
    "Officials in Kyiv said the talks in Genève would resume.",
    "Минобороны России заявило, что в Белгороде сбит беспилотник. Officials denied it.",
    "Łódź, Kraków i Gdańsk: protesty rolników trwają. Київ, Їжакевич, ґанок.",
    "北京 said 東京 — القاهرة, Αθήνα, मुंबई; 12,345 (2024) … ‘quotes’ «ёлка» ß ǅ ﬁ",
    "",
    "1234 !!! \n\t —",
)


def _letter_by_letter(text: str) -> ScriptCounts:
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)
    return ScriptCounts(len(letters), latin, sum(is_cyrillic(ch) for ch in letters))


def test_counts_equal_a_letter_by_letter_count() -> None:
    rng = random.Random(7)
    pool = "".join(SAMPLES)
    texts = [*SAMPLES, *("".join(rng.choices(pool, k=rng.randrange(80))) for _ in range(200))]
    for text in texts:
        assert script_counts(text) == _letter_by_letter(text), text
        assert script_counts(list(text)) == script_counts(text)


def test_each_letter_has_one_script() -> None:
    assert [letter_script(ch) for ch in "aéŁжЇ中ا"] == [
        "latin", "latin", "latin", "cyrillic", "cyrillic", "other", "other",
    ]  # fmt: skip


def test_mixed_and_mostly() -> None:
    english = script_counts("Officials in Warsaw said on Monday that talks would resume.")
    assert not english.mixed and not english.mostly_cyrillic and not english.mostly_other
    quote = script_counts("Officials said: «Минобороны России заявило, что сбит беспилотник».")
    assert quote.mixed and quote.mostly_cyrillic and not quote.mostly_other
    assert script_counts("北京 東京 上海 said").mostly_other
    assert not script_counts("Київ" + "a" * 100).mixed  # under a tenth Cyrillic
    assert script_counts("abcdefghiжзий").mixed and not script_counts("a" * 50 + "ж").mixed
    # the one test of mixed scripts: language_bulk.mixed_scripts, used by tests only, is gone
    import geomap.language_bulk

    assert not hasattr(geomap.language_bulk, "mixed_scripts")
