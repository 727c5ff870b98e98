"""Speaker mechanisms of round 63 (issue 17), on hand-built parses (``spacy.blank``).

From the 130 dev items of ``speakers_gold`` set ``spk63`` (real news): "You might say
that right now La Motte is …" outside a quotation is the reader addressed, no source;
"PolitiFact's Angie Drobnic Holan writes … “…,” she writes" with the name tagged a body:
the person after the owner's "'s"; "China has responded not by negotiating, but by
perpetrating further violations" is a deed, no saying ("responded by saying that …"
still says); "Mitt Romney's campaign ad claiming Obama “sold Chrysler … in China”": an
advertisement is a document that claims.
"""

from __future__ import annotations

from geomap.claims.acts import speech_use
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row, parsed


def _say_that(subject: str, lemma: str, pos: str) -> list[Row]:
    """ "SUBJECT might say that Dallas is a joke ." """
    return [
        (subject, lemma, pos, "nsubj", 2),
        ("might", "might", "AUX", "aux", 2),
        ("say", "say", "VERB", "ROOT", 2),
        ("that", "that", "SCONJ", "mark", 5),
        ("Dallas", "Dallas", "PROPN", "nsubj", 5),
        ("is", "be", "AUX", "ccomp", 2),
        ("a", "a", "DET", "det", 7),
        ("joke", "joke", "NOUN", "attr", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_you_outside_a_quotation_is_the_reader_not_a_source() -> None:
    assert speaker_of(_say_that("You", "you", "PRON"), "Dallas") is None
    assert speaker_of(_say_that("Officials", "official", "NOUN"), "Dallas") == "Officials"


def _writes(owner: bool) -> tuple[list[Row], list[str]]:
    """ "[Acme 's] Angie Holan writes that lies cost . “ Rain fell in Ohio , ” she writes ." """
    first: list[Row] = [
        ("Angie", "Angie", "PROPN", "compound", 1),
        ("Holan", "Holan", "PROPN", "nsubj", 2),
        ("writes", "write", "VERB", "ROOT", 2),
        ("that", "that", "SCONJ", "mark", 5),
        ("lies", "lie", "NOUN", "nsubj", 5),
        ("cost", "cost", "VERB", "ccomp", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    ents = ["B-ORG", "I-ORG"] + ["O"] * 5
    if owner:
        first = [(w, lem, p, d, h + 2) for w, lem, p, d, h in first]
        first = [("Acme", "Acme", "PROPN", "poss", 3), ("'s", "'s", "PART", "case", 0), *first]
        ents = ["B-ORG", "O", *ents]
    n = len(first)
    second: list[Row] = [
        ("“", "“", "PUNCT", "punct", n + 8),
        ("Rain", "rain", "NOUN", "nsubj", n + 2),
        ("fell", "fall", "VERB", "ccomp", n + 8),
        ("in", "in", "ADP", "prep", n + 2),
        ("Ohio", "Ohio", "PROPN", "pobj", n + 3),
        (",", ",", "PUNCT", "punct", n + 8),
        ("”", "”", "PUNCT", "punct", n + 8),
        ("she", "she", "PRON", "nsubj", n + 8),
        ("writes", "write", "VERB", "ROOT", n + 8),
        (".", ".", "PUNCT", "punct", n + 8),
    ]
    return first + second, [*ents, "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O"]


def test_she_after_an_owners_person_tagged_a_body_is_the_person() -> None:
    rows, ents = _writes(owner=True)
    n = len(rows) - 10
    speaker = speaker_of(rows, "Ohio", starts=(0, n), ents=ents)
    assert speaker == "Angie Holan"


def test_she_after_a_bare_person_tagged_a_body_is_still_the_person() -> None:
    rows, ents = _writes(owner=False)
    n = len(rows) - 10
    assert speaker_of(rows, "Ohio", starts=(0, n), ents=ents) == "Angie Holan"


def _responded(gerund: str, lemma: str) -> list[Row]:
    """ "China responded by GERUND troops to Lhasa ." """
    return [
        ("China", "China", "PROPN", "nsubj", 1),
        ("responded", "respond", "VERB", "ROOT", 1),
        ("by", "by", "ADP", "prep", 1),
        (gerund, lemma, "VERB", "pcomp", 2),
        ("troops", "troop", "NOUN", "dobj", 3),
        ("to", "to", "ADP", "prep", 3),
        ("Lhasa", "Lhasa", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_responding_by_a_deed_is_no_saying() -> None:
    doc = parsed(_responded("sending", "send"))
    assert not speech_use(doc[1], frozenset())
    assert speaker_of(_responded("sending", "send"), "Lhasa") is None


def test_responding_by_saying_or_with_a_clause_still_says() -> None:
    doc = parsed(_responded("telling", "tell"))
    assert speech_use(doc[1], frozenset())
    rows: list[Row] = [
        ("China", "China", "PROPN", "nsubj", 1),
        ("responded", "respond", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Lhasa", "Lhasa", "PROPN", "nsubj", 4),
        ("was", "be", "AUX", "ccomp", 1),
        ("calm", "calm", "ADJ", "acomp", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speech_use(parsed(rows)[1], frozenset())
    assert speaker_of(rows, "Lhasa", ents=["B-GPE"] + ["O"] * 6) == "China"


def test_an_advertisement_claiming_something_is_its_source() -> None:
    """ "The campaign ad claiming Obama sold Jeeps in China aired ." """
    rows: list[Row] = [
        ("The", "the", "DET", "det", 2),
        ("campaign", "campaign", "NOUN", "compound", 2),
        ("ad", "ad", "NOUN", "nsubj", 10),
        ("claiming", "claim", "VERB", "acl", 2),
        ("Obama", "Obama", "PROPN", "nsubj", 5),
        ("sold", "sell", "VERB", "ccomp", 3),
        ("Jeeps", "Jeep", "PROPN", "dobj", 5),
        ("in", "in", "ADP", "prep", 5),
        ("China", "China", "PROPN", "pobj", 7),
        (",", ",", "PUNCT", "punct", 10),
        ("aired", "air", "VERB", "ROOT", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]
    speaker = speaker_of(rows, "China", tags={3: "VBG"})
    assert speaker is not None and "ad" in speaker.split()
    rows[2] = ("tune", "tune", "NOUN", "nsubj", 10)  # "The campaign tune claiming …": a thing
    assert speaker_of(rows, "China", tags={3: "VBG"}) is None
