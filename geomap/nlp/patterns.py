"""News-style patterns the statistical model misses: datelines and state abbreviations.

* A dateline opens a story or a paragraph with the place in capitals:
  "CHARLESTON, W.Va. -- ...", "NAIROBI (Reuters) - ...", "KRAMATORSK: ..." (a colon
  only in the text's first lines, not in a transcript's "HARVEY: ..." lines, and
  before a country, an admin-1 unit or a city of 100,000 or more), also
  written with an apostrophe or hyphens ("N'DJAMENA, ...", "PORT-AU-PRINCE, ..."), by its English
  name ("HARGEISA" for Hargeysa).
  A copied web page may have lost the separator of the article's own dateline:
  "SAN ANTONIO Turner Sports analyst ..." (capitals, then a capitalised word).
* After "City," the AP Stylebook abbreviates US states; those that are also English
  words ("Ill.", "Miss.", "Wash.") are not gazetteer aliases (they would match the
  words), so they are read here only in that position: "Springfield, Ill.".
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from geomap.nlp.dateline_sentences import MIN_LETTERS, OPENING_CHARS, colon_dateline_allowed
from geomap.nlp.name_shapes import capital_word
from geomap.nlp.vocab import BIG_CITY

#: AP state abbreviations that are also words, read only after "City,".
AP_AMBIGUOUS: dict[str, str] = {
    "Ill.": "IL",
    "Ind.": "IN",
    "Miss.": "MS",
    "Mass.": "MA",
    "Wash.": "WA",
    "Ore.": "OR",
    "Pa.": "PA",
    "Mo.": "MO",
    "La.": "LA",
    "Del.": "DE",
    "Me.": "ME",
}
_DATELINE_END = frozenset({",", "-", "--", "—", "–", "(", ":"})
_DATELINE_TYPES = frozenset({"city", "admin1", "admin2", "country"})
_MAX_DATELINE_WORDS = 4
#: A possessive in capitals, split off its word by the tokenizer ("COX'S").
_POSSESSIVE_S = frozenset({"'S", "’S"})
#: Hyphens written between the words of one name ("PORT-AU-PRINCE").
_NAME_HYPHENS = frozenset({"-", "‐"})

#: The hashes of :data:`AP_AMBIGUOUS`'s abbreviations (the same in every vocabulary).
_AP_HASHES = frozenset(get_string_id(k) for k in AP_AMBIGUOUS)


def state_abbreviations(doc: Doc, gazetteer: Any) -> list[Span]:
    """Spans for "City, Ill."-style state abbreviations, their place fixed in ``span._.hint``."""
    out: list[Span] = []
    orths = doc.to_array(ORTH).tolist() if len(doc) > 2 else []
    for i in range(2, len(orths)):
        if orths[i] not in _AP_HASHES:  # most words: no Token made for them
            continue
        tok = doc[i]
        code = AP_AMBIGUOUS.get(tok.text)
        if code is None or doc[tok.i - 1].text != "," or not doc[tok.i - 2].text[:1].isupper():
            continue
        place = gazetteer.admin1("US", code)
        if place is not None:
            span = Span(doc, tok.i, tok.i + 1, label="GPE")
            span._.hint = place
            out.append(span)
    return out


def datelines(doc: Doc, gazetteer: Any) -> list[Span]:
    """Places in capitals at the start of a sentence, before a comma or dash."""
    if not doc.has_annotation("SENT_START"):
        return []
    out: list[Span] = []
    sents = list(doc.sents)
    colons = colon_dateline_allowed(doc, [s.start for s in sents])
    for sent in sents:
        end = _capitals_end(doc, sent.start, sent.end)
        if end == sent.start or end >= len(doc):
            continue
        if doc[end].text == ":" and (not colons or doc[sent.start].idx > OPENING_CHARS):
            continue  # a transcript's "HARVEY:", a label inside the story
        if doc[end].text not in _DATELINE_END and not _dropped_separator(doc, sent.start, end):
            continue
        span = doc[sent.start : end]
        colon = doc[end].text == ":"
        if colon and sum(ch.isalpha() for ch in span.text) < MIN_LETTERS:
            continue  # "UN: 70% of ..."
        if any(
            c.match in {"name", "alias", "exonym"}
            and c.place.feature_type in _DATELINE_TYPES
            and (not colon or _well_known(c.place))
            for c in gazetteer.candidates(span.text)
        ):
            out.append(Span(doc, span.start, span.end, label="GPE"))
    return out


def _well_known(place: Any) -> bool:
    """Whether a colon dateline may name ``place``: a country, an admin-1 unit, a big city.

    A caption's or a section's label in capitals ("JEWELL: Boyd Carney and ...") is a
    small town's name as often as not.
    """
    return place.feature_type in ("country", "admin1") or place.population >= BIG_CITY


def _capitals_end(doc: Doc, start: int, limit: int) -> int:
    """The end of the run of words in capitals from ``start`` ("KHAN YOUNIS", "PORT-AU-PRINCE").

    Words are joined by spaces or by a hyphen written without spaces; a hyphen
    followed by a space is the dateline's dash, which ends the run. A possessive "'S"
    stays with its word ("COX'S BAZAR").
    """
    end, words = start, 0
    while end < limit and words < _MAX_DATELINE_WORDS and capital_word(doc[end].text):
        end += 1
        words += 1
        if end < limit and doc[end].text in _POSSESSIVE_S and not doc[end - 1].whitespace_:
            end += 1  # the "'S" of "COX'S BAZAR", a token of its own
        joined = (
            end + 1 < limit
            and doc[end].text in _NAME_HYPHENS
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
        )
        if joined and capital_word(doc[end + 1].text):
            end += 1  # the hyphen inside "PORT-AU-PRINCE"
    return end


def _dropped_separator(doc: Doc, start: int, end: int) -> bool:
    """Whether capitals at the document's start run into a capitalised word in lower case.

    "OKLAHOMA CITY The Latest on ...": the dateline's comma or dash was lost on the
    way, the case change still shows where the place ends. Only the article's first
    words: elsewhere capitals before a name are a heading or an acronym.
    """
    if any(not doc[i].is_space for i in range(start)):
        return False
    nxt = doc[end]
    return nxt.is_alpha and nxt.is_title and not nxt.is_upper
