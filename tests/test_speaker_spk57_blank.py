"""Speaker errors found on the dev half of ``bench/speakers_fresh57.jsonl`` (issue 17, spk57).

"Zelensky: Pokrovsk will not be surrendered": the parser hung the claim after a headline's
colon below the name as a clause of it; it is the claim, not a relative clause of the
speaker.  Hand-built parses on ``spacy.blank``.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from spacy.tokens import Doc

from geomap.claims.attribution import Attribution
from tests.test_attribution_blank import Row, mark, parsed


def _source(rows: Sequence[Row], place: str, ents: Sequence[str]) -> tuple[str, str] | None:
    """(name, kind) of the speaker of the one mention ``place``, or ``None``."""
    doc = parsed(rows, ents=ents)
    (span,) = mark(doc, place)
    Attribution()(doc)
    source = span._.source
    return None if source is None else (source.name, source.kind)


def _headline(dep: str) -> list[Row]:
    """ "Zelensky : Pokrovsk will not be surrendered", the claim's verb as ``dep``."""
    head = 0 if dep == "acl" else 6
    return [
        ("Zelensky", "Zelensky", "PROPN", "ROOT" if dep == "acl" else "npadvmod", head),
        (":", ":", "PUNCT", "punct", 0),
        ("Pokrovsk", "Pokrovsk", "PROPN", "nsubjpass", 6),
        ("will", "will", "AUX", "aux", 6),
        ("not", "not", "PART", "neg", 6),
        ("be", "be", "AUX", "auxpass", 6),
        ("surrendered", "surrender", "VERB", dep, 0 if dep == "acl" else 6),
    ]


_ENTS = ["B-PERSON", "O", "B-GPE", "O", "O", "O", "O"]


def test_a_claim_hung_below_a_headline_name_is_still_its_claim() -> None:
    assert _source(_headline("acl"), "Pokrovsk", _ENTS) == ("Zelensky", "person")
    # the parse of "Petrenko: Kharkiv still stands" the rule already read
    assert _source(_headline("ROOT"), "Pokrovsk", _ENTS) == ("Zelensky", "person")


def _split(first: Row) -> list[Row]:
    """ "<first> : | Lviv talks have collapsed", the parser's sentence ended at the colon."""
    return [
        first,
        (":", ":", "PUNCT", "punct", 0),
        ("Lviv", "Lviv", "PROPN", "compound", 3),
        ("talks", "talk", "NOUN", "nsubj", 5),
        ("have", "have", "AUX", "aux", 5),
        ("collapsed", "collapse", "VERB", "ROOT", 5),
    ]


def test_a_headline_source_the_parser_cut_off_at_its_colon() -> None:
    ents = ["B-ORG", "O", "B-GPE", "O", "O", "O"]
    doc = parsed(_split(("Hamas", "Hamas", "PROPN", "ROOT", 0)), sent_starts=(0, 2), ents=ents)
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert span._.source is not None and span._.source.name == "Hamas"
    # a page's field label stays none ("Update: | Lviv talks …")
    doc = parsed(_split(("Update", "update", "PROPN", "ROOT", 0)), sent_starts=(0, 2), ents=ents)
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert span._.source is None
    # across a line break the colon closes a line of its own: no headline
    doc = parsed(_split(("Hamas", "Hamas", "PROPN", "ROOT", 0)), sent_starts=(0, 2), ents=ents)
    doc._.line_breaks = (doc[1].idx + 1,)
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert span._.source is None


def _told(first: Row) -> list[Row]:
    """`" Nobody in Lviv expected this , " a senior official , <first> on condition ,
    told Reuters .` as the small model parses it: the speaker an object inside the
    quotation, "told" without a subject."""
    return [
        ('"', '"', "PUNCT", "punct", 16),
        ("Nobody", "nobody", "PRON", "nsubj", 4),
        ("in", "in", "ADP", "prep", 1),
        ("Lviv", "Lviv", "PROPN", "pobj", 2),
        ("expected", "expect", "VERB", "ccomp", 16),
        ("this", "this", "PRON", "dobj", 4),
        (",", ",", "PUNCT", "punct", 4),
        ('"', '"', "PUNCT", "punct", 4),
        ("a", "a", "DET", "det", 10),
        ("senior", "senior", "ADJ", "amod", 10),
        ("official", "official", "NOUN", "dobj", 4),
        (",", ",", "PUNCT", "punct", 4),
        first,
        ("on", "on", "ADP", "prep", 12),
        ("condition", "condition", "NOUN", "pobj", 13),
        (",", ",", "PUNCT", "punct", 16),
        ("told", "tell", "VERB", "ROOT", 16),
        ("Reuters", "Reuters", "PROPN", "dobj", 16),
        (".", ".", "PUNCT", "punct", 16),
    ]


