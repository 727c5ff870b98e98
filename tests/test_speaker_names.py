"""Clean speaker names after an imperfect parse (issue 17, the seventh dev set).

Role words, titles and a verb of saying the parse put before a name go to the role or
are dropped; a name in apposition to a title is the holder's whatever the model tagged
it.  Hand-built parses on ``spacy.blank("en")``.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.frames import Frame
from geomap.claims.names import speaker_record, split_name
from geomap.claims.nametails import proper_tail
from tests.test_attribution_blank import Row, parsed


def _name(rows: list[Row], ents: list[str] | None = None) -> str:
    doc = parsed(rows, ents=ents or [])
    return proper_tail(doc[0 : len(doc) - 2]).text


# "<words> said ."
def _said(*words: tuple[str, str]) -> list[Row]:
    n = len(words)
    rows: list[Row] = [(w, w, pos, "compound", n - 1) for w, pos in words]
    rows[-1] = (rows[-1][0], rows[-1][1], rows[-1][2], "nsubj", n)
    return [*rows, ("said", "say", "VERB", "ROOT", n), (".", ".", "PUNCT", "punct", n)]


def test_role_words_before_a_name_are_cut_off() -> None:
    fan = _said(("Jays", "PROPN"), ("fan", "NOUN"), ("Ray", "PROPN"), ("Payette", "PROPN"))
    assert _name(fan) == "Ray Payette"
    historian = _said(
        ("church", "NOUN"), ("historian", "NOUN"), ("Father", "PROPN"), ("Juliano", "PROPN"),
        ("dos", "VERB"), ("Santos", "PROPN"),
    )  # fmt: skip
    assert _name(historian) == "Juliano dos Santos"  # a name particle is no cut point
    verb = _said(("continued", "VERB"), ("GTM", "PROPN"), ("Research", "PROPN"))
    assert _name(verb) == "GTM Research"


def test_a_name_without_role_words_is_kept_whole() -> None:
    assert _name(_said(("health", "NOUN"), ("officials", "NOUN"))) == "health officials"
    body = _said(("General", "PROPN"), ("Motors", "PROPN"))
    assert _name(body, ["B-ORG", "I-ORG", "O", "O"]) == "General Motors"
    assert _name(body) == "Motors"  # no entity: "General" is a title


def test_a_verb_before_the_name_is_no_role() -> None:
    doc = parsed(_said(("continued", "VERB"), ("GTM", "PROPN"), ("Research", "PROPN")))
    name, role = split_name(doc[0:3])
    assert (name.text, role) == ("GTM Research", "")
    doc = parsed(_said(("Jays", "PROPN"), ("fan", "NOUN"), ("Ray", "PROPN"), ("Payette", "PROPN")))
    assert [x if isinstance(x, str) else x.text for x in split_name(doc[0:4])] == [
        "Ray Payette",
        "Jays fan",
    ]


# "Sweden 's Minister of Agriculture , Ann Christin Nykvist , said ."
MINISTER = [
    ("Sweden", "Sweden", "PROPN", "poss", 2),
    ("'s", "'s", "PART", "case", 0),
    ("Minister", "Minister", "PROPN", "nsubj", 11),
    ("of", "of", "ADP", "prep", 2),
    ("Agriculture", "Agriculture", "PROPN", "pobj", 3),
    (",", ",", "PUNCT", "punct", 2),
    ("Ann", "Ann", "PROPN", "compound", 8),
    ("Christin", "Christin", "PROPN", "compound", 8),
    ("Nykvist", "Nykvist", "PROPN", "appos", 2),
    (",", ",", "PUNCT", "punct", 10),
    ("said", "say", "VERB", "ROOT", 10),
    (".", ".", "PUNCT", "punct", 10),
]


def test_a_name_in_apposition_to_a_title_is_the_holders_even_tagged_org() -> None:
    ents = ["B-GPE", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
    doc = parsed(MINISTER, ents=ents)
    record = speaker_record(Frame("verb", doc[10], doc[0:9], doc[0:9], doc[10]))
    assert (record.name, record.kind) == ("Ann Christin Nykvist", "person")
    assert record.role == "Sweden 's Minister of Agriculture"  # blank tokens: spaces
    # not after a common noun that is no title: "Sweden's Ministry of Agriculture, Nykvist"
    rows = [("Ministry", "Ministry", *r[2:]) if r[0] == "Minister" else r for r in MINISTER]
    doc = parsed(rows, ents=ents)
    record = speaker_record(Frame("verb", doc[10], doc[0:9], doc[0:9], doc[10]))
    assert record.name != "Ann Christin Nykvist"


def test_a_name_after_a_title_is_a_persons_whatever_the_parse() -> None:
    rows = _said(("Father", "PROPN"), ("Juliano", "PROPN"), ("dos", "VERB"), ("Santos", "PROPN"))
    doc = parsed(rows, ents=["O", "O", "O", "B-GPE", "O", "O"])
    record = speaker_record(Frame("verb", doc[4], doc[0:4], doc[0:4], doc[4]))
    assert (record.name, record.role, record.kind) == ("Juliano dos Santos", "Father", "person")


def test_no_cut_before_a_single_word_or_inside_a_phrase() -> None:
    assert (
        _name(_said(("Russian", "ADJ"), ("state", "NOUN"), ("TV", "PROPN"))) == "Russian state TV"
    )
    data = _said(
        ("Data", "NOUN"), ("from", "ADP"), ("agency", "NOUN"), ("Is", "PROPN"), ("Tat", "PROPN")
    )
    assert _name(data) == "Data from agency Is Tat"


def test_a_spokesman_of_a_government_body_named_by_a_common_noun_speaks_for_it() -> None:
    rows = [
        ("a", "a", "DET", "det", 2),
        ("police", "police", "NOUN", "compound", 2),
        ("spokesman", "spokesman", "NOUN", "nsubj", 3),
        ("said", "say", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    doc = parsed(rows)
    record = speaker_record(Frame("verb", doc[3], doc[0:3], doc[0:3], doc[3]))
    assert (record.name, record.kind, record.role) == ("police", "government", "a police spokesman")
    rows[1] = ("club", "club", "NOUN", "compound", 2)  # "a club spokesman": no government body
    doc = parsed(rows)
    assert speaker_record(Frame("verb", doc[3], doc[0:3], doc[0:3], doc[3])).name != "club"


def test_a_first_name_the_model_split_off_is_part_of_the_name() -> None:
    """ "Oleksandr Prokudin said": "Oleksandr" tagged ORG was the role (user56)."""
    said = _said(("Oleksandr", "PROPN"), ("Prokudin", "PROPN"))
    doc = parsed(said, ents=["B-ORG", "B-PERSON", "O", "O"])
    name, role = split_name(doc[0:2])
    assert (name.text, role) == ("Oleksandr Prokudin", "")
    # a people's word or a title before the name stays the role
    doc = parsed(
        _said(("Ukrainian", "PROPN"), ("Prokudin", "PROPN")), ents=["B-NORP", "B-PERSON", "O", "O"]
    )
    assert [x if isinstance(x, str) else x.text for x in split_name(doc[0:2])] == [
        "Prokudin",
        "Ukrainian",
    ]
    doc = parsed(
        _said(("Governor", "PROPN"), ("Prokudin", "PROPN")), ents=["O", "B-PERSON", "O", "O"]
    )
    assert [x if isinstance(x, str) else x.text for x in split_name(doc[0:2])] == [
        "Prokudin",
        "Governor",
    ]


def _firm_doc(
    words: list[str], spaces: list[bool], pos: list[str], deps: list[str], heads: list[int]
) -> Doc:
    ents = ["O", "O", "B-PERSON", "I-PERSON"] + ["O"] * (len(words) - 4)
    lemmas = [w.lower() for w in words]
    return Doc(
        spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads,
        lemmas=lemmas, ents=ents,
    )  # fmt: skip


def test_a_firm_named_with_an_s_keeps_it_and_its_trade_makes_it_an_organisation() -> None:
    """ "Sandwich chain Jersey Mike's said": "Jersey Mike", a person (user56)."""
    from geomap.claims.kinds import speaker_kind

    doc = _firm_doc(
        ["Sandwich", "chain", "Jersey", "Mike", "'s", "said", "."],
        [True, True, True, False, True, False, False],
        ["NOUN", "NOUN", "PROPN", "PROPN", "PART", "VERB", "PUNCT"],
        ["compound", "compound", "compound", "nsubj", "case", "ROOT", "punct"],
        [3, 3, 3, 5, 3, 5, 5],
    )
    name, role = split_name(doc[0:5])
    assert (name.text, role) == ("Jersey Mike's", "Sandwich chain")
    assert speaker_kind(doc[0:5]) == "organisation"
    # a possessive owns the noun after it: "Jersey Mike's spokesman said"
    owner = _firm_doc(
        ["Sandwich", "chain", "Jersey", "Mike", "'s", "spokesman", "said", "."],
        [True, True, True, False, True, True, False, False],
        ["NOUN", "NOUN", "PROPN", "PROPN", "PART", "NOUN", "VERB", "PUNCT"],
        ["compound", "compound", "compound", "poss", "case", "nsubj", "ROOT", "punct"],
        [3, 3, 3, 5, 3, 6, 6, 6],
    )
    assert split_name(owner[2:4])[0].text == "Jersey Mike"


def test_a_name_tagged_a_person_that_the_article_describes_as_a_firm_is_one() -> None:
    """ "Energoatom said", after "the company Energoatom": the model tagged it PERSON."""
    from geomap.claims.kinds import speaker_kind

    words = ["the", "company", "Energoatom", "spoke", ".", "Energoatom", "said", "."]
    doc = Doc(
        spacy.blank("en").vocab, words=words, lemmas=[w.lower() for w in words],
        pos=["DET", "NOUN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"],
        deps=["det", "nsubj", "appos", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        heads=[1, 3, 1, 3, 3, 6, 6, 6],
        ents=["O", "O", "B-ORG", "O", "O", "B-PERSON", "O", "O"],
        sent_starts=[True, False, False, False, False, True, False, False],
    )  # fmt: skip
    assert speaker_kind(doc[5:6]) == "organisation"
    alone = Doc(
        doc.vocab, words=words[5:], pos=["PROPN", "VERB", "PUNCT"], deps=["nsubj", "ROOT", "punct"],
        heads=[1, 1, 1], ents=["B-PERSON", "O", "O"],
    )  # fmt: skip
    assert speaker_kind(alone[0:1]) == "person"  # nothing says otherwise


def test_a_first_name_split_off_after_a_title_is_the_names() -> None:
    """ "Governor Oleksandr Prokudin said": the model's two PERSON entities (user67)."""
    said = _said(("Governor", "PROPN"), ("Oleksandr", "PROPN"), ("Prokudin", "PROPN"))
    doc = parsed(said, ents=["O", "B-PERSON", "B-PERSON", "O", "O"])
    name, role = split_name(doc[0:3])
    assert (name.text, role) == ("Oleksandr Prokudin", "Governor")
    # a second title before the name stays the role's
    said = _said(("Regional", "PROPN"), ("Governor", "PROPN"), ("Prokudin", "PROPN"))
    doc = parsed(said, ents=["O", "O", "B-PERSON", "O", "O"])
    name, role = split_name(doc[0:3])
    assert (name.text, role) == ("Prokudin", "Regional Governor")
