"""A town after a noun of an attack, with no preposition ("Обстрел Купянска", "Обстрел: Купянск").

War posts name the town an attack struck by the noun and the town's genitive,
no preposition between ("Обстрел Купянска продолжается", "штурм Часового Яру",
"ostrzał Chersonia"), or as a headline, the noun, a colon and the town
("Обстрел: Купянск.", "Beschuss: Cherson."). Such a noun supports a town as a
preposition of place does (:func:`geomap.nlp.local_context.locative`), as English
reads "strikes on" (:func:`geomap.nlp.town_actions.attacked`).
"""

from __future__ import annotations

from spacy.tokens import Token

from geomap.nlp.local_context import previous_word

#: Beginnings of the nouns of an attack, a battle's outcome or an explosion (lower case).
ATTACK_NOUNS: dict[str, tuple[str, ...]] = {
    "ru": ("обстрел", "штурм", "освобождени", "окружени", "бомбардировк", "захват",
           "взрыв", "зачистк", "эвакуаци"),
    "uk": ("обстріл", "штурм", "звільнен", "оточен", "бомбардуван", "захоплен",
           "вибух", "евакуаці"),
    "pl": ("ostrzał", "ostrzelani", "szturm", "wyzwoleni", "okrążeni", "bombardowani",
           "zdobyci", "eksplozj", "wybuch", "ewakuacj"),
    "de": ("beschuss", "angriff", "einnahme", "eroberung", "befreiung", "bombardierung",
           "explosion", "evakuierung"),
    "fr": ("bombardement", "frappe", "attaque", "assaut", "explosion", "évacuation"),
}  # fmt: skip
#: Languages whose genitive needs no preposition: the noun may stand right before the town.
_GENITIVE = frozenset({"ru", "uk", "pl"})


def _attack_noun(tok: Token, lang: str) -> bool:
    return tok.is_alpha and tok.lower_.startswith(ATTACK_NOUNS.get(lang, ()))


def after_attack_noun(tok: Token, lang: str) -> bool:
    """Whether a noun of an attack governs ``tok`` ("Обстрел Купянска", "Обстрел: Купянск")."""
    prev = previous_word(tok)
    if prev is None:
        return False
    if prev.text == ":":
        noun = previous_word(prev)
        return noun is not None and _attack_noun(noun, lang)
    return lang in _GENITIVE and _attack_noun(prev, lang)
