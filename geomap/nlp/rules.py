"""Token- and span-level rules of toponym recognition (:mod:`geomap.nlp.recognizer`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Span, Token

from geomap.nlp.scoring import ADMIN_WORDS
from geomap.nlp.vocab import (
    ACRONYM_MAX,
    BLOCKING_LABELS,
    FACILITY_WORDS,
    FEATURE_KIND_WORDS,
    GENERIC_WORDS,
    NAME_PARTICLES,
    SINGLE_WORD_TYPES,
)
from geomap.records import Candidate


def lookup_demonym(gazetteer: Any, text: str) -> Any:
    """The place a demonym refers to, also for plurals ("Canadians", "Saudis"), or ``None``."""
    place = gazetteer.demonym(text)
    if place is None and len(text) > 3 and text.endswith("s"):
        place = gazetteer.demonym(text[:-1])
        if place is None and text.endswith("es"):
            place = gazetteer.demonym(text[:-2])
    return place


def is_acronym(text: str) -> bool:
    """Whether a name is an acronym ("AI", "MoD", "NATO"), not a word."""
    letters = text.replace(".", "").replace(" ", "")
    if len(letters) < 2 or len(letters) > ACRONYM_MAX or not letters.isalpha():
        return False
    uppers = sum(ch.isupper() for ch in letters)
    return letters.isupper() or (uppers >= 2 and uppers * 2 >= len(letters))


_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "n", "s", "e", "w", "n.", "s.", "e.", "w."}
)


def names_facility(words: Sequence[str]) -> bool:
    """Whether words name a street or a building ("Elm Street", "Eglinton Avenue West")."""
    lower = [w.lower() for w in words]
    if len(lower) > 2 and lower[-1] in _DIRECTIONS:
        lower = lower[:-1]
    return len(lower) > 1 and lower[-1] in FACILITY_WORDS


def is_facility(span: Span) -> bool:
    """Whether a span of several words names a street or a building ("Elm Street")."""
    return names_facility([t.text for t in span])


def not_a_name(ent: Span, person_words: frozenset[str]) -> bool:
    """Whether an entity without any gazetteer entry is unlikely to be a place name.

    True for acronyms ("AI", "MoD"), lower-case text ("on", "north west"), single
    common or generic words ("However", "West") and single words that are part of a
    person's name elsewhere in the article ("Buhari" after "Muhammadu Buhari").
    """
    if is_acronym(ent.text) or not ent.text[:1].isupper():
        return True
    if len(ent) == 1 and any(ch.isdigit() for ch in ent.text):
        return True  # "M23", "G7": a code, not a name
    if len(ent) == 1:
        tok = ent[0]
        return tok.is_stop or tok.lower_ in GENERIC_WORDS or tok.text in person_words
    return False


def person_words(doc: Doc) -> frozenset[str]:
    """Words that are part of a multi-word PERSON entity somewhere in the doc."""
    return frozenset(
        tok.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for tok in ent
    )


def labelled_not_place(doc: Doc) -> frozenset[str]:
    """One-word names the model tagged a person or an organisation somewhere in the doc."""
    return frozenset(
        ent.text for ent in doc.ents if ent.label_ in {"PERSON", "ORG"} and len(ent) == 1
    )


def inside_longer_name(span: Span) -> bool:
    """Whether a match continues a proper name to its left ("Mocimboa da Praia")."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in NAME_PARTICLES:
        i -= 1
    return i >= 0 and i < span.start and doc[i].pos_ == "PROPN" and not doc[i].is_sent_start


def names_with_next(tok: Token) -> bool:
    """Whether a capitalised adjective begins a name with the next word ("French Quarter").

    An adjective written with a capital ("French", "Latin", "Jewish") that modifies
    the capitalised proper noun right after it, which the model tagged as no entity,
    may make one name with it: then neither word is a place by itself (not France,
    not a village called Quarter). The callers decide by the gazetteer ("French
    President" is a title about France). At a sentence's start the capital says nothing.
    """
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.is_sent_start or tok.pos_ != "ADJ" or not tok.is_title:
        return False
    nxt = doc[tok.i + 1]
    return nxt.pos_ == "PROPN" and nxt.is_title and not nxt.ent_type_ and tok.head.i == nxt.i


