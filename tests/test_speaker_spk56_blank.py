"""Speaker errors a new user found in articles nobody prepared (issue 17, spk56).

"Shares in Nokia rose …, chief executive Pekka Lundmark told analysts": the parser hung
the name as an apposition before the comma and left "told" without subject (the shares
spoke). "a rapporté L'Équipe": a capitalised determiner inside a sentence is a word of
the title, kept in the entity. "…три человека. «Повреждены …»": the « opens the next
sentence, not closes this one. Hand-built parses on ``spacy.blank``.
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc

from geomap.claims.attribution import Attribution
from geomap.claims.local_lexicon import FRENCH
from geomap.claims.local_sources import with_entity
from geomap.nlp.opening_quotes import quotes_open_sentences
from geomap.records import Speaker
from tests.test_attribution_blank import Row, mark, parsed


def _source(rows: Sequence[Row], place: str, ents: Sequence[str]) -> tuple[str, str, str] | None:
    """(name, role, kind) of the speaker of the one mention ``place``, or ``None``."""
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    source = span._.source
    return None if source is None else (source.name, source.role, source.kind)


#: "Shares in Nokia rose after the company won a contract from Vodafone , chief executive
#: Pekka Lundmark told analysts ." as the small model parses it.
NOKIA: list[Row] = [
    ("Shares", "share", "NOUN", "nsubj", 3),
    ("in", "in", "ADP", "prep", 0),
    ("Nokia", "Nokia", "PROPN", "pobj", 1),
    ("rose", "rise", "VERB", "ROOT", 3),
    ("after", "after", "SCONJ", "mark", 7),
    ("the", "the", "DET", "det", 6),
    ("company", "company", "NOUN", "nsubj", 7),
    ("won", "win", "VERB", "advcl", 3),
    ("a", "a", "DET", "det", 9),
    ("contract", "contract", "NOUN", "dobj", 7),
    ("from", "from", "ADP", "prep", 9),
    ("Vodafone", "Vodafone", "PROPN", "pobj", 10),
    (",", ",", "PUNCT", "punct", 11),
    ("chief", "chief", "ADJ", "amod", 14),
    ("executive", "executive", "NOUN", "compound", 16),
    ("Pekka", "Pekka", "PROPN", "compound", 16),
    ("Lundmark", "Lundmark", "PROPN", "appos", 11),
    ("told", "tell", "VERB", "conj", 3),
    ("analysts", "analyst", "NOUN", "dobj", 17),
    (".", ".", "PUNCT", "punct", 3),
]
_NOKIA_ENTS = ["O"] * 11 + ["B-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]


def test_a_name_hung_before_the_comma_is_the_subjectless_verbs_speaker() -> None:
    assert _source(NOKIA, "Nokia", _NOKIA_ENTS) == ("Pekka Lundmark", "chief executive", "person")
    # no person's name before the verb: the shared subject stays
    untagged = ["O"] * 11 + ["B-ORG"] + ["O"] * 8
    found = _source(NOKIA, "Nokia", untagged)
    assert found is not None and found[0] == "Shares in Nokia"


def _body(name: str, text: str) -> Speaker:
    start = text.index(name)
    return Speaker(name, start, start + len(name), kind="organisation")


def test_a_capitalised_determiner_inside_a_sentence_is_a_word_of_the_title() -> None:
    text = "Pogačar a gagné à Nice, a rapporté L'Équipe. L'armée a dit que Nice était calme."
    said = with_entity(_body("L'Équipe", text), [], FRENCH, text=text)
    assert said.entity == "L'Équipe"
    # opening the sentence, the capital is the sentence's: the determiner goes
    army = with_entity(_body("L'armée", text), [], FRENCH, text=text)
    assert army.entity == "armée"
    monde = "selon Le Monde, le ministère de la Défense"
    assert with_entity(_body("Le Monde", monde), [], FRENCH, text=monde).entity == "Le Monde"
    ministry = with_entity(_body("le ministère de la Défense", monde), [], FRENCH, text=monde)
    assert ministry.entity == "ministère de la Défense"


def _starts(words: list[str], spaces: list[bool]) -> list[bool | None]:
    doc = Doc(spacy.blank("ru").vocab, words=words, spaces=spaces)
    quotes_open_sentences(doc)
    return [t.is_sent_start for t in doc]


def test_an_opening_quotation_mark_after_a_sentence_end_starts_the_next_sentence() -> None:
    words = ["пострадали", "три", "человека", ".", "«", "Повреждены", "дома", "»", "."]
    spaces = [True, True, False, True, False, True, False, False, False]
    starts = _starts(words, spaces)
    assert starts[4] is True and starts[5] is False
    # a straight quote closing the sentence ('он сказал." Затем') opens nothing
    closing = _starts(["сказал", ".", '"', "Затем", "."], [False, False, True, False, False])
    assert closing[2] is None and closing[3] is None
