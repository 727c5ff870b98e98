"""A Russian body's name told in an oblique case, put in the nominative.

"Как сообщили в пресс-службе Балтийского флота", "По данным пресс-службы Черноморского
флота", "Представитель Балтийского флота заявил", "В Кремле заявили": the body speaks,
but its name stands in the locative or the genitive. A reader (and the speaker's
``name``) wants "пресс-служба Балтийского флота", "Балтийский флот", "Кремль". The head
noun (the first noun of the name) is put in the nominative in its own number, the
adjectives before it agree with it, and what follows it (its genitive dependents:
"обороны", "иностранных дел России") stays as written. Read with pymorphy2 (natasha's
vocabulary) by :func:`geomap.claims.local_sources.speaker`, only for a source that is
not its verb's subject (the parser told its case).
"""

from __future__ import annotations

from typing import Any

#: The oblique cases a body's name is put back from.
OBLIQUE = frozenset({"gent", "datv", "accs", "ablt", "loct"})
#: OpenCorpora's grammemes of number and gender as natasha's ``inflect`` takes them (UD).
_UD = {"sing": "Sing", "plur": "Plur", "masc": "Masc", "femn": "Fem", "neut": "Neut"}


def _head(parses: list[Any]) -> Any | None:
    """The likeliest reading of a word as a common noun in an oblique case, if any."""
    for p in parses:
        grams = p.tag.grammemes
        if p.tag.POS == "NOUN" and p.tag.case in OBLIQUE and not grams & {"Abbr", "Surn"}:
            return p
    return None


def _agreeing(parses: list[Any], case: str) -> Any | None:
    """The likeliest reading of a word as an adjective in ``case``, if any."""
    return next((p for p in parses if p.tag.POS == "ADJF" and p.tag.case == case), None)


def _as_written(word: str, form: str) -> str:
    """``form`` with the capital ``word`` was written with."""
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


def body_nominative(name: str, vocab: Any) -> str:
    """``name`` with its head noun and the adjectives before it in the nominative.

    Parameters
    ----------
    name
        A body's name as written ("пресс-службе Балтийского флота").
    vocab
        natasha's ``MorphVocab`` (a pymorphy2 analyser).

    Returns
    -------
    str
        The name in the nominative ("пресс-служба Балтийского флота"), or ``name`` as
        written when its first words are not adjectives before a noun in an oblique
        case, or a word is an acronym ("МЧС") or cannot be put so.
    """
    words = name.split()
    for n, word in enumerate(words):
        if word.isupper() or not word[:1].isalpha():
            return name
        head = _head(vocab.parse(word))
        if head is None:
            continue
        nominative = head.inflect({"Nom"})
        if nominative is None:
            return name
        out = []
        gender = nominative.tag.gender
        number = nominative.tag.number
        for before in words[:n]:
            adjective = _agreeing(vocab.parse(before), head.tag.case)
            agree = [number] + ([gender] if number == "sing" else [])
            wanted = {"Nom"} | {_UD[g] for g in agree if g in _UD}
            form = adjective.inflect(wanted) if adjective is not None else None
            if form is None:
                return name
            out.append(_as_written(before, form.word))
        out.append(_as_written(word, nominative.word))
        return " ".join([*out, *words[n + 1 :]])
    return name
