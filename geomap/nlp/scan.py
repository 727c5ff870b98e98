"""The gazetteer scan of :mod:`geomap.nlp.recognizer`: capitalised runs of words it knows.

It finds the multi-word regions, waters and landforms that the model splits or
misses ("the Baltic states", "the Black Sea"), and big places the model left
untagged.  From each word that may start a name, the longest run of words (up
to ``max_tokens``, within a sentence, outside people's names and dates) that is
an entry's own name or alias is taken.

The doc's words are read once (:class:`Words`) and each run's text is cut from
the doc's text: trying every run does not make a :class:`~spacy.tokens.Span`
(nor rebuild its text) per run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, IS_TITLE, LOWER, ORTH, POS, SENT_START
from spacy.tokens import Doc, Span

from geomap.extensions import doc_text
from geomap.gazetteer.names import normalize_name
from geomap.nlp.boundaries import (
    blocked_tokens,
    can_continue,
    can_start,
    inside_longer_name,
    names_with_next,
)
from geomap.nlp.compounds import HYPHENS
from geomap.nlp.kind_tails import without_kind_tail
from geomap.nlp.name_shapes import demonym_as_modifier, is_acronym, joined_countries
from geomap.nlp.particle_names import particle_names
from geomap.nlp.vocab import (
    BIG_CITY,
    CONNECTORS,
    FACILITY_WORDS,
    GENERIC_WORDS,
    GROUP_NOUNS,
    SCAN_TYPES,
    SINGLE_WORD_TYPES,
)
from geomap.records import Candidate

#: Capitalised words after a name that make it part of a longer name: a street's or a
#: building's ("Oxford Road"), an organisation's of states ("Sahel States").
_NAME_ENDS = FACILITY_WORDS | GROUP_NOUNS
#: The token attributes :class:`Words` reads, in its order.
_ATTRS = [ORTH, LOWER, POS, IDX, IS_PUNCT, IS_TITLE, IS_SPACE, SENT_START]


class Words:
    """The token attributes the scan reads, one list each, read at once from ``doc``.

    The attributes come from one :meth:`~spacy.tokens.Doc.to_array` (no
    :class:`~spacy.tokens.Token` is made per word).

    Parameters
    ----------
    doc
        The parsed doc.
    """

    def __init__(self, doc: Doc) -> None:
        columns = doc.to_array(_ATTRS).T.tolist() if len(doc) else [[] for _ in _ATTRS]
        orth, lower, pos, idx, punct, title, space, sent_start = columns
        strings = doc.vocab.strings
        self.text: list[str] = [strings[i] for i in orth]
        self.lower: list[str] = [strings[i] for i in lower]
        self.pos: list[str] = [strings[i] if i else "" for i in pos]
        self.idx: list[int] = idx
        self.punct: list[bool] = [bool(v) for v in punct]
        self.title: list[bool] = [bool(v) for v in title]
        # may start a match (rules.can_start)
        self.starts: list[bool] = [
            can_start(t, p) for t, p in zip(self.text, self.pos, strict=True)
        ]
        # may extend a match (rules.can_continue); SENT_START is 1, 0 (unknown) or -1
        self.extends: list[bool] = [
            can_continue(t, space=bool(sp), sent_start=st == 1, punct=pu)
            for t, sp, st, pu in zip(self.text, space, sent_start, self.punct, strict=True)
        ]
        self.first: list[bool] = [st == 1 for st in sent_start]
        self.doc_text = doc_text(doc)

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start:end`` (``doc[start:end].text``)."""
        last = end - 1
        return self.doc_text[self.idx[start] : self.idx[last] + len(self.text[last])]