def _told_doc(first: Row) -> Doc:
    rows = _told(first)
    ents = ["O"] * 3 + ["B-GPE"] + ["O"] * 13 + ["B-ORG", "O"]
    doc = parsed(rows, ents=ents)
    doc[12].tag_ = "VBG" if first[0] == "speaking" else "IN"
    return doc


def test_the_listener_of_told_never_speaks_and_the_noun_before_an_aside_does() -> None:
    doc = _told_doc(("speaking", "speak", "VERB", "advcl", 4))
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert span._.source is not None
    assert (span._.source.name, span._.source.kind) == ("a senior official", "anonymous")


def test_no_aside_no_speaker_from_the_quotation_and_never_the_listener() -> None:
    doc = _told_doc(("despite", "despite", "ADP", "prep", 4))
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert span._.source is None or span._.source.name != "Reuters"


def test_a_person_name_after_in_closing_the_speaker_phrase_is_a_place() -> None:
    # "Officials in Kyiv told the BBC that Lviv had been hit ." (Kyiv tagged PERSON)
    rows: list[Row] = [
        ("Officials", "official", "NOUN", "nsubj", 3),
        ("in", "in", "ADP", "prep", 0),
        ("Kyiv", "Kyiv", "PROPN", "pobj", 1),
        ("told", "tell", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5),
        ("BBC", "BBC", "PROPN", "dobj", 3),
        ("that", "that", "SCONJ", "mark", 10),
        ("Lviv", "Lviv", "PROPN", "nsubjpass", 10),
        ("had", "have", "AUX", "aux", 10),
        ("been", "be", "AUX", "auxpass", 10),
        ("hit", "hit", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    ents = ["O", "O", "B-PERSON", "O", "O", "B-ORG", "O", "B-GPE", "O", "O", "O", "O"]
    assert _source(rows, "Lviv", ents) == ("Officials in Kyiv", "anonymous")
    # a title before the name: the name speaks
    titled = [("Spokesman", "spokesman", "NOUN", "compound", 2), *rows[1:]]
    titled[1] = ("Ivan", "Ivan", "PROPN", "compound", 2)
    titled[2] = ("Petrov", "Petrov", "PROPN", "nsubj", 3)
    titled[0] = ("Spokesman", "spokesman", "NOUN", "compound", 2)
    ents = ["O", "B-PERSON", "I-PERSON", *ents[3:]]
    assert _source(titled, "Lviv", ents) == ("Ivan Petrov", "person")


def _speech(clause: list[Row]) -> list[Row]:
    """ "Hemedti said in a speech <clause> ." with the clause a relative one of "speech"."""
    head = [
        ("Hemedti", "Hemedti", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 4),
        ("speech", "speech", "NOUN", "pobj", 2),
    ]
    return [*head, *clause, (".", ".", "PUNCT", "punct", 1)]


def test_a_that_clause_read_as_a_relative_one_after_said_in_a_speech_is_said() -> None:
    # "that Lviv would fall": "that" parsed as the object of "fall"
    rows = _speech(
        [
            ("that", "that", "PRON", "dobj", 8),
            ("Lviv", "Lviv", "PROPN", "nsubj", 8),
            ("would", "would", "AUX", "aux", 8),
            ("fall", "fall", "VERB", "relcl", 4),
        ]
    )
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"]
    assert _source(rows, "Lviv", ents) == ("Hemedti", "person")
    # "that was broadcast in Lviv": a real relative clause, no subject of its own
    rows = _speech(
        [
            ("that", "that", "PRON", "nsubjpass", 7),
            ("was", "be", "AUX", "auxpass", 7),
            ("broadcast", "broadcast", "VERB", "relcl", 4),
            ("in", "in", "ADP", "prep", 7),
            ("Lviv", "Lviv", "PROPN", "pobj", 8),
        ]
    )
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]
    assert _source(rows, "Lviv", ents) is None


def test_a_fronted_question_to_the_speaker_is_the_journalists() -> None:
    # "Asked whether Lviv was a target , Zakharova said the ministry would not comment ."
    rows: list[Row] = [
        ("Asked", "ask", "VERB", "advcl", 8),
        ("whether", "whether", "SCONJ", "mark", 3),
        ("Lviv", "Lviv", "PROPN", "nsubj", 3),
        ("was", "be", "AUX", "ccomp", 0),
        ("a", "a", "DET", "det", 5),
        ("target", "target", "NOUN", "attr", 3),
        (",", ",", "PUNCT", "punct", 8),
        ("Zakharova", "Zakharova", "PROPN", "nsubj", 8),
        ("said", "say", "VERB", "ROOT", 8),
        ("the", "the", "DET", "det", 10),
        ("ministry", "ministry", "NOUN", "nsubj", 13),
        ("would", "would", "AUX", "aux", 13),
        ("not", "not", "PART", "neg", 13),
        ("comment", "comment", "VERB", "ccomp", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]
    ents = ["O", "O", "B-GPE", "O", "O", "O", "O", "B-PERSON", *["O"] * 7]
    doc = parsed(rows, ents=ents)
    doc[0].tag_, doc[3].tag_ = "VBN", "VBD"
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert span._.source is None
    # a fronted participle that is no question still lets the clause be said
    doc = parsed([("Shelling", "shell", "VERB", "advcl", 8), *rows[1:]], ents=ents)
    doc[0].tag_, doc[3].tag_ = "VBG", "VBD"
    (span,) = mark(doc, "Lviv")
    Attribution()(doc)
    assert span._.source is not None and span._.source.name == "Zakharova"


def test_one_unnamed_official_of_a_body_is_anonymous_and_a_command_is_a_states() -> None:
    from geomap.claims.kinds import speaker_kind

    # "A United Nations official" (the body tagged ORG)
    rows: list[Row] = [
        ("A", "a", "DET", "det", 3),
        ("United", "United", "PROPN", "compound", 2),
        ("Nations", "Nations", "PROPN", "compound", 3),
        ("official", "official", "NOUN", "ROOT", 3),
    ]
    doc = parsed(rows, ents=["O", "B-ORG", "I-ORG", "O"])
    assert speaker_kind(doc[0:4]) == "anonymous"
    doc = parsed([("The", "the", "DET", "det", 3), *rows[1:]], ents=["O", "B-ORG", "I-ORG", "O"])
    assert speaker_kind(doc[0:4]) != "anonymous"  # "the United Nations official": who is told
    # "the Eastern Theater Command" (tagged ORG)
    rows = [
        ("the", "the", "DET", "det", 3),
        ("Eastern", "Eastern", "PROPN", "compound", 3),
        ("Theater", "Theater", "PROPN", "compound", 3),
        ("Command", "Command", "PROPN", "ROOT", 3),
    ]
    doc = parsed(rows, ents=["O", "B-ORG", "I-ORG", "I-ORG"])
    assert speaker_kind(doc[0:4]) == "government"


@pytest.mark.parametrize("title", ["Sgt", "Insp", "Atty"])
def test_according_to_a_title_cut_from_its_name_closes_the_sentence(title: str) -> None:
    # "Deputies found the man dead in Dayton , according to Sgt . Mike Brown ." as parsed
    rows: list[Row] = [
        ("Deputies", "deputy", "NOUN", "nsubj", 1),
        ("found", "find", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("man", "man", "NOUN", "nsubj", 4),
        ("dead", "dead", "ADJ", "ccomp", 1),
        ("in", "in", "ADP", "prep", 4),
        ("Dayton", "Dayton", "PROPN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 1),
        ("according", "accord", "VERB", "prep", 1),
        ("to", "to", "ADP", "prep", 8),
        (title, title, "PROPN", "pobj", 9),
        (".", ".", "PUNCT", "punct", 1),
        ("Mike", "Mike", "PROPN", "compound", 13),
        ("Brown", "Brown", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    ents = ["O"] * 6 + ["B-GPE", "O", "O", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    found = _source(rows, "Dayton", ents)
    assert found is not None and found[0] == "Mike Brown"
