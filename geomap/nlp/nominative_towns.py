"""A town's own nominative name with no preposition before it, in Russian and Ukrainian.

"Купянск снова под обстрелом", "Куп'янськ знову під обстрілом", a one-word lead
"Ізюм.": a town named as a sentence's subject takes no preposition, and natasha tags
an unknown capitalised word as a person ("Купянск" PER).  Such a word is a town when:

* it is written as its own lemma (the lemmatiser knows no other word for it: not an
  inflected common word, "Вечером", nor a common noun, Russian "Изюм": raisins) and is
  a name the gazetteer holds as written ("Купянска" is only a guessed nominative's form);
* a town of :data:`~geomap.gazetteer.guess_rules.GUESS_TOWN` people where Cyrillic is
  written bears that name (:func:`~geomap.gazetteer.guess_rules.written_in_cyrillic`);
* it stands beside no other capitalised word (a person's name, an organisation's);
* it has no surname's ending (:data:`SURNAME_ENDINGS`: "сказал Синегубов").

A one-word sentence ("Ізюм.", a channel's bold lead) names a town of that kind however
the lemmatiser reads it (:func:`label_line`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from geomap.gazetteer.guess_rules import GUESS_TOWN, written_in_cyrillic
from geomap.gazetteer.lemmas import word_lemma
from geomap.nlp.local_kinds import MID_CITY
from geomap.nlp.local_position import in_name_run
from geomap.records import Candidate

#: Languages whose subjects' town names this module reads.
NOMINATIVE_LANGUAGES = frozenset({"ru", "uk"})
#: Endings of East Slavic surnames (possessive -ov/-ev/-in, -sky/-tsky adjectives, Ukrainian
#: -enko/-uk/-yuk, patronymic -ich): a word so ending alone is read as a person, as before.
SURNAME_ENDINGS: tuple[str, ...] = (
    "ов", "ев", "ёв", "єв", "ин", "ын", "ський", "цький", "ский", "цкий", "ская", "ська",
    "ова", "ева", "іна", "ина", "енко", "ук", "юк", "ич",
)  # fmt: skip


def _home_towns(cands: Sequence[Candidate]) -> bool:
    """Whether a candidate is a town of :data:`GUESS_TOWN` people where Cyrillic is written."""
    return any(
        c.place.feature_type == "city"
        and c.place.population >= GUESS_TOWN
        and written_in_cyrillic(c.place)
        for c in cands
    )


def _capitalised(text: str) -> bool:
    """A capital, then lowercase letters (an apostrophe between: "Куп'янськ")."""
    return len(text) > 1 and text[0].isupper() and not any(ch.isupper() for ch in text[1:])


def label_line(tok: Token) -> bool:
    """Whether ``tok`` is a capitalised word alone in its sentence ("Ізюм.", "Купянск!")."""
    if not _capitalised(tok.text) or not tok.doc.has_annotation("SENT_START"):
        return False
    return all(t.i == tok.i or t.is_punct or t.is_space for t in tok.sent)


def nominative_town(
    gazetteer: Any, tok: Token, cands: Sequence[Candidate], lang: str, *, entity: bool = False
) -> bool:
    """Whether ``tok`` names a town as its own nominative without a preposition (module doc).

    ``entity``: the model tagged the word a name (natasha's person, "Купянск"); a word
    no model judged (Ukrainian) must name a town of
    :data:`~geomap.nlp.local_kinds.MID_CITY` people by its own name, for the lemmatiser
    tells no common noun from a town there ("Щастя повернутися додому": happiness).
    """
    if lang not in NOMINATIVE_LANGUAGES or not _home_towns(cands):
        return False
    if label_line(tok):
        return True
    if not entity and not any(
        c.match != "alternate" and c.place.feature_type == "city" and c.place.population >= MID_CITY
        for c in cands
    ):
        return False
    text = tok.text
    if not _capitalised(text) or len(text) < 4 or text.lower().endswith(SURNAME_ENDINGS):
        return False
    if "-" in text or word_lemma(text, lang) != text or not gazetteer.local_name(text, lang):
        return False  # "Купянска": unknown to the lemmatiser, its nominative only guessed
    return not in_name_run(tok, lang)