def repeats(
    doc: Doc, spans: Sequence[Span], person_words: frozenset[str], gazetteer: Any
) -> list[Span]:
    """Other occurrences of names already taken as places, which the model mislabelled.

    "Odesa" found once as GPE is a place wherever else the article names it, even
    where the model tagged it PERSON or ORG, and so in capitals or not
    (:func:`case_variants`: the dateline's "IMMOKALEE" and the text's "Immokalee"); words
    of multi-word person names are not carried over, nor names the gazetteer does not
    know as a name or alias.
    """
    names = {
        s.text
        for s in spans
        if s.label_ not in {"NORP", "LANGUAGE"}
        and s.text[:1].isupper()
        and not (len(s) == 1 and (s[0].is_stop or s[0].lower_ in GENERIC_WORDS))
        and s.text not in person_words
        and any(
            notable(c, single=len(s) == 1, model_said=s.label_ in {"GPE", "LOC"})
            for c in gazetteer.candidates(s.text)
        )
    }
    if not names:
        return []
    taken = {i for s in spans for i in range(s.start, s.end)}
    named = [s for s in spans if s.text in names]
    names |= {v for s in named for v in case_variants(s.text) if v not in person_words}
    lengths = sorted({len(s) for s in named})
    firsts = {s[0].text for s in named} | {v.split()[0] for v in names}
    words = [t.text for t in doc]  # one pass over the tokens, not a Span per position
    out: list[Span] = []
    for n in lengths:
        for i in range(len(words) - n + 1):
            if words[i] not in firsts or i in taken or doc[i : i + n].text not in names:
                continue
            if any(j in taken for j in range(i, i + n)):
                continue
            out.append(Span(doc, i, i + n, label="REPEAT"))
    return out


#: Fewest letters of a name repeated in capitals or out of them ("US" is not "Us").
MIN_CASE_LETTERS = 4


def case_variants(text: str) -> set[str]:
    """The name in capitals and, written in capitals, in title case ("San Diego").

    Only for names of :data:`MIN_CASE_LETTERS` letters or more whose words are
    letters (and hyphens); "US" and "AU" are no "Us" and "Au".
    """
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < MIN_CASE_LETTERS or not all(
        w.replace("-", "").isalpha() for w in text.split()
    ):
        return set()
    if text.isupper():
        return {text.title()}
    return {text.upper()}


def notable(cand: Candidate, *, single: bool, model_said: bool) -> bool:
    """A name match that can stand for a place on its own.

    One word must name a country, admin-1 unit, region or city of 100,000 or more,
    or a town of 1,000 or more that the model itself tagged as a place once.
    """
    if cand.match not in {"name", "alias"}:
        return False
    if not single:
        return True
    p = cand.place
    big = p.feature_type in SINGLE_WORD_TYPES or (
        p.feature_type == "city" and p.population >= 100_000
    )
    return big or (model_said and p.feature_type == "city" and p.population >= 1_000)


def overlaps(span: Span, others: Sequence[Span]) -> bool:
    """Whether ``span`` shares a token with any of ``others``."""
    return any(span.start < o.end and o.start < span.end for o in others)


def blocked_tokens(doc: Doc) -> set[int]:
    """Token indices inside entities the gazetteer scan must not enter (people, dates ...)."""
    blocked: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in BLOCKING_LABELS:
            blocked.update(range(ent.start, ent.end))
    return blocked


def can_start(text: str, pos: str) -> bool:
    """Whether a gazetteer-scan match may start at a word (a capitalised one).

    Parameters
    ----------
    text, pos
        The token's text and coarse part of speech (``tok.text``, ``tok.pos_``).
    """
    return text[:1].isupper() and text[:1].isalpha() and pos not in {"PRON", "DET", "VERB"}


