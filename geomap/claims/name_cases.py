"""A Russian person's name in the nominative, for one speaker entity whatever its case.

"По словам губернатора Вячеслава Гладкова" names the speaker in the genitive, "Вячеслав
Гладков заявил" in the nominative: the same person, one entity
(:func:`geomap.claims.local_sources.with_entity`). :func:`nominative` reads every word
of the name with pymorphy2 (natasha's morphological vocabulary, shipped in its wheel),
takes the one case and gender all the words can share, with at least one word read as
a first name, patronymic or surname, and puts each word in the nominative. A name it
cannot read so, or already in the nominative, is returned as written; an indeclinable
surname ("Шойгу") stays as it is, and so does a name whose declinable first name is
written in the nominative beside an indeclinable surname ("Майя Санду", not "Майя
Санда": :func:`_fixed_misread`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: Grammemes of a person's name in OpenCorpora's tag set.
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
#: The oblique cases a name is put back from.
OBLIQUE = ("gent", "datv", "accs", "ablt", "loct")
#: Genders a person's name agrees in.
GENDERS = ("masc", "femn")


def _reading(parses: Sequence[Any], case: str, gender: str) -> Any | None:
    """The likeliest reading of one word in ``case`` and ``gender`` (or indeclinable)."""
    for p in parses:
        grams = p.tag.grammemes
        if p.tag.POS not in {"NOUN", "ADJF"} or "plur" in grams:
            continue
        if "Fixd" in grams or (p.tag.case == case and p.tag.gender in {gender, "ms-f"}):
            return p
    return None


def _agreeing(parses: Sequence[Sequence[Any]], case: str, gender: str) -> tuple[float, list[Any]]:
    """Each word's reading in ``case`` and ``gender`` and their joint score (0 if one lacks)."""
    reading = [_reading(ps, case, gender) for ps in parses]
    found = [r for r in reading if r is not None]
    if len(found) < len(reading):
        return 0.0, []
    score = 1.0
    for r in found:
        score *= r.score
    return score, found


def _fixed_misread(parses: Sequence[Sequence[Any]], reading: Sequence[Any]) -> bool:
    """Whether a word read as indeclinable is a declinable name in the nominative as written.

    "Майя Санду": pymorphy2 reads "Майя" as an indeclinable (``Fixd``) word of any case as
    well as the first name in the nominative, and "Санду" as the accusative of the first
    name "Санда"; the two readings agree in the accusative, but a first name, patronymic
    or surname that declines and is written in its nominative tells the name is in the
    nominative, its indeclinable surname too ("Санду", "Шойгу" do not decline).
    """
    for ps, r in zip(parses, reading, strict=True):
        if "Fixd" not in r.tag.grammemes:
            continue
        if any(
            p.tag.case == "nomn"
            and "Fixd" not in p.tag.grammemes
            and "plur" not in p.tag.grammemes
            and NAME_GRAMMEMES & p.tag.grammemes
            for p in ps
        ):
            return True
    return False


def _second_first_name(reading: Sequence[Any]) -> int | None:
    """The index of a name's last word read as a second first name, kept as written.

    "Майю Санду": "Санду" reads as the accusative of the first name "Санда", but a name
    that opens with a first name ends with a surname; a last word read only as a first
    name in the accusative in -у/-ю is an indeclinable surname ("Санду", not "Санда").
    """
    if len(reading) < 2:
        return None
    first, last = reading[0].tag.grammemes, reading[-1].tag.grammemes
    if "Name" not in first or "Name" not in last or {"Surn", "Patr"} & last:
        return None
    # only the accusative in -у/-ю of a first name in -а/-я, which an indeclinable
    # surname spells ("Санду", "Кирю"); "Анны Марии" keeps declining
    word = reading[-1].word
    return len(reading) - 1 if reading[-1].tag.case == "accs" and word[-1:] in "ую" else None


def nominative(name: str, vocab: Any) -> str:
    """``name`` with each word in the nominative, or ``name`` when it cannot say.

    Parameters
    ----------
    name
        A person's name as written ("Вячеслава Гладкова").
    vocab
        natasha's ``MorphVocab`` (a pymorphy2 analyser).

    Returns
    -------
    str
        The name in the nominative ("Вячеслав Гладков").
    """
    words = name.split()
    if not words or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return name
    parses = [vocab.parse(w) for w in words]
    best: tuple[float, list[Any]] = (0.0, [])
    for case in OBLIQUE:
        for gender in GENDERS:
            score, reading = _agreeing(parses, case, gender)
            if score <= best[0] or _fixed_misread(parses, reading):
                continue
            if any(NAME_GRAMMEMES & r.tag.grammemes for r in reading):
                best = (score, reading)
    as_written = max(_agreeing(parses, "nomn", gender)[0] for gender in GENDERS)
    if not best[1] or as_written >= best[0]:
        return name
    out = []
    kept = _second_first_name(best[1])
    for n, (word, r) in enumerate(zip(words, best[1], strict=True)):
        if "Fixd" in r.tag.grammemes or n == kept:
            out.append(word)
            continue
        form = r.inflect({"Nom"})
        if form is None:
            return name
        out.append(form.word[:1].upper() + form.word[1:])
    return " ".join(out)


def oblique_nominatives(name: str, vocab: Any) -> set[str]:
    """Every nominative ``name`` can stand for when read in an oblique case.

    "Гладкова" is a woman's surname in the nominative as likely as a man's in the
    genitive (:func:`nominative` keeps it as written); "По словам Гладкова" after
    "Вячеслав Гладков" in the same article is his: the article's fuller name decides
    between the readings (:func:`geomap.claims.local_sources.with_entity`).
    """
    words = name.split()
    if not words or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return set()
    parses = [vocab.parse(w) for w in words]
    out: set[str] = set()
    for case in OBLIQUE:
        for gender in GENDERS:
            score, reading = _agreeing(parses, case, gender)
            if not score or not any(NAME_GRAMMEMES & r.tag.grammemes for r in reading):
                continue
            if _fixed_misread(parses, reading):
                continue  # "Майя Санду": a nominative, no oblique reading
            kept = _second_first_name(reading)
            forms = [
                None if "Fixd" in r.tag.grammemes or n == kept else r.inflect({"Nom"})
                for n, r in enumerate(reading)
            ]
            if all(f is not None or "Fixd" in r.tag.grammemes or n == kept
                   for n, (f, r) in enumerate(zip(forms, reading, strict=True))):  # fmt: skip
                out.add(" ".join(
                    w if f is None else f.word[:1].upper() + f.word[1:]
                    for w, f in zip(words, forms, strict=True)
                ))  # fmt: skip
    return out


def is_name(name: str, vocab: Any) -> bool:
    """Whether every word of ``name`` is capitalised and reads as a person's name.

    Each word has a reading as a first name, patronymic or surname in the nominative
    ("Лавров", "Мария Захарова"); "Прибалтика" or "Кремль" do not.
    """
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return all(
        any(p.tag.case == "nomn" and NAME_GRAMMEMES & p.tag.grammemes for p in vocab.parse(w))
        for w in words
    )