def scan(doc: Doc, words: Words, gazetteer: Any, max_tokens: int) -> Iterator[Span]:
    """Yield the gazetteer's names found in ``doc`` (its ``words``), each the longest.

    Then the names whose words a hyphen and a lower-case particle join
    (:func:`geomap.nlp.particle_names.particle_names`).
    """
    blocked = blocked_tokens(doc)
    known = _known_runs(words, blocked, gazetteer, max_tokens)
    i = 0
    while i < len(doc):
        if i in blocked or not words.starts[i]:
            i += 1
            continue
        end = _longest_match(doc, words, i, blocked, gazetteer, max_tokens, known)
        if end is None:
            i += 1
            continue
        yield Span(doc, i, end, label="GAZ")
        i = end
    yield from particle_names(doc, words, gazetteer)  # "Qasr-e Shirin", "Mazar-i-Sharif"


def _tried_ends(words: Words, i: int, blocked: set[int], max_tokens: int) -> Iterator[int]:
    """The ends of the runs from token ``i`` that may be a name, longest first."""
    # can_continue stops at the next sentence's first token
    n = len(words.text)
    limit = min(n, i + max_tokens)
    end = i + 1
    while end < limit and end not in blocked and words.extends[end]:
        end += 1
    for j in range(end, i, -1):
        last = j - 1
        if words.lower[last] in CONNECTORS or words.punct[last]:
            continue
        if j < n and words.title[j] and words.lower[j] in _NAME_ENDS:
            continue  # "Oxford Road", "the Alliance of Sahel States"
        yield j


def _known_runs(
    words: Words, blocked: set[int], gazetteer: Any, max_tokens: int
) -> frozenset[str] | None:
    """The texts of the runs the scan may try whose normalised name the gazetteer holds.

    Asked of the gazetteer at once (:meth:`~geomap.gazetteer.Gazetteer.known_norms`):
    most runs are no name at all, and a run left out has no candidates, so the
    scan skips it without a lookup of its own.  ``None`` when the gazetteer
    cannot tell (every run is then looked up).
    """
    known_norms = getattr(gazetteer, "known_norms", None)
    if known_norms is None:
        return None
    norms: dict[str, str] = {}
    for i in range(len(words.text)):
        if i in blocked or not words.starts[i]:
            continue
        for j in _tried_ends(words, i, blocked, max_tokens):
            text = words.span_text(i, j)
            if text not in norms:
                norms[text] = normalize_name(text)
    present = known_norms(norms.values())
    return frozenset(t for t, norm in norms.items() if norm in present)


def _longest_match(
    doc: Doc,
    words: Words,
    i: int,
    blocked: set[int],
    gazetteer: Any,
    max_tokens: int,
    known: frozenset[str] | None = None,
) -> int | None:
    """The end of the longest name starting at token ``i``, if any.

    ``known``: the runs' texts the gazetteer holds (:func:`_known_runs`); any other
    run is no name.
    """
    for j in _tried_ends(words, i, blocked, max_tokens):
        if known is not None and words.span_text(i, j) not in known:
            continue
        if (
            _acceptable(doc, words, i, j, gazetteer)
            and not inside_longer_name(doc[i:j])
            and not hyphen_joined(doc, words, i, j, gazetteer)
            and not before_surname(doc, j, gazetteer)
        ):
            head = words.span_text(i, j - 1) if j - i > 1 else ""
            if head and without_kind_tail(
                gazetteer, words.span_text(i, j), head, words.text[j - 1]
            ):
                return j - 1  # "the Galwan valley": the name is "Galwan"
            return j
    return None


def before_surname(doc: Doc, end: int, gazetteer: Any) -> bool:
    """Whether the word at ``end`` makes the name before it a person's given name.

    "Coach Marino Pusic said": the model runs one entity over "Marino Pusic", and
    the word after the place's name is a capitalised proper noun that ends the same
    entity and is no common word, no name the gazetteer holds and no demonym: a surname,
    so "Marino" is a given name, not Moscow's Marino district. "Kyiv Post" (a common
    word), "Gaza Strip" (a name it holds) and two names the model keeps apart are not.
    """
    if end >= len(doc) or end == 0:
        return False
    nxt, last = doc[end], doc[end - 1]
    if not (nxt.is_alpha and nxt.is_title and nxt.pos_ == "PROPN" and nxt.ent_iob_ == "I"):
        return False
    if end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        return False  # a surname ends its entity: "Air" goes on in "U.S. Air Force"
    if not last.ent_type_ or last.ent_type_ != nxt.ent_type_:
        return False
    word = nxt.lower_
    if gazetteer.candidates(nxt.text) or gazetteer.demonym(nxt.text) is not None:
        return False
    from geomap.nlp.headline_case import common_word, inflected_common

    return not common_word(word) and not inflected_common(word)