def can_continue(text: str, *, space: bool, sent_start: bool, punct: bool) -> bool:
    """Whether a gazetteer-scan match may extend over a word.

    Parameters
    ----------
    text
        The token's text.
    space, sent_start, punct
        Whether it is white space, starts a sentence, is punctuation.
    """
    if space or sent_start:
        return False
    if punct:
        return text in {"-", "'", "’", "&", "."}
    return True


def common_noun_as_name(span: Span) -> bool:
    """Whether a span is "the" + one capitalised generic word ("the Centre", "the West").

    News uses such words for a government or a bloc, not for the admin unit of that
    name somewhere else (Centre, Burkina Faso).
    """
    doc = span.doc
    return (
        len(span) == 1
        and span[0].lower_ in GENERIC_WORDS
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
    )


def drops_a_name(ent: Span, sub: Span) -> bool:
    """Whether cutting ``ent`` to ``sub`` leaves out a word of the name itself.

    A capitalised word right before or after ``sub``, other than an administrative
    one, is part of the name ("French" in "French Quarter", "Washington" in
    "Washington Square", "West" in "West Wing"); "the", "'s", "region" and names
    after a comma ("Thruxton, Hampshire") are not. A name of the form "X of Y" is
    one name too: "Line" in "the Line of Actual Control" leaves out "of Actual
    Control" (a town of China is called Line).
    """
    doc = ent.doc
    after = sub.end + 1
    if after < ent.end and doc[sub.end].lower_ == "of" and doc[after].text[:1].isupper():
        return True
    for i in (sub.start - 1, sub.end):
        if not ent.start <= i < ent.end:
            continue
        tok = doc[i]
        if not tok.is_alpha or not tok.text[:1].isupper() or tok.is_stop:
            continue
        if tok.lower_ in ADMIN_WORDS:
            continue
        return True
    return False


def name_end(doc: Doc, start: int, end: int) -> int:
    """The end of a name without the lower-case admin words after it ("Semnan province").

    News writes the kind of unit in lower case after its name ("in Semnan province",
    "northern Shan state"); the name is the toponym (the corpora annotate it so), and
    the resolver still reads the word after the span as a hint of an admin unit. A
    capitalised word is part of the name ("Shan State", "Kurdistan Region").
    A lower-case function word never ends a name either: the model sometimes takes
    the conjunction of a list into the entity ("at Grand and State" tagged "Grand and").
    """
    while (
        end - start > 1
        and doc[end - 1].is_lower
        and (doc[end - 1].lower_ in ADMIN_WORDS or doc[end - 1].is_stop)
    ):
        end -= 1
    return end


def natural_feature(ent: Span) -> Span:
    """A "the ..." entity that names a natural feature, without "the"; else the entity.

    An entity the gazetteer does not know that begins with "the" ("the Great Crash",
    "the Heimlich Maneuver") is seldom a place, unless its first or last word says
    which kind of feature it is: "the Matsu Islands", "the Messalo river", "the Kanawha
    Valley", "the Durand Line", "the Tishrin Dam" are judged by their names.
    """
    doc = ent.doc
    start = ent.start
    while start < ent.end - 1 and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    kinds = {doc[start].lower_, doc[ent.end - 1].lower_}
    if start > ent.start and ent.end - start > 1 and kinds & FEATURE_KIND_WORDS:
        return doc[start : ent.end]
    return ent


def abbreviation_period(doc: Doc, start: int, end: int, gazetteer: Any) -> bool:
    """Whether the span's last token is the period of an abbreviated name ("W.Va.", "Vt.").

    The tokenizer splits the period off "W.Va." or "Vt." where the model keeps it in
    the entity; it is part of the name when it is written onto a word with a period
    inside ("W.Va") or onto a short word that is only a gazetteer alias, no entry's
    own name ("Vt", "Calif"), not onto a full name ("Paris.").
    """
    if end - start < 2 or doc[end - 1].text != "." or doc[end - 2].whitespace_:
        return False
    word = doc[end - 2].text
    if not word[:1].isupper():
        return False
    if "." in word.strip("."):
        return True
    cands = gazetteer.candidates(word)
    return len(word) <= 5 and bool(cands) and all(c.match != "name" for c in cands)
