"""A place natasha reads as a lone surname: "по Оби", "от Новозыбкова до Валуек".

natasha's news NER tags many a place's oblique case as a person when it does not know
the name ("На Лене у Олёкминска", "горняки Каламы и Антофагасты", "Премьер Тонги"),
and the local recogniser (:mod:`geomap.nlp.local`) then skips those words. A person in
news is introduced by a given name and a surname ("Дмитрий Песков ... по словам
Пескова"), so a one-word person whose surname no longer person entity of the article
carries is rarely a person. Such a word after a preposition of place ("по Оби", "от
Новозыбкова"; not "у", which also makes a person's possessive) is judged by the context
rules the recogniser applies to any other capitalised word
(:func:`geomap.nlp.local_accept.acceptable`); without one ("Сказал Оби вчера") it stays a
person, as a surname the article gives with a name does ("у Лаврова" after "Сергей
Лавров").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from geomap.nlp.local_accept import acceptable
from geomap.nlp.local_context import locative
from geomap.nlp.local_position import quoted

#: Languages whose person entities come from natasha (a place's case read as a surname).
LONE_PERSON_LANGUAGES = frozenset({"ru"})
#: Letters a surname and its case form share at least ("Пескова": "Песков").
STEM_LETTERS = 4
#: Letters a case ending may add or replace ("Лаврову", "Лавровым").
ENDING_LETTERS = 2
#: Person labels of the models.
PERSON_LABELS = frozenset({"PER", "PERSON"})
#: Prepositions of place that also make a person's possessive ("у Лаврова есть …"): a
#: lone person after one is left to the model (a town there needs other evidence:
#: a country the article names, a list's other members).
POSSESSIVE = frozenset({"у"})


def _stem(word: str) -> str:
    word = word.lower()
    return word[: max(STEM_LETTERS, len(word) - ENDING_LETTERS)]


def named_surnames(doc: Doc) -> frozenset[str]:
    """The stems of the words of every person entity of two or more words in ``doc``."""
    return frozenset(
        _stem(tok.text)
        for ent in doc.ents
        if ent.label_ in PERSON_LABELS and len(ent) > 1
        for tok in ent
        if tok.is_alpha
    )


def _same_surname(word: str, stems: frozenset[str]) -> bool:
    mine = _stem(word)
    return any(mine.startswith(s) or s.startswith(mine) for s in stems)


def lone_person_place(
    gazetteer: Any, ent: Span, lang: str, surnames: frozenset[str] | None = None
) -> bool:
    """Whether a one-word person entity is a place by its context (module docstring).

    Parameters
    ----------
    gazetteer
        The gazetteer whose names in ``lang`` are matched.
    ent
        The model's entity.
    lang
        The document's language code.
    surnames
        :func:`named_surnames` of the document (computed when not given).
    """
    if lang not in LONE_PERSON_LANGUAGES or ent.label_ not in PERSON_LABELS or len(ent) != 1:
        return False
    tok = ent[0]
    if not tok.is_alpha or not tok.is_title or quoted(ent) or not locative(tok, lang):
        return False  # "Сказал Оби вчера": no preposition of place, the model's person
    if tok.i and tok.doc[tok.i - 1].lower_ in POSSESSIVE:
        return False  # "у Кагула низкая вода": also "Kagul has", a person's; the model's
    if surnames is None:
        surnames = named_surnames(ent.doc)
    if _same_surname(tok.text, surnames):
        return False  # "у Лаврова" after "Сергей Лавров": the person
    return acceptable(gazetteer, ent, lang)