def hyphen_joined(doc: Doc, words: Words, start: int, end: int, gazetteer: Any) -> bool:
    """Whether tokens ``start:end`` are one side of a hyphenated name of capitalised words.

    "Amara Diallo-Kent", "Kent-Smith": the other side is a capitalised word of
    more than one letter that the scan would not take as a place itself, so the
    compound is one name.  A compound of two places ("Armenia-Italy") and a
    party's initial ("D-Calif.") are not.
    """
    sides = ((start - 2, start - 1, start - 2), (end + 1, end, end - 1))
    for other, hyphen, last in sides:
        if not 0 <= other < len(doc) or doc[hyphen].text not in HYPHENS:
            continue
        if doc[last].whitespace_ or doc[hyphen].whitespace_:
            continue
        word = doc[other]
        if (
            word.is_title
            and len(word.text) > 1
            and not _acceptable(doc, words, other, other + 1, gazetteer)
        ):
            return True
    return False


def _opening_name(words: Words, start: int, end: int, good: list[Candidate]) -> bool:
    """Whether a one-word sentence opening the tagger took for a common noun is a big place.

    "Kharkiv metro school reopens", "Kharkiv: metro school reopens": a brief's or a
    headline's first word, with no context for the tagger, is tagged NOUN.  It is the
    place when it is capitalised, a lower-case word or a colon follows it, the
    gazetteer holds it as a country, an admin-1 unit or a city of
    :data:`~geomap.nlp.vocab.BIG_CITY` or more, and it is no common English word
    ("Reading", "Nice", "Marches": :func:`~geomap.nlp.headline_case.common_word`,
    :func:`~geomap.nlp.headline_case.inflected_common`).
    """
    if end - start != 1 or not words.first[start] or words.pos[start] != "NOUN":
        return False
    if not words.title[start] or end >= len(words.text):
        return False
    after = words.text[end]
    if after != ":" and not after.islower():
        return False
    big = any(
        c.place.feature_type in {"country", "admin1"} or c.place.population >= BIG_CITY
        for c in good
    )
    if not big:
        return False
    from geomap.nlp.headline_case import common_word, inflected_common

    word = words.lower[start]
    return not common_word(word) and not inflected_common(word)  # "Marches", "Reading"


def _acceptable(doc: Doc, words: Words, start: int, end: int, gazetteer: Any) -> bool:
    """Whether tokens ``start:end`` name a place the scan may take on its own."""
    text = words.span_text(start, end)
    cands: list[Candidate] = gazetteer.candidates(text)
    good = [c for c in cands if c.match in {"name", "alias"}]
    if not good:
        return False
    if is_acronym(text):
        return any(c.match == "alias" for c in good)
    length, last = end - start, end - 1
    if length == 1 or (length == 2 and words.lower[start] == "the"):
        if words.lower[last] in GENERIC_WORDS:
            return False
        if words.pos[last] not in {"PROPN", ""} and not _opening_name(words, start, end, good):
            return False
        if demonym_as_modifier(doc[start:end], gazetteer):
            return False  # "the Saudi-led coalition"
        if last > 0 and names_with_next(doc[last - 1]):
            # the end of a longer name ("French Quarter"), unless a well-known place
            return any(
                c.place.feature_type == "country" or c.place.population >= BIG_CITY for c in good
            )
        return any(
            c.place.feature_type in SINGLE_WORD_TYPES
            or (c.place.feature_type == "city" and c.place.population >= BIG_CITY)
            for c in good
        )
    if joined_countries(gazetteer, text):
        return False  # "Australia and New Zealand": two countries, read one by one
    return any(c.place.feature_type in SCAN_TYPES for c in good) or (
        words.title[last] and any(c.place.population >= 100_000 for c in good)
    )
