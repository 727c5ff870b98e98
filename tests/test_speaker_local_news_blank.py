"""Local, wire and translated news styles of attribution (issue 17, spk49), on ``spacy.blank``.

A dateline the parser made the subject ("BAMAKO (Reuters) - Mali's junta said"); an
inverted speaker after "clarified"/"announced" whose hyphenated noun the parser split
("clarified the sub-prefect"), and "the prefecture" as a body; a plural name told by "the"
("The Houthis") and the officials of a named body ("Lamar County officials"); a bare given
name after the full name; with controls.  Hand-built parses.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from geomap.claims.entities import merged
from geomap.claims.kinds import speaker_kind
from geomap.records import Speaker
from tests.speaker_fixtures import speaker_of
from tests.test_attribution_blank import Row

_NLP = spacy.blank("en")

# "BAMAKO ( Reuters ) - Mali 's junta said Kayes fell ."
_DATELINE: list[Row] = [
    ("BAMAKO", "BAMAKO", "PROPN", "nsubj", 8),
    ("(", "(", "PUNCT", "punct", 0),
    ("Reuters", "Reuters", "PROPN", "appos", 0),
    (")", ")", "PUNCT", "punct", 2),
    ("-", "-", "PUNCT", "punct", 0),
    ("Mali", "Mali", "PROPN", "poss", 7),
    ("'s", "'s", "PART", "case", 5),
    ("junta", "junta", "NOUN", "appos", 0),
    ("said", "say", "VERB", "ROOT", 8),
    ("Kayes", "Kayes", "PROPN", "nsubj", 10),
    ("fell", "fall", "VERB", "ccomp", 8),
    (".", ".", "PUNCT", "punct", 8),
]


def test_a_dateline_parsed_as_the_subject_gives_the_speaker_after_its_dash() -> None:
    speaker = speaker_of(_DATELINE, "Kayes", ents=["O"] * 5 + ["B-GPE"] + ["O"] * 6)
    assert speaker is not None and speaker.endswith("junta") and "BAMAKO" not in speaker


def test_a_conjunct_after_a_datelines_dash_speaks_too() -> None:
    # "GOMA ( Reuters ) - M23 rebels said Uvira fell .": "rebels" a conjunct of "GOMA" (spk55)
    rows: list[Row] = [
        ("GOMA", "GOMA", "PROPN", "nsubj", 7),
        ("(", "(", "PUNCT", "punct", 2),
        ("Reuters", "Reuters", "PROPN", "nmod", 6),
        (")", ")", "PUNCT", "punct", 2),
        ("-", "-", "PUNCT", "punct", 2),
        ("M23", "M23", "PROPN", "compound", 6),
        ("rebels", "rebel", "NOUN", "conj", 0),
        ("said", "say", "VERB", "ROOT", 7),
        ("Uvira", "Uvira", "PROPN", "nsubj", 9),
        ("fell", "fall", "VERB", "ccomp", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]
    assert speaker_of(rows, "Uvira") == "M23 rebels"


def _sub_prefect(verb: str, lemma: str) -> list[Row]:
    """'" Mimizan burns , " VERB the sub - prefect .' with the noun split in three objects."""
    return [
        ('"', '"', "PUNCT", "punct", 5),
        ("Mimizan", "Mimizan", "PROPN", "nsubj", 2),
        ("burns", "burn", "VERB", "ccomp", 5),
        (",", ",", "PUNCT", "punct", 2),
        ('"', '"', "PUNCT", "punct", 5),
        (verb, lemma, "VERB", "ROOT", 5),
        ("the", "the", "DET", "det", 7),
        ("sub", "sub", "ADJ", "dobj", 5),
        ("-", "-", "ADJ", "dobj", 5),
        ("prefect", "prefect", "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]


def test_clarified_with_a_split_hyphenated_speaker_reports_the_quotation() -> None:
    speaker = speaker_of(_sub_prefect("clarified", "clarify"), "Mimizan", tags={5: "VBD"})
    assert speaker is not None and speaker.endswith("prefect")


def test_clarify_with_a_plain_object_reports_nothing() -> None:
    # "Officials clarified the rules in Mimizan .": no clause, no claim
    rows: list[Row] = [
        ("Officials", "official", "NOUN", "nsubj", 1),
        ("clarified", "clarify", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("rules", "rule", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Mimizan", "Mimizan", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert speaker_of(rows, "Mimizan") is None


# "Forest burned in Landes , announced the prefecture on Monday ."
_ANNOUNCED: list[Row] = [
    ("Forest", "forest", "NOUN", "nsubj", 1),
    ("burned", "burn", "VERB", "ROOT", 1),
    ("in", "in", "ADP", "prep", 1),
    ("Landes", "Landes", "PROPN", "pobj", 2),
    (",", ",", "PUNCT", "punct", 1),
    ("announced", "announce", "VERB", "conj", 1),
    ("the", "the", "DET", "det", 7),
    ("prefecture", "prefecture", "NOUN", "dobj", 5),
    ("on", "on", "ADP", "prep", 5),
    ("Monday", "Monday", "PROPN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 1),
]


def test_an_inverted_prefecture_after_announced_speaks() -> None:
    ents = ["O"] * 9 + ["B-DATE", "O"]
    tags = {5: "VBD", 7: "NN"}
    assert speaker_of(_ANNOUNCED, "Landes", ents=ents, tags=tags) == "the prefecture"


def test_an_inverted_thing_after_announced_does_not_speak() -> None:
    rows = [*_ANNOUNCED[:7], ("forest", "forest", "NOUN", "dobj", 5), *_ANNOUNCED[8:]]
    rows[0] = ("Fire", "fire", "NOUN", "nsubj", 1)
    ents = ["O"] * 9 + ["B-DATE", "O"]
    assert speaker_of(rows, "Landes", ents=ents, tags={5: "VBD", 7: "NN"}) is None


def _phrase(words: list[str], pos: list[str], tags: list[str], ents: list[str]) -> Span:
    """A noun phrase headed by its last word, a determiner hung as ``det``."""
    n = len(words)
    deps = ["det" if p == "DET" else "compound" for p in pos[:-1]] + ["ROOT"]
    pairs = zip(words, tags, strict=True)
    lemmas = [w.lower().removesuffix("s") if t == "NNS" else w.lower() for w, t in pairs]
    doc = Doc(
        _NLP.vocab, words=words, pos=pos, tags=tags, heads=[n - 1] * n, deps=deps,
        lemmas=lemmas, ents=ents,
    )  # fmt: skip
    return doc[:]


def test_a_plural_name_told_by_the_is_an_organisation() -> None:
    houthis = _phrase(["The", "Houthis"], ["DET", "PROPN"], ["DT", "NNPS"], ["O", "B-PERSON"])
    assert speaker_kind(houthis) == "organisation"
    # a nationality's plural names a country's people, no group speaking as one
    russians = _phrase(["The", "Russians"], ["DET", "PROPN"], ["DT", "NNPS"], ["O", "B-NORP"])
    assert speaker_kind(russians) != "organisation"
    # a person's name without "the" stays a person
    jones = _phrase(["Tom", "Jones"], ["PROPN", "PROPN"], ["NNP", "NNP"], ["B-PERSON", "I-PERSON"])
    assert speaker_kind(jones) == "person"


def test_officials_of_a_named_body_are_government_others_anonymous() -> None:
    pos, tags = ["PROPN", "PROPN", "NOUN"], ["NNP", "NNP", "NNS"]
    lamar = _phrase(["Lamar", "County", "officials"], pos, tags, ["B-GPE", "I-GPE", "O"])
    assert speaker_kind(lamar) == "government"
    ukrainian = _phrase(["Ukrainian", "officials"], ["ADJ", "NOUN"], ["JJ", "NNS"], ["B-NORP", "O"])
    assert speaker_kind(ukrainian) == "anonymous"
    pentagon = _phrase(["Pentagon", "officials"], ["PROPN", "NOUN"], ["NNP", "NNS"], ["B-ORG", "O"])
    assert speaker_kind(pentagon) == "anonymous"
    pos, tags = ["PROPN", "NOUN", "NOUN"], ["NNP", "NN", "NNS"]
    uk = _phrase(["UK", "government", "officials"], pos, tags, ["B-GPE", "O", "O"])
    assert speaker_kind(uk) == "anonymous"


def _speaker(name: str) -> Speaker:
    return Speaker(name=name, role="", kind="person", start=0, end=len(name))


def test_a_bare_given_name_merges_with_the_one_full_name_it_begins() -> None:
    persons = [["Emmanuel", "Macron"], ["Olaf", "Scholz"]]
    assert merged(_speaker("Emmanuel"), persons).entity == "Emmanuel Macron"
    # two full names it could begin: no guess
    two = [["Emmanuel", "Macron"], ["Emmanuel", "Moulin"]]
    assert merged(_speaker("Emmanuel"), two).entity == "Emmanuel"


def _closing_conjunct(cc: bool) -> list[Row]:
    """'Aid goes to Gaza , [and] Ursula Leyen said in Cairo .' with "said" a conjunct."""
    said = 8 if cc else 7
    rows: list[Row] = [
        ("Aid", "aid", "NOUN", "nsubj", 1),
        ("goes", "go", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Gaza", "Gaza", "PROPN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 1),
        ("Ursula", "Ursula", "PROPN", "compound", said - 1),
        ("Leyen", "Leyen", "PROPN", "nsubj", said),
        ("said", "say", "VERB", "conj", 1),
        ("in", "in", "ADP", "prep", said),
        ("Cairo", "Cairo", "PROPN", "pobj", said + 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    if cc:
        rows.insert(5, ("and", "and", "CCONJ", "cc", 1))
    return rows


def test_a_closing_saying_parsed_as_a_bare_conjunct_speaks_for_the_sentence() -> None:
    ents = ["O"] * 3 + ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"]
    speaker = speaker_of(_closing_conjunct(False), "Gaza", ents=ents, tags={7: "VBD"})
    assert speaker is not None and speaker.endswith("Leyen")
    # joined by "and", the saying is a clause of its own: the first is narrative
    ents = [*ents[:5], "O", *ents[5:]]
    assert speaker_of(_closing_conjunct(True), "Gaza", ents=ents, tags={8: "VBD"}) is None


def _clarified_conjunct(mark: str) -> list[Row]:
    """'" Mimizan burns , MARK clarified the prefect .': the verb a conjunct of the quotation's."""
    return [
        ('"', '"', "PUNCT", "punct", 2),
        ("Mimizan", "Mimizan", "PROPN", "nsubj", 2),
        ("burns", "burn", "VERB", "ROOT", 2),
        (",", ",", "PUNCT", "punct", 2),
        (mark, mark, "PUNCT", "punct", 5),
        ("clarified", "clarify", "VERB", "conj", 2),
        ("the", "the", "DET", "det", 7),
        ("prefect", "prefect", "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_clarified_after_a_closing_quotation_mark_reports_it_wherever_hung() -> None:
    speaker = speaker_of(_clarified_conjunct('"'), "Mimizan", tags={5: "VBD", 7: "NN"})
    assert speaker == "the prefect"
    # no quotation closed before it: "clarified" has nothing it reports
    speaker = speaker_of(_clarified_conjunct("-"), "Mimizan", tags={5: "VBD", 7: "NN"})
    assert speaker is None


def _owned(owner: str) -> Span:
    """'the OWNER 's media wing', the owner a possessive of "wing"."""
    words = ["the", owner, "'s", "media", "wing"]
    doc = Doc(
        _NLP.vocab, words=words, pos=["DET", "NOUN", "PART", "NOUN", "NOUN"],
        tags=["DT", "NN", "POS", "NN", "NN"], heads=[1, 4, 1, 4, 4],
        deps=["det", "poss", "case", "compound", "ROOT"], lemmas=[w.lower() for w in words],
    )  # fmt: skip
    return doc[:]


def test_a_unit_owned_by_a_government_body_is_government() -> None:
    assert speaker_kind(_owned("military")) == "government"
    assert speaker_kind(_owned("family")) != "government"
