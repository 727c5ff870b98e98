"""Sentence boundaries from the article's line breaks.

News text often comes one sentence per line, and sometimes breaks a line after
an abbreviation ("a retired U.S." / "Air Force general"). The doc text has its
newlines replaced by spaces (``Doc._.line_breaks`` keeps where they were);
this component, placed before the parser, marks a sentence start after a line
that ends a sentence, and forbids one after a line that cannot end a sentence
(it ends with a title such as "Dr." or an abbreviation and has no finite verb,
or the next line starts in lower case). A run of :data:`MAX_SENTENCE_TOKENS`
tokens without a sentence end (a list of names on one line, text without
punctuation) is cut at its last comma, or where it reaches the limit; an opening
quotation mark after a sentence end starts the next sentence
(:mod:`geomap.nlp.opening_quotes`); a dateline is one sentence with the words after
it (:mod:`geomap.nlp.dateline_sentences`); a headline line is one sentence
(:mod:`geomap.nlp.headline_sentences`); a capitalised word after an emoji that follows a
word starts one (:mod:`geomap.nlp.symbol_sentences`); a figure opening a line goes on with
the words after it (:mod:`geomap.nlp.number_openers`). The parser decides the rest.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

import numpy as np
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from geomap.extensions import doc_text, register_extensions
from geomap.gazetteer.districts import abbreviation
from geomap.nlp.dateline_sentences import dateline_joins
from geomap.nlp.headline_sentences import headline_joins
from geomap.nlp.line_wraps import fills, goes_on, name_across, wrap_width
from geomap.nlp.number_openers import number_opener_joins
from geomap.nlp.opening_quotes import quotes_open_sentences
from geomap.nlp.sentence_joins import lowercase_joins, opening_word_joins
from geomap.nlp.symbol_sentences import pictographs_end_sentences
from geomap.text import ends_sentence, line_spans

TITLES = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cpl",
        "adm",
        "cmdr",
        "rev",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "mt",
        "messrs",
        "hon",
        "fr",
        "sr",
        "jr",
        "amb",
        "brig",
    ]
)
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
WRAPPED_LINE = 60  # characters: a longer unpunctuated line is taken as hard-wrapped prose
#: Most tokens a sentence runs without a sentence end. Every mention carries its
#: sentence: a 2 MB line with no sentence end gave each of its 120,000 mentions a
#: 10,000-character sentence (1.2 GB of GeoJSON, 4 GB of memory). News sentences
#: are far shorter.
MAX_SENTENCE_TOKENS = 150
_SENTENCE_ENDS = (".", "?", "!", "…")
_PAUSES = frozenset({",", ";", ":"})
#: A character that ends a sentence, where a token ends (:data:`_SENTENCE_ENDS`).
_ENDS = re.compile("[.?!…]")


def _is_abbreviation(token: Token) -> bool:
    text = token.text
    if not text.endswith("."):
        return False
    core = text[:-1]
    return core.lower() in TITLES or "." in core or (len(core) <= 3 and core.isupper())


def _has_finite_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.tag_ in _FINITE_TAGS for t in span)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


@Language.factory("geomap_line_sentences", default_config={"gazetteer": None})
def line_sentences(nlp: Language, name: str, gazetteer: Any) -> LineSentences:
    """The component; with a ``gazetteer``, a known name across a line break joins its lines."""
    return LineSentences(gazetteer)


class LineSentences:
    """Set ``is_sent_start`` at line boundaries of the original article text.

    Parameters
    ----------
    gazetteer
        Where a place name running across a break is looked up ("Envoys met in New" /
        "York on Monday": one line goes on), or ``None``.
    """

    def __init__(self, gazetteer: Any = None) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        """Mark ``doc``'s sentence starts and non-starts."""
        register_extensions()
        _title_joins(doc)
        lowercase_joins(doc)
        _line_starts(doc, self.gazetteer)
        number_opener_joins(doc)  # "-2 killed in Rafah.": the figure goes on
        opening_word_joins(doc)
        dateline_joins(doc)  # "KHARKIV, Jan 8 — Residents ...": one sentence
        headline_joins(doc)  # "Odessa : un terminal céréalier en feu": one sentence
        quotes_open_sentences(doc)  # "… три человека. «Повреждены …": « opens the next
        pictographs_end_sentences(doc)  # "… from Sumy region 🤔 Ukraine's …"
        _cut_runaway_sentences(doc)
        return doc


#: Titles that end a name's first word inside a line, never a sentence: "said Sgt. |
#: Michael Green" ("St.", "Jr." and "Sr." may end one: "on Main St. | The car …").
_NAME_TITLES = TITLES - {"st", "mt", "sr", "jr"}


def _title_joins(doc: Doc) -> None:
    """Forbid a sentence start after a title inside a line ("said Sgt. | Michael Green").

    The parser ends a sentence at "Sgt." and leaves the name, its speaker, alone in the
    next; a capitalised word after a title (:data:`_NAME_TITLES`) goes on with it.
    """
    for tok in doc[:-1]:
        text = tok.text
        if not text.endswith(".") or not doc[tok.i + 1].is_title:
            continue
        if text == "." and tok.i and not doc[tok.i - 1].whitespace_:
            text = doc[tok.i - 1].text  # "Sgt" "." as two tokens
        if text.rstrip(".").lower() in _NAME_TITLES:
            doc[tok.i + 1].is_sent_start = False
    _unit_abbreviation_joins(doc)


