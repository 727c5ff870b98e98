"""A dateline and the sentence it opens kept together ("KHARKIV, Jan 8 — Residents ...").

After a headline line, the parser cut "KHARKIV, Jan 8 — Residents described a tense
night, the governor said." into "KHARKIV", "," and the rest, and the claim about
Kharkiv had the one word "KHARKIV" for its sentence and no speaker. A line that opens
with a place in capitals, then a comma, a bracket or a dash, and reaches a spaced dash
within a dozen tokens without a sentence end, a place in title case and a dash
("Borova — Ukrainian forces ..."), or a place in capitals and a colon
("KRAMATORSK: Residents queued ...") in the text's first lines and not in a
transcript (:func:`colon_dateline_allowed`), is one sentence with the words after its
dash or colon up to their first sentence end: no sentence starts inside it. Runs in
:class:`geomap.nlp.sentences.LineSentences`, before the parser.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from geomap.nlp.name_shapes import capital_word

#: Dashes that close a dateline ("LVIV, Ukraine (AP) — ...").
DASHES = frozenset({"—", "–", "--", "-"})
#: What may follow the place in capitals of a dateline closed by a dash.
_OPENERS = frozenset({",", "("}) | DASHES
#: Most words of the place in capitals ("PORT AU PRINCE").
MAX_PLACE_WORDS = 4
#: Most tokens from the dateline's start to its dash ("LA PAZ, Bolivia, Feb. 3 (AP) -").
MAX_DATELINE_TOKENS = 14
#: Fewest capital letters of the place: "UK police said" opens no dateline.
MIN_LETTERS = 4
_SENTENCE_ENDS = frozenset({".", "?", "!", "…"})
#: A colon closes a dateline only this near the text's start (its first lines).
OPENING_CHARS = 300
#: Most tokens after a dateline's dash kept in its sentence.
MAX_SENTENCE_TOKENS = 80


def dateline_joins(doc: Doc) -> None:
    """Forbid sentence starts inside each dateline at a line's or the text's start."""
    openings = list(_openings(doc))
    colons = colon_dateline_allowed(doc, openings)
    for start in openings:
        end = dateline_end(doc, start, colon=colons)
        if end is None:
            continue
        for tok in doc[start + 1 : _sentence_end(doc, end)]:
            tok.is_sent_start = False


def _sentence_end(doc: Doc, sep: int) -> int:
    """Where the sentence a dateline opens ends: past its first sentence end.

    At most :data:`MAX_SENTENCE_TOKENS` tokens after the dateline's dash or colon,
    and never past a start already marked (the next line's).
    """
    limit = min(len(doc), sep + MAX_SENTENCE_TOKENS)
    for tok in doc[sep + 2 : limit]:
        if tok.is_sent_start:
            return tok.i
        if doc[tok.i - 1].text in _SENTENCE_ENDS:
            return tok.i
    return limit


def _openings(doc: Doc) -> Iterator[int]:
    """The text's first word and each token already marked to start a sentence."""
    first = next((t.i for t in doc if not t.is_space), None)
    if first is not None:
        yield first
    for tok in doc[1:]:
        if tok.is_sent_start and tok.i != first and not tok.is_space:
            yield tok.i


def _titled(word: str) -> bool:
    """Whether ``word`` is a word in title case ("Borova", not "BOROVA" nor "the")."""
    return word[:1].isupper() and word.isalpha() and word[1:].islower()


def colon_dateline_allowed(doc: Doc, openings: Sequence[int]) -> bool:
    """Whether a colon may close a dateline in ``doc``: no transcript's speaker labels.

    "HARVEY: ...", "FENTON: ..." open line after line of an interview; a colon
    dateline opens a story once. Allowed when at most one of ``openings`` (the
    sentence or line starts) is words in capitals and a colon.
    """
    labels = 0
    for start in openings:
        end = start
        while end < len(doc) and end - start < MAX_PLACE_WORDS and capital_word(doc[end].text):
            end += 1
        labels += end > start and end < len(doc) and doc[end].text == ":"
        if labels > 1:
            return False
    return True


def dateline_end(doc: Doc, start: int, *, colon: bool = True) -> int | None:
    """The index of the dash or colon closing a dateline that opens at ``start``, or ``None``.

    The place: up to :data:`MAX_PLACE_WORDS` words in capitals with at least
    :data:`MIN_LETTERS` letters; then a colon, or a comma, a bracket or a dash and a
    spaced dash within :data:`MAX_DATELINE_TOKENS` tokens with no sentence end between.
    Words in title case close a dateline only by a dash right after them ("Borova —
    Ukrainian forces ..."): the parser cut "Borova" off as a sentence of its own.
    A word must follow the dash or colon.
    """
    end = start
    while end < len(doc) and end - start < MAX_PLACE_WORDS and capital_word(doc[end].text):
        end += 1
    titled = end == start  # "Borova — Ukrainian forces ...": a dash dateline in title case
    while titled and end < len(doc) and end - start < MAX_PLACE_WORDS and _titled(doc[end].text):
        end += 1
    letters = sum(ch.isalpha() for t in doc[start:end] for ch in t.text)
    if end == start or letters < MIN_LETTERS or end + 1 >= len(doc):
        return None
    sep = doc[end]
    if titled and sep.text not in ("—", "–"):  # not a hyphen: "Dynamo - Shakhtar 2:1"
        return None
    if sep.text == ":":
        if not colon or doc[start].idx > OPENING_CHARS:
            return None
        return end if doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper() else None
    if sep.text not in _OPENERS:
        return None
    for tok in doc[end : min(start + MAX_DATELINE_TOKENS, len(doc) - 1)]:
        if tok.text in _SENTENCE_ENDS:
            return None
        spaced = tok.text != "-" or bool(doc[tok.i - 1].whitespace_)
        if tok.text in DASHES and spaced and not doc[tok.i + 1].is_space:
            return tok.i
    return None


def dateline_seps(doc: Doc) -> list[int]:
    """The indices of the dashes and colons that close the doc's datelines."""
    openings = list(_openings(doc))
    colons = colon_dateline_allowed(doc, openings)
    return [
        end for start in openings if (end := dateline_end(doc, start, colon=colons)) is not None
    ]
