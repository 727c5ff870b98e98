"""One-word names an article uses for a person, not a place.

The small model tags a person's name GPE now and then, and a name taken once as a
place is repeated everywhere else (:func:`geomap.nlp.repeats.repeats`); a surname that
is also a town of the gazetteer comes in through the scan. :func:`people` reads two
signs that an article's one-word name is a person's:

* a surname: the last word of a multi-word PERSON entity ("Ashley Sutton" ...
  "Sutton's closest rival") that the model never tags GPE or LOC on its own;
* a speaker: the subject of a verb of saying in two sentences or more ("said Noma",
  "Noma said"), when it names no city of 100,000 or more (cities speak for their
  governments: "Moscow said");
* a relative or an age: a name right after a word of kinship ("his brother Tyler",
  "girlfriend Olivia") or followed by an age between commas ("Barry Smith, 80, and
  Beryl, 81, met"), counted with the surnames (:func:`relatives`);
* a nickname: the one word after "known as" following a person's full name and a
  comma ("Mohamed Hamdan Dagalo, known as Hemedti": :func:`nicknames`), counted with
  the surnames too.

Such a name is no toponym anywhere in the article (:func:`without_people`) unless it
names a country, an admin-1 unit, a region or a continent ("Chad", "Georgia" and
"Jordan" tagged PERSON are still read by their context, :mod:`geomap.nlp.known`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
from spacy.attrs import IS_ALPHA, IS_TITLE, LEMMA, LOWER, POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Span

from geomap.docarrays import among, indices, word_hash, word_hashes
from geomap.nlp.repeats import big_place_name
from geomap.nlp.vocab import BIG_CITY, SINGLE_WORD_TYPES, SPEECH_LEMMAS
from geomap.records import Place

PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Sentences in which a name must speak to be taken for a person.
MIN_SPEECHES = 2


def people(doc: Doc, gazetteer: Any = None) -> tuple[frozenset[str], frozenset[str]]:
    """The surnames and the speakers of ``doc`` (module docstring), by their text.

    With a ``gazetteer``, a PERSON entity whose whole text is a big place's own name
    ("Nuevo Laredo") gives no surname (:func:`geomap.nlp.repeats.big_place_name`).
    """
    surnames: set[str] = set()
    places: set[str] = set()
    for ent in doc.ents:
        if (
            ent.label_ == "PERSON"
            and len(ent) > 1
            and ent[-1].is_title
            and not (gazetteer is not None and big_place_name(gazetteer, ent.text))
        ):
            surnames.add(ent[-1].text)
        elif ent.label_ in PLACE_LABELS and len(ent) == 1:
            places.add(ent.text)
    speeches: Counter[str] = Counter()
    for i in _said(doc):
        for child in doc[i].children:
            if child.dep_ == "nsubj" and child.pos_ == "PROPN" and child.is_title:
                speeches[child.text] += 1
    speakers = frozenset(n for n, k in speeches.items() if k >= MIN_SPEECHES)
    return frozenset(surnames - places) | relatives(doc) | nicknames(doc), speakers


#: Words of kinship a person's first name follows ("his brother Tyler").
KIN_WORDS = frozenset(
    """
    brother sister son daughter wife husband mother father girlfriend boyfriend fiance
    fiancé fiancee fiancée widow widower grandson granddaughter grandmother grandfather
    nephew niece cousin uncle aunt stepson stepdaughter stepfather stepmother
    """.split()  # noqa: SIM905
)
#: Largest number read as a person's age after a name ("Beryl, 81,").
MAX_AGE = 120


def _age(doc: Doc, i: int) -> bool:
    """Whether tokens ``i``.. read ", 81," (an age between commas or before "and")."""
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    num, after = doc[i + 1].text, doc[i + 2]
    return (
        num.isdigit()
        and len(num) <= 3
        and int(num) <= MAX_AGE
        and (after.text in {",", ";", ")"} or after.lower_ == "and")
    )


#: Hashes of the words these passes look for (spaCy's, as ``Doc.to_array`` gives them).
_SPEECH_HASHES = word_hashes(SPEECH_LEMMAS)
_KIN_HASHES = word_hashes(KIN_WORDS)
_COMMA = word_hash(",")


def _said(doc: Doc) -> list[int]:
    """Indices of the verbs of saying (:data:`SPEECH_LEMMAS` tagged VERB), in one pass."""
    if not len(doc):
        return []
    rows = doc.to_array([LEMMA, POS])
    return indices(among(rows[:, 0], _SPEECH_HASHES) & (rows[:, 1] == VERB))


def _relative_candidates(doc: Doc) -> list[int]:
    """Capitalised words after a word of kinship or before a comma: all :func:`relatives` reads."""
    if not len(doc):
        return []
    rows = doc.to_array([IS_TITLE, IS_ALPHA, LOWER])
    lower = rows[:, 2]
    after_kin = np.zeros(len(doc), dtype=bool)
    after_kin[1:] = among(lower[:-1], _KIN_HASHES)
    before_comma = np.zeros(len(doc), dtype=bool)
    before_comma[:-1] = lower[1:] == _COMMA
    return indices((rows[:, 0] == 1) & (rows[:, 1] == 1) & (after_kin | before_comma))


def relatives(doc: Doc) -> frozenset[str]:
    """Capitalised words named as someone's relative or with an age (module docstring).

    The word after a word of kinship (:data:`KIN_WORDS`), and a word followed by an
    age between commas ("Beryl, 81,"), unless the word before it is capitalised too
    (its first name carries the surname sign).
    """
    out: set[str] = set()
    for i in _relative_candidates(doc):
        tok = doc[i]
        prev = doc[tok.i - 1] if tok.i > 0 else None
        kin = prev is not None and prev.lower_ in KIN_WORDS
        aged = _age(doc, tok.i + 1) and (prev is None or not prev.is_title)
        if kin or aged:
            out.add(tok.text)
    return frozenset(out)


#: Words that introduce a person's other name after their full name and a comma.
NICKNAME_OPENERS = (("known", "as"), ("also", "known", "as"), ("better", "known", "as"))
NICKNAME_WORDS = frozenset({"nicknamed", "dubbed"})


def nicknames(doc: Doc) -> frozenset[str]:
    """One-word names given to a person right after their full name ("X Y, known as Z").

    "Mohamed Hamdan Dagalo, known as Hemedti" (with "Hemedti" tagged GPE): the word
    after "known as", "also known as", "nicknamed" or "dubbed" that follows a PERSON
    entity of two words or more and a comma is that person's other name.
    """
    out: set[str] = set()
    n = len(doc)
    for ent in doc.ents:
        i = ent.end
        if ent.label_ != "PERSON" or len(ent) < 2 or i + 2 >= n or doc[i].text != ",":
            continue
        i += 1
        words = next(
            (w for w in NICKNAME_OPENERS if [t.lower_ for t in doc[i : i + len(w)]] == list(w)),
            (doc[i].lower_,) if doc[i].lower_ in NICKNAME_WORDS else None,
        )
        if words is None or i + len(words) >= n:
            continue
        name = doc[i + len(words)]
        if (
            name.is_title
            and name.is_alpha
            and (i + len(words) + 1 >= n or not doc[i + len(words) + 1].is_title)
        ):
            out.add(name.text)
    return frozenset(out)


def without_people(spans: Sequence[Span], gazetteer: Any) -> list[Span]:
    """``spans`` less the one-word names :func:`people` finds (module docstring)."""
    if not spans:
        return list(spans)
    surnames, speakers = people(spans[0].doc, gazetteer)
    if not surnames and not speakers:
        return list(spans)
    out: list[Span] = []
    for s in spans:
        if len(s) == 1 and not isinstance(s._.hint, Place) and s.text in surnames | speakers:
            own = [c.place for c in gazetteer.candidates(s.text) if c.match in {"name", "alias"}]
            if not any(p.feature_type in SINGLE_WORD_TYPES for p in own) and (
                s.text in surnames
                or not any(p.feature_type == "city" and p.population >= BIG_CITY for p in own)
            ):
                continue
        out.append(s)
    return out