def _unit_abbreviation_joins(doc: Doc) -> None:
    """Forbid a sentence start after an abbreviated unit word ("woj. | śląskiego").

    The tokenizer leaves the dot of "woj.", "pow." alone and the sentencizer ends a
    sentence there, cutting the unit's name in two; the next word, in lower case, goes on.
    """
    for tok in doc[1:-1]:
        nxt = doc[tok.i + 1]
        if tok.text == "." and nxt.is_lower and abbreviation(doc[tok.i - 1].text, doc.lang_):
            nxt.is_sent_start = False


def _cut_runaway_sentences(doc: Doc, limit: int = MAX_SENTENCE_TOKENS) -> None:
    """Start a sentence in every run of ``limit`` tokens without a sentence end.

    The cut falls after the run's last comma, semicolon or colon in its second half,
    else at the limit; a token the line rules forbid to start a sentence is never one.
    A doc with no such run (nearly every article) is told by one vectorised pass.
    """
    if not _has_runaway(doc, limit):
        return
    run = 0
    pause = -1
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_sent_start or prev.text.endswith(_SENTENCE_ENDS):
            run, pause = 0, -1
            continue
        run += 1
        if prev.text in _PAUSES and tok.is_sent_start is None:
            pause = tok.i
        if run < limit:
            continue
        cut = pause if pause > tok.i - limit // 2 else tok.i
        if doc[cut].is_sent_start is False:
            continue
        doc[cut].is_sent_start = True
        run, pause = tok.i - cut, -1


def _has_runaway(doc: Doc, limit: int) -> bool:
    """Whether ``doc`` has ``limit`` tokens in a row with no sentence start or end before them.

    The same resets as :func:`_cut_runaway_sentences`' loop: a token marked as a
    sentence start, or one after a token that ends with ``. ? ! …``.
    """
    if len(doc) <= limit:
        return False
    rows = doc.to_array([SENT_START, IDX, LENGTH]).astype(np.int64)
    text = doc_text(doc)
    closing = np.array([m.end() for m in _ENDS.finditer(text)], dtype=np.int64)
    ends = np.isin(rows[:, 1] + rows[:, 2], closing)
    reset = rows[:, 0] == 1
    reset[1:] |= ends[:-1]
    reset[0] = True
    starts = np.flatnonzero(reset)
    runs = np.diff(np.append(starts, len(doc)))
    return bool(runs.max() > limit)


def _line_starts(doc: Doc, gazetteer: Any = None) -> None:
    """Sentence starts and non-starts at the article's line breaks.

    A break inside hard-wrapped prose is a space: after a line that goes on
    (:func:`~geomap.nlp.line_wraps.goes_on`), one that fills the article's wrap width
    (:func:`~geomap.nlp.line_wraps.wrap_width`), one whose last words and the next
    line's first make a name the gazetteer knows, and every line after such a one up
    to a sentence end ("officials in / New / York said": "New York").
    """
    breaks = doc._.line_breaks
    if not breaks:
        return
    text = doc_text(doc)
    lines = line_spans(text, breaks)
    width = wrap_width(text, lines)
    wrapping = False  # the line before is the rest of a wrapped one
    for (prev_start, prev_end), (next_start, next_end) in pairwise(lines):
        prev = text[prev_start:prev_end]
        nxt = text[next_start:next_end]
        if not nxt.strip():
            wrapping = False
            continue
        first = _first_token_from(doc, text, next_start, next_end)
        if first is None or first.i == 0:
            continue
        if not prev.strip():
            first.is_sent_start = True  # paragraph break
            wrapping = False
            continue
        last = _last_token_before(doc, text, prev_start, prev_end)
        if last is None:
            continue
        if first.text[:1].islower() or (
            _is_abbreviation(last)
            and (
                last.text[:-1].lower() in TITLES or not _has_finite_verb(doc, prev_start, prev_end)
            )
        ):
            first.is_sent_start = False
            wrapping = True
        elif ends_sentence(prev):
            first.is_sent_start = True
            wrapping = False
        elif (
            wrapping
            or goes_on(last)
            or fills(prev, nxt, width)
            or name_across(last, first, prev_start, gazetteer)
        ):
            wrapping = True  # hard-wrapped prose: the break is a space
        elif len(prev.strip()) < WRAPPED_LINE:
            # A short unpunctuated line (headline, byline, dateline, a list's item).
            first.is_sent_start = True
        else:
            # A long line without final punctuation: hard-wrapped text; the parser decides.
            wrapping = True


# ``text`` is ``doc_text(doc)``, passed in: spaCy rebuilds ``doc.text`` on every access.
def _first_token_from(doc: Doc, text: str, start: int, end: int) -> Token | None:
    for char in range(start, end):
        if not text[char].isspace():
            return _token_at(doc, char)
    return None


def _last_token_before(doc: Doc, text: str, start: int, end: int) -> Token | None:
    for char in range(end - 1, start - 1, -1):
        if not text[char].isspace():
            return _token_at(doc, char)
    return None
