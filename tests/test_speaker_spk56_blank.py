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
from geomap.claims.body_names import joined_name, states_named
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


def _kind_source(rows: Sequence[Row], places: Sequence[str], ents: Sequence[str]) -> tuple:
    """(name, role, kind) of the speaker of the first of the mentions ``places``."""
    doc = parsed(rows, ents=ents)
    spans = mark(doc, *places)
    Attribution()(doc)
    source = spans[0]._.source
    return (None,) if source is None else (source.name, source.role, source.kind)


def _port(body: list[Row]) -> list[Row]:
    """ "A spokesperson for <body> said ships left Rotterdam ." """
    n = len(body)
    return [
        ("A", "a", "DET", "det", 1),
        ("spokesperson", "spokesperson", "NOUN", "nsubj", 3 + n),
        ("for", "for", "ADP", "prep", 1),
        *body,
        ("said", "say", "VERB", "ROOT", 3 + n),
        ("ships", "ship", "NOUN", "nsubj", 5 + n),
        ("left", "leave", "VERB", "ccomp", 3 + n),
        ("Rotterdam", "Rotterdam", "PROPN", "dobj", 5 + n),
        (".", ".", "PUNCT", "punct", 3 + n),
    ]


def test_a_name_joined_by_of_is_a_bodys_not_a_persons() -> None:
    port = [
        ("the", "the", "DET", "det", 4),
        ("Port", "Port", "PROPN", "pobj", 2),
        ("of", "of", "ADP", "prep", 4),
        ("Antwerp", "Antwerp", "PROPN", "pobj", 5),
    ]
    found = _kind_source(_port(port), ["Rotterdam"], [])
    assert found == ("the Port of Antwerp", "A spokesperson", "organisation")
    # two proper nouns without "of": a person's name, as before
    person = [("Jan", "Jan", "PROPN", "compound", 4), ("Peeters", "Peeters", "PROPN", "pobj", 2)]
    assert _kind_source(_port(person), ["Rotterdam"], [])[2] == "person"
    # "of" inside an apposition is not the name's own
    doc = parsed(
        [
            ("Glenn", "Glenn", "PROPN", "compound", 1),
            ("Isbell", "Isbell", "PROPN", "ROOT", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("engineer", "engineer", "NOUN", "appos", 1),
            ("for", "for", "ADP", "prep", 3),
            ("the", "the", "DET", "det", 6),
            ("City", "City", "PROPN", "pobj", 4),
            ("of", "of", "ADP", "prep", 6),
            ("Huntsville", "Huntsville", "PROPN", "pobj", 7),
        ]
    )
    assert not joined_name(doc[:]) and joined_name(doc[6:9])


def _guard(compound: str, head: str = "guard") -> list[Row]:
    """ "Farmers blocked Dorohusk , the <compound> <head> said ." """
    return [
        ("Farmers", "farmer", "NOUN", "nsubj", 1),
        ("blocked", "block", "VERB", "ccomp", 7),
        ("Dorohusk", "Dorohusk", "PROPN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 7),
        ("the", "the", "DET", "det", 6),
        (compound, compound, "NOUN", "compound", 6),
        (head, "guard", "NOUN", "nsubj", 7),
        ("said", "say", "VERB", "ROOT", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]


def test_a_compound_listed_as_one_word_is_that_word() -> None:
    assert _kind_source(_guard("border"), ["Dorohusk"], [])[1:] == ("", "government")
    # a guard of something else is a person, and border guards are people: anonymous
    assert _kind_source(_guard("security"), ["Dorohusk"], [])[2] == "anonymous"
    assert _kind_source(_guard("border", "guards"), ["Dorohusk"], [])[2] == "anonymous"


_INSTITUTE: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("Institute", "Institute", "PROPN", "nsubj", 7),
]
_BEVERAGES: list[Row] = [
    ("Arizona", "Arizona", "PROPN", "compound", 1),
    ("Beverages", "Beverages", "PROPN", "nsubj", 7),
]


def _described(det: str, compound: str, noun: str, name: list[Row] = _INSTITUTE) -> list[Row]:
    """ "<name> , <det> <compound> <noun> , said units massed near Vovchansk ." """
    return [
        *name,
        (",", ",", "PUNCT", "punct", 1),
        (det, det.lower(), "DET", "det", 5),
        (compound, compound, "NOUN", "compound", 5),
        (noun, noun, "NOUN", "appos", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("said", "say", "VERB", "ROOT", 7),
        ("units", "unit", "NOUN", "nsubj", 9),
        ("massed", "mass", "VERB", "ccomp", 7),
        ("near", "near", "ADP", "prep", 9),
        ("Vovchansk", "Vovchansk", "PROPN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 7),
    ]


_ORG2 = ["B-ORG", "I-ORG"] + ["O"] * 11
_PERSON2 = ["B-PERSON", "I-PERSON"] + ["O"] * 11


def test_an_apposition_calling_a_name_a_think_tank_or_the_maker_of_a_trade() -> None:
    assert _kind_source(_described("a", "think", "tank"), ["Vovchansk"], _ORG2)[2] == (
        "organisation"
    )
    # the body noun alone says a state's institute
    assert _kind_source(_described("a", "state", "body"), ["Vovchansk"], _ORG2)[2] == ("government")
    # "X Y, the tea maker": a company, though tagged a person; "a tea maker" may be one
    the_maker = _described("the", "tea", "maker", _BEVERAGES)
    assert _kind_source(the_maker, ["Vovchansk"], _PERSON2)[2] == "organisation"
    a_maker = _described("a", "tea", "maker", _BEVERAGES)
    assert _kind_source(a_maker, ["Vovchansk"], _PERSON2)[2] == "person"


def test_a_sentences_first_word_joined_to_states_is_no_word_of_their_name() -> None:
    rows: list[Row] = [
        ("Neighbouring", "Neighbouring", "PROPN", "compound", 1),
        ("Burkina", "Burkina", "PROPN", "nsubj", 4),
        ("and", "and", "CCONJ", "cc", 1),
        ("Niger", "Niger", "PROPN", "conj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 4),
        ("the", "the", "DET", "det", 6),
        ("attack", "attack", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]
    ents = ["B-ORG", "I-ORG", "O", "B-PERSON", "O", "O", "O", "O"]
    assert _kind_source(rows, ["Burkina", "Niger"], ents) == ("Burkina and Niger", "", "government")
    # a person of a place is no state: "A Cork mother said …"
    mother: list[Row] = [
        ("A", "a", "DET", "det", 2),
        ("Cork", "Cork", "PROPN", "compound", 2),
        ("mother", "mother", "NOUN", "nsubj", 3),
        ("said", "say", "VERB", "ROOT", 3),
        ("Kinsale", "Kinsale", "PROPN", "nsubj", 5),
        ("flooded", "flood", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    doc = parsed(mother)
    mark(doc, "Cork", "Kinsale")
    assert states_named(doc[0:3]) is None
    assert _kind_source(mother, ["Kinsale", "Cork"], [])[0] == "A Cork mother"


def test_a_name_holding_a_persons_name_is_the_persons() -> None:
    rows: list[Row] = [
        ("Supervisor", "Supervisor", "PROPN", "ROOT", 0),
        ("of", "of", "ADP", "prep", 0),
        ("Elections", "Elections", "PROPN", "pobj", 1),
        ("Pam", "Pam", "PROPN", "compound", 4),
        ("Carpenter", "Carpenter", "PROPN", "appos", 0),
    ]
    assert not joined_name(parsed(rows, ents=["O", "O", "O", "B-PERSON", "I-PERSON"])[:])
    # untagged, the name still goes on past the body's: "Pam Carpenter" is no body
    untagged = [*rows[:4], ("Carpenter", "Carpenter", "PROPN", "pobj", 1)]
    assert not joined_name(parsed(untagged)[:])
    # parsed as "Supervisor of [Elections Pam Carpenter]": an office's, its holder's
    office = [
        *rows[:2],
        ("Elections", "Elections", "PROPN", "compound", 4),
        ("Pam", "Pam", "PROPN", "compound", 4),
        ("Carpenter", "Carpenter", "PROPN", "pobj", 1),
    ]
    assert not joined_name(parsed(office)[:])
    port = [("Port", "Port", "PROPN", "ROOT", 0), *office[1:]]
    assert joined_name(parsed(port)[:])


def test_a_quotation_mark_opening_a_line_keeps_its_word_in_its_sentence() -> None:
    """user67: "закрыт.\\n«Крым и Севастополь …» — сказал Песков." lost its « to a sentence."""
    nlp = spacy.blank("ru")
    nlp.add_pipe("sentencizer")
    words = ["закрыт", ".", "«", "Крым", "регионы", "»", ",", "—", "сказал", "Песков", "."]
    spaces = [False, True, False, True, False, False, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc[2].is_sent_start = True  # the article's line starts there
    quotes_open_sentences(doc)
    doc = nlp.get_pipe("sentencizer")(doc)
    assert [s.text for s in doc.sents] == ["закрыт.", "«Крым регионы», — сказал Песков."]
