"""A place inside the name of the body that speaks is a modifier, in every language.

"Ukraine's Ministry of Defence said ...", "Минобороны Украины заявило ...": the
country is the body's, not a place the claim is about (:mod:`geomap.claims.roles`,
:func:`geomap.claims.local_attribution.in_own_body`). Hand-built docs, no model.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from geomap.claims.local_attribution import in_own_body
from geomap.claims.roles import mention_role
from geomap.extensions import register_extensions
from geomap.records import Speaker


def _english() -> Doc:
    words = ["Ukraine", "'s", "Ministry", "of", "Defence", "said", "fire", "hit", "Kharkiv"]
    heads = [2, 0, 5, 2, 3, 5, 7, 5, 7]
    deps = ["poss", "case", "nsubj", "prep", "pobj", "ROOT", "nsubj", "ccomp", "dobj"]
    pos = ["PROPN", "PART", "PROPN", "ADP", "PROPN", "VERB", "NOUN", "VERB", "PROPN"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_country_in_the_speaking_ministrys_name_is_a_modifier() -> None:
    register_extensions()
    doc = _english()
    speaker = doc[0:5]
    assert mention_role(doc[0:1], speaker) == "modifier"
    assert mention_role(doc[8:9], speaker) == "literal"
    assert mention_role(doc[0:1], None) == "literal"  # no speaker: a possessive stays literal


def test_a_place_in_a_persons_speaker_phrase_stays_literal() -> None:
    register_extensions()
    words = ["The", "governor", "of", "Orvo", ",", "Ann", "Cole", ",", "said"]
    heads = [1, 8, 1, 2, 1, 6, 1, 1, 8]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT"]
    ents = ["O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents)
    assert mention_role(doc[3:4], doc[0:7]) == "literal"


def test_a_russian_country_inside_its_bodys_name() -> None:
    register_extensions()
    doc = spacy.blank("ru")("Минобороны Украины заявило, что Харьков обстрелян.")
    body = Speaker("Минобороны Украины", 0, 18, kind="government")
    ukraine, kharkiv = doc[1:2], doc[5:6]
    ukraine._.source = kharkiv._.source = body
    assert in_own_body(ukraine) and not in_own_body(kharkiv)
    ukraine._.source = Speaker("Минобороны Украины", 0, 18, kind="person")
    assert not in_own_body(ukraine)


def test_a_place_where_the_speaking_people_are_stays_literal() -> None:
    # "Residents of Orvo reported explosions", "the ministry of Orvo reported explosions"
    # (user69b A10: Simferopol and Kerch were modifiers of their residents)
    register_extensions()
    for head, role in (("Residents", "literal"), ("ministry", "modifier")):
        words = [head, "of", "Orvo", "reported", "explosions"]
        heads = [3, 0, 1, 3, 3]
        deps = ["nsubj", "prep", "pobj", "ROOT", "dobj"]
        pos = ["NOUN", "ADP", "PROPN", "VERB", "NOUN"]
        lemmas = [head.lower().rstrip("s"), "of", "Orvo", "report", "explosion"]
        doc = Doc(
            spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas
        )
        assert mention_role(doc[2:3], doc[0:3]) == role, head
