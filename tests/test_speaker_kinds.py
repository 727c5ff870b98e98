"""Speaker kinds read off a hand-built parse (``spacy.blank``: no model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from geomap.claims.kinds import speaker_kind
from geomap.claims.names import acronym_expansion

_NLP = spacy.blank("en")


def phrase(words: list[str], pos: list[str], head: int, ent: str | None = None) -> Span:
    """The span of ``words``, every word hanging from ``words[head]``, as one entity if asked."""
    heads = [head] * len(words)
    deps = ["ROOT" if i == head else "compound" for i in range(len(words))]
    ents = None
    if ent:
        ents = [f"B-{ent}", *[f"I-{ent}"] * (len(words) - 1)]
    lemmas = [w.lower() for w in words]
    doc = Doc(_NLP.vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    return doc[:]


@pytest.mark.parametrize(
    ("words", "pos", "head", "ent", "kind"),
    [
        (["the", "court"], ["DET", "NOUN"], 1, None, "organisation"),
        (["the", "Strasbourg", "court"], ["DET", "PROPN", "NOUN"], 2, None, "organisation"),
        (["the", "Supreme", "Court"], ["DET", "PROPN", "PROPN"], 2, "ORG", "organisation"),
        (["the", "tribunal"], ["DET", "NOUN"], 1, None, "organisation"),
        (
            ["the", "Asia", "Human", "Rights", "Commission"],
            ["DET", "PROPN", "PROPN", "PROPN", "PROPN"], 4, "ORG", "organisation",
        ),
        (
            ["the", "United", "Nations", "refugee", "agency"],
            ["DET", "PROPN", "PROPN", "NOUN", "NOUN"], 4, None, "organisation",
        ),
        # The same words without the rights or the United Nations stay government.
        (
            ["the", "Election", "Commission"], ["DET", "PROPN", "PROPN"], 2, "ORG",
            "government",
        ),
        (["the", "refugee", "agency"], ["DET", "NOUN", "NOUN"], 2, None, "government"),
        (
            ["the", "Ministry", "of", "Human", "Rights"],
            ["DET", "PROPN", "ADP", "PROPN", "PROPN"], 1, "ORG", "government",
        ),
        # A think tank: a research body with a word of study in its name, no state's word.
        (
            ["The", "Institute", "for", "the", "Study", "of", "War"],
            ["DET", "PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN"], 1, "ORG", "organisation",
        ),
        (
            ["The", "National", "Institute", "for", "Space", "Research"],
            ["DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN"], 2, "ORG", "government",
        ),
        (
            ["The", "Institute", "of", "Geophysics"],
            ["DET", "PROPN", "ADP", "PROPN"], 1, "ORG", "government",
        ),
    ],
)  # fmt: skip
def test_courts_rights_commissions_and_the_un_are_organisations(
    words: list[str], pos: list[str], head: int, ent: str | None, kind: str
) -> None:
    assert speaker_kind(phrase(words, pos, head, ent)) == kind


def test_a_speaking_name_tagged_as_a_thing_is_a_person() -> None:
    assert speaker_kind(phrase(["Haidar"], ["PROPN"], 0, "PRODUCT")) == "person"
    assert speaker_kind(phrase(["Haidar"], ["PROPN"], 0, "ORG")) == "organisation"


def _article(second: str) -> Span:
    """ "Nadia Moayyad said. Ms. Moayyad died." with the second name tagged ``second``."""
    words = ["Nadia", "Moayyad", "said", ".", "Ms.", "Moayyad", "died", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    heads = [1, 2, 2, 2, 5, 6, 6, 6]
    deps = ["compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct"]
    ents = ["B-ORG", "I-ORG", "O", "O", "O", f"B-{second}", "O", "O"]
    lemmas = [w.lower() for w in words]
    doc = Doc(_NLP.vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    return doc[0:2]


def test_a_name_the_article_tags_as_a_person_elsewhere_is_a_person() -> None:
    assert speaker_kind(_article("PERSON")) == "person"
    assert speaker_kind(_article("ORG")) == "organisation"


@pytest.mark.parametrize(
    ("text", "expansion"),
    [
        (
            "The Beverly Hills Police Department got calls. The BHPD said so.",
            "Beverly Hills Police Department",
        ),
        ("The Ministry of Defence spoke. The MD said so.", "Ministry of Defence"),
        ("Beverly Hills got calls from the Police. The BHPD said so.", None),
        ("The BHPD said so.", None),
    ],
)
def test_an_acronym_stands_for_the_words_whose_initials_spell_it(
    text: str, expansion: str | None
) -> None:
    doc = _NLP(text)
    the_bhpd = next(doc[t.i - 1 : t.i + 1] for t in doc if t.is_upper and len(t) > 1)
    found = acronym_expansion(the_bhpd)
    assert (None if found is None else found.text) == expansion


@pytest.mark.parametrize(
    ("words", "pos", "head", "kind"),
    [
        # a company's unit is the company's kind of body, a police unit the state's
        (["Opel", "unit"], ["PROPN", "NOUN"], 1, "organisation"),
        (["the", "police", "unit"], ["DET", "NOUN", "NOUN"], 2, "government"),
        # a news website is an outlet, a website a document
        (["a", "news", "website"], ["DET", "NOUN", "NOUN"], 2, "organisation"),
        (["the", "government", "website"], ["DET", "NOUN", "NOUN"], 2, "document"),
        # court papers are documents
        (["an", "arrest", "affidavit"], ["DET", "NOUN", "NOUN"], 2, "document"),
        (["the", "indictment"], ["DET", "NOUN"], 1, "document"),
    ],
)  # fmt: skip
def test_company_units_news_outlets_and_court_papers(
    words: list[str], pos: list[str], head: int, kind: str
) -> None:
    assert speaker_kind(phrase(words, pos, head)) == kind


def test_news_makes_an_outlet() -> None:
    agency = phrase(["Xinhua", "News", "Agency"], ["PROPN", "PROPN", "PROPN"], 2, "ORG")
    assert speaker_kind(agency) == "organisation"  # not a state agency
    release = phrase(["a", "news", "release"], ["DET", "NOUN", "NOUN"], 2)
    assert speaker_kind(release) == "document"  # a news release is no outlet


def test_a_name_takes_the_kind_a_body_noun_gives_it_elsewhere_in_the_article() -> None:
    # "Kjos told Politiken newspaper . According to Politiken"
    words = ["Kjos", "told", "Politiken", "newspaper", ".", "According", "to", "Politiken"]
    doc = Doc(
        _NLP.vocab,
        words=words,
        pos=["PROPN", "VERB", "PROPN", "NOUN", "PUNCT", "VERB", "ADP", "PROPN"],
        heads=[1, 1, 3, 1, 1, 5, 5, 6],
        deps=["nsubj", "ROOT", "compound", "dobj", "punct", "ROOT", "prep", "pobj"],
        sent_starts=[True, False, False, False, False, True, False, False],
    )
    assert speaker_kind(doc[7:8]) == "organisation"
    alone = Doc(_NLP.vocab, words=["Politiken"], pos=["PROPN"], deps=["ROOT"], heads=[0])
    assert speaker_kind(alone[:]) == "person"  # nothing in the text says otherwise


def _tagged(words: list[str], pos: list[str], tags: list[str], head: int) -> Span:
    """The span of ``words`` with Penn tags, every word hanging from ``words[head]``."""
    deps = ["ROOT" if i == head else "amod" for i in range(len(words))]
    doc = Doc(
        _NLP.vocab, words=words, pos=pos, tags=tags, heads=[head] * len(words), deps=deps,
        lemmas=[w.lower().removesuffix("ies").removesuffix("s") for w in words],
    )  # fmt: skip
    return doc[:]


@pytest.mark.parametrize(
    ("words", "pos", "tags", "head"),
    [
        (["authorities"], ["NOUN"], ["NNS"], 0),
        (["Health", "authorities"], ["NOUN", "NOUN"], ["NN", "NNS"], 1),
        (["Canadian", "officials"], ["ADJ", "NOUN"], ["JJ", "NNS"], 1),
        (["the", "MPs"], ["DET", "PROPN"], ["DT", "NNPS"], 1),
        (["Witnesses"], ["NOUN"], ["NNS"], 0),
    ],
)  # fmt: skip
def test_unnamed_people_are_anonymous_whoever_they_work_for(
    words: list[str], pos: list[str], tags: list[str], head: int
) -> None:
    assert speaker_kind(_tagged(words, pos, tags, head)) == "anonymous"


def test_a_body_named_authority_is_still_government() -> None:
    span = _tagged(["the", "Port", "Authority"], ["DET", "PROPN", "PROPN"], ["DT", "NNP", "NNP"], 2)
    assert speaker_kind(span) == "government"


def test_a_legislature_committee_is_government_other_committees_organisations() -> None:
    words = ["the", "cross", "-", "party", "Home", "Affairs", "Committee"]
    pos = ["DET", "ADJ", "ADJ", "ADJ", "PROPN", "PROPN", "PROPN"]
    tags = ["DT", "JJ", "JJ", "JJ", "NNP", "NNPS", "NNP"]
    assert speaker_kind(_tagged(words, pos, tags, 6)) == "government"
    span = _tagged(["the", "Senate", "committee"], ["DET", "PROPN", "NOUN"], ["DT", "NNP", "NN"], 2)
    assert speaker_kind(span) == "government"
    span = _tagged(
        ["the", "organising", "committee"], ["DET", "VERB", "NOUN"], ["DT", "VBG", "NN"], 2
    )
    assert speaker_kind(span) == "organisation"


def test_a_municipal_body_is_government() -> None:
    words = ["The", "Municipal", "Corporation", "of", "Mumbai"]
    span = _tagged(
        words, ["DET", "PROPN", "PROPN", "ADP", "PROPN"], ["DT", "NNP", "NNP", "IN", "NNP"], 2
    )
    assert speaker_kind(span) == "government"


def test_a_plural_of_people_tagged_as_a_singular_name_is_anonymous() -> None:
    span = _tagged(["the", "MPs"], ["DET", "PROPN"], ["DT", "NNP"], 1)
    assert speaker_kind(span) == "anonymous"


def test_indicators_and_charts_are_documents() -> None:
    words, pos = ["Government", "indicators"], ["PROPN", "NOUN"]
    doc = Doc(_NLP.vocab, words=words, pos=pos, heads=[1, 1], deps=["compound", "ROOT"],
              lemmas=["government", "indicator"])  # fmt: skip
    assert speaker_kind(doc[:]) == "document"
    assert speaker_kind(phrase(["the", "chart"], ["DET", "NOUN"], 1)) == "document"
    assert speaker_kind(phrase(["the", "resolution"], ["DET", "NOUN"], 1)) == "document"


def test_an_honorific_makes_a_person_and_a_highway_patrol_government() -> None:
    # "Mrs Plate said …" tagged ORG; "the S.C. Highway Patrol reported": a state's police
    assert speaker_kind(phrase(["Mrs", "Plate"], ["PROPN", "PROPN"], 1, "ORG")) == "person"
    patrol = phrase(["the", "Highway", "Patrol"], ["DET", "PROPN", "PROPN"], 2, "ORG")
    assert speaker_kind(patrol) == "government"


@pytest.mark.parametrize(
    ("words", "pos", "ent", "kind"),
    [
        (["the", "Kenya", "Wildlife", "Service"], ["DET", "PROPN", "PROPN", "PROPN"], "GPE",
         "government"),
        (["the", "Kenya", "Wildlife", "Service"], ["DET", "PROPN", "PROPN", "PROPN"], "ORG",
         "organisation"),
        (["the", "Kenya", "Wildlife", "Fund"], ["DET", "PROPN", "PROPN", "PROPN"], "GPE",
         "organisation"),
    ],
)  # fmt: skip
def test_a_public_service_named_after_a_state_is_government(
    words: list[str], pos: list[str], ent: str, kind: str
) -> None:
    """The state's word tagged ``ent`` (the rest of the name ORG): only a state's is the state's."""
    ents = ["B-ORG", f"B-{ent}", "B-ORG", "I-ORG"]
    heads, deps = [3, 3, 3, 3], ["det", "compound", "compound", "ROOT"]
    lemmas = [w.lower() for w in words]
    doc = Doc(_NLP.vocab, words=words, pos=pos, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    assert speaker_kind(doc[:]) == kind


def test_the_un_by_its_initials_is_an_organisation() -> None:
    words = ["the", "UN", "'s", "office"]
    doc = Doc(
        _NLP.vocab, words=words, pos=["DET", "PROPN", "PART", "NOUN"], heads=[1, 3, 1, 3],
        deps=["det", "poss", "case", "ROOT"], lemmas=[w.lower() for w in words],
    )  # fmt: skip
    assert speaker_kind(doc[:]) == "organisation"
