"""Shortcuts of the rule components' hot paths give what the long way gives.

Compass spellings skip their patterns for a name without a compass word
(:func:`geomap.gazetteer.names.compass_forms`); a doc's tokens are tested against
a word list by binary search (:func:`geomap.docarrays.among`); the passes that
look for a few tokens (words in capitals, conjuncts, a name's other uses) find
them in the doc's attribute arrays (:mod:`geomap.docarrays`) and read only those.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import numpy as np
import spacy
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from geomap.claims.article_tags import mistagged_person, untagged_body
from geomap.docarrays import among, token_texts, where, word_hashes
from geomap.gazetteer.names import compass_forms
from geomap.nlp.headlines import MIN_HEADLINE_WORDS, capital_runs
from geomap.nlp.hidden_names import COMMON_TAGS, conjoined_words
from geomap.nlp.name_shapes import capital_word
from geomap.records import Candidate

_WORD = re.compile(r"\b(north|south)(east|west)\b")
_PAIR = re.compile(r"\b(north|south) (east|west)\b")


def _compass_by_patterns(norm: str) -> tuple[str, ...]:
    """The patterns alone, as before the shortcut."""
    forms = {_WORD.sub(r"\1 \2", norm), _PAIR.sub(r"\1\2", norm)}
    return tuple(sorted(f for f in forms if f != norm))


def test_compass_forms_equal_the_patterns_alone() -> None:
    rng = random.Random(48)
    parts = ["north", "south", "east", "west", "northwest", "southeast", "kyiv", "new",
             "york", "northern", "southampton", "", "n", "orth"]  # fmt: skip
    names = [" ".join(rng.choice(parts) for _ in range(rng.randint(1, 4))) for _ in range(2000)]
    names += ["southwest", "north west province", "kyiv", "south", "northsouth", ""]
    assert any(_compass_by_patterns(n) for n in names)  # the check sees some forms
    for name in names:
        assert compass_forms(name) == _compass_by_patterns(name), name


def test_among_equals_isin_for_one_and_two_dimensions() -> None:
    rng = random.Random(7)
    words = [f"w{i}" for i in range(60)]
    hashes = word_hashes(words[:25])
    pool = word_hashes(words)
    values = np.array([pool[rng.randrange(len(pool))] for _ in range(500)], dtype=np.uint64)
    assert among(values, hashes).tolist() == np.isin(values, hashes).tolist()
    column = values.reshape(-1, 1)  # Doc.to_array([ORTH]) is a column
    assert among(column, hashes).tolist() == np.isin(column, hashes).tolist()
    big = np.array([np.iinfo(np.uint64).max, 0], dtype=np.uint64)  # past either end
    assert among(big, hashes).tolist() == np.isin(big, hashes).tolist()
    assert among(values, word_hashes([])).tolist() == [False] * len(values)


_VOCAB = spacy.blank("en").vocab  # English lexical flags (is_title, is_alpha ...)


def _random_doc(rng: random.Random, n: int = 300) -> Doc:
    """A doc of random words in capitals, title case and lower case, with tags and entities."""
    vocab = ["KYIV", "PORT-AU-PRINCE", "N'DJAMENA", "'S", "A", "Kyiv", "Moayyad", "said",
             "the", "and", "-", "Norwegian", "NORWEGIAN", "airline", ",", "US", "X"]  # fmt: skip
    words = [rng.choice(vocab) for _ in range(n)]
    pos = [rng.choice(["PROPN", "NOUN", "ADJ", "VERB", "PUNCT"]) for _ in range(n)]
    deps = [rng.choice(["conj", "compound", "appos", "nsubj", "dep"]) for _ in range(n)]
    heads = [rng.randrange(n) for _ in range(n)]
    ents = [rng.choice(["O", "B-ORG", "B-PERSON", "B-GPE", "B-PRODUCT"]) for _ in range(n)]
    return Doc(_VOCAB, words=words, pos=pos, deps=deps, heads=heads, ents=ents)


def _capital_runs_token_by_token(doc: Doc) -> list[tuple[int, int]]:
    """:func:`capital_runs` as it read every token before."""
    out, i, n = [], 0, len(doc)
    while i < n:
        if not capital_word(doc[i].text, hyphens=True):
            i += 1
            continue
        j = i
        while j < n and capital_word(doc[j].text, hyphens=True):
            j += 1
        if j - i >= MIN_HEADLINE_WORDS:
            out.append((i, j))
        i = j
    return out


def test_doc_arrays_give_what_the_tokens_say() -> None:
    rng = random.Random(3)
    for _ in range(20):
        doc = _random_doc(rng, rng.randint(0, 60))
        assert token_texts(doc) == [t.text for t in doc]
        if len(doc):
            low = doc[0].lower
            assert where(doc, LOWER, low) == [t.i for t in doc if t.lower == low]
            assert where(doc, ORTH, doc[-1].orth) == [t.i for t in doc if t.text == doc[-1].text]


def test_capital_runs_and_conjuncts_equal_a_token_by_token_reading() -> None:
    rng = random.Random(11)
    seen_runs = seen_conj = 0
    for _ in range(60):
        doc = _random_doc(rng, rng.randint(1, 120))
        runs = list(capital_runs(doc))
        assert runs == _capital_runs_token_by_token(doc)
        conj = [(s.start, s.end) for s in conjoined_words(doc)]
        expected = [
            (t.i, t.i + 1)
            for t in doc
            if t.dep_ == "conj" and t.pos_ in COMMON_TAGS and t.is_title and t.is_alpha
            and not t.ent_type_ and not t.is_sent_start
            and t.head.pos_ == "PROPN" and t.head.is_title
        ]  # fmt: skip
        assert conj == expected
        seen_runs += len(runs)
        seen_conj += len(conj)
    assert seen_runs and seen_conj  # both found something to compare


def test_a_names_other_uses_are_read_from_the_same_words_only() -> None:
    rng = random.Random(5)
    checked = 0
    for _ in range(40):
        doc = _random_doc(rng, 80)
        for root in doc:
            same = [t for t in doc if t.lower_ == root.lower_ and t.i != root.i]
            others = Counter(t.ent_type_ for t in same)
            if root.ent_type_ == "ORG":
                assert mistagged_person(root) == (others["PERSON"] > others["ORG"])
                checked += 1
            person = any(t.text == root.text and t.ent_type_ == "PERSON" for t in doc)
            span = doc[root.i : root.i + 1]
            if 2 <= len(root.text) <= 6 and root.text.isalpha() and root.text.isupper():
                assert untagged_body(span, root) == (not person)
                checked += 1
    assert checked > 100


def test_a_respelled_town_is_looked_up_only_by_the_spellings_the_gazetteer_holds() -> None:
    from geomap.gazetteer import Gazetteer
    from geomap.nlp.respellings import known_spellings, respelled_town
    from tests.tiny_gazetteer import PLACES

    gaz = Gazetteer.from_places(PLACES)
    asked: list[str] = []

    class Counting:
        """The gazetteer, counting its look-ups by name; with or without ``known_norms``."""

        def __init__(self, batch: bool) -> None:
            if batch:
                self.known_norms = gaz.known_norms

        def candidates(self, name: str) -> list[Candidate]:
            asked.append(name)
            return gaz.candidates(name)

    names = ["Atlannta", "Atlanta", "Springfeild", "Kiyv", "Parris", "Xyzzy", "Georrgia"]
    for name in names:
        asked.clear()
        whole = respelled_town(Counting(batch=False), name)
        every = list(asked)
        asked.clear()
        assert respelled_town(Counting(batch=True), name) == whole, name
        assert set(asked) <= set(every)
    asked.clear()
    assert respelled_town(Counting(batch=True), "Atlannta")  # Atlanta, by a doubled letter
    assert asked == ["Atlannta", "Atlanta"]  # "Atlnnta" ... were never looked up
    assert known_spellings(object(), ["A", "B"]) == {"A", "B"}  # cannot tell: all
