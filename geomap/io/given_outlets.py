"""The outlet of an article that names none: its dateline's agency, else the one given.

A text file, an e-mail or a folder of them names no outlet, and ``geomap claims --by
outlet`` put their places under "(outlet not given)".  An article whose metadata
names no outlet takes, in this order:

1. the agency its wire dateline names in brackets before the dash, at the start of
   one of its first lines ("LIMA, Peru (AP) —", "ROME, Dec 3 (Reuters) -"), with a
   note saying so (:func:`with_dateline_outlet`, once the article is parsed: a place
   that fills the brackets, "LVIV (Ukraine) —", is a mention and no outlet, as
   :mod:`geomap.nlp.outlet_brackets` has it, while an agency's name is no place);
2. the outlet the run was given (``geomap map --outlet NAME``,
   ``Settings(outlet=...)``), with a note (:func:`with_outlet`, as the article is read).

An article's own outlet always wins, but for one read from its address alone: a record
with no outlet and a ``url`` gets its host ("levantmonitor.example",
:func:`geomap.metadata.article_metadata`), and its dateline's "(Levant Monitor)" names
the outlet better, as the outlet's other articles name it.

Editors' notes are left out of every article's story here as well
(:mod:`geomap.io.correction_notes`): both are read from what the readers give, whatever
the input's format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from geomap.io.correction_notes import without_notes
from geomap.outlet_names import outlet_from_url
from geomap.records import Article, InputStatus, Mention
from geomap.sanitize import quoted
from geomap.setting_names import Wording, setting

#: Lines of the text's opening where a dateline is looked for (a headline, a byline first).
DATELINE_LINES = 5
#: A wire dateline: a place in capitals (three letters or more), maybe a country, a
#: state or a date after commas, then its agency in brackets and a spaced dash.
_DATELINE = re.compile(
    r"[ \t]*(?P<place>[^\W\d_a-z]{3,}(?:[ .'’-]+[^\W\d_a-z]+)*\.?)"
    r"(?:,[^()\n,—–]{1,30}){0,2}\s*"
    r"\((?P<agency>[^\W\d_][^()\n]{0,39}?)\)\s+(?:—|–|--|-)\s"
)
#: Most words of an agency's name ("Thomson Reuters Foundation").
MAX_AGENCY_WORDS = 4


@dataclass(frozen=True)
class Dateline:
    """A wire dateline's agency: its name, the dateline, the name's offsets in the text."""

    agency: str
    line: str
    start: int
    end: int


def wire_dateline(text: str) -> Dateline | None:
    """The wire dateline naming an agency near the top of ``text``, or ``None``.

    >>> wire_dateline("LIMA, Peru (AP) — Protesters blocked roads.")
    Dateline(agency='AP', line='LIMA, Peru (AP) —', start=12, end=14)
    >>> wire_dateline("Protesters (AP) — no dateline.") is None
    True
    """
    seen = at = 0
    for line in text.split("\n"):
        found = _DATELINE.match(line) if line.strip() else None
        if found is not None:
            agency = " ".join(found.group("agency").split())
            if len(agency.split()) <= MAX_AGENCY_WORDS and not any(c.isdigit() for c in agency):
                start, end = found.span("agency")
                return Dateline(agency, line[: found.end()].strip(), at + start, at + end)
        seen += bool(line.strip())
        if seen >= DATELINE_LINES:
            break
        at += len(line) + 1
    return None


def given_note(source: str, outlet: str, wording: Wording = Wording.OPTION) -> str:
    """The note on an article whose outlet is the one the run was given."""
    return f"{source}: outlet {quoted(outlet)} given ({setting('outlet', wording)})"


def with_outlet(
    article: Article, given: str | None = None, wording: Wording = Wording.OPTION
) -> Article:
    """``article`` with the ``given`` outlet when it names none, and a note saying so."""
    if article.metadata.get("outlet") or not given:
        return article
    meta = {**article.metadata, "outlet": given}
    note = given_note(article.source, given, wording)
    return replace(article, metadata=meta, notes=(*article.notes, note))


def with_dateline_outlet(article: Article, mentions: Sequence[Mention]) -> Article:
    """``article`` with its wire dateline's agency as outlet when it names none (module doc).

    ``mentions`` are the article's: a place that fills the dateline's brackets is
    no agency.  An outlet only given to the run (:func:`with_outlet`) gives way.
    """
    outlet = article.metadata.get("outlet")
    as_given_notes = {given_note(article.source, outlet, w) for w in Wording} if outlet else set()
    given = next((n for n in article.notes if n in as_given_notes), None)
    host = outlet is not None and outlet == outlet_from_url(article.metadata.get("url"))
    if outlet and given is None and not host:
        return article  # the article's own
    found = wire_dateline(article.text)
    if found is None or any(m.start == found.start and m.end == found.end for m in mentions):
        return article
    line = quoted(found.line)
    note = f"{article.source}: outlet {quoted(found.agency)} from the wire dateline {line}"
    notes = tuple(n for n in article.notes if n != given)
    meta = {**article.metadata, "outlet": found.agency}
    return replace(article, metadata=meta, notes=(*notes, note))


def as_given(
    items: Iterable[Article | InputStatus],
    outlet: str | None = None,
    wording: Wording = Wording.OPTION,
) -> Iterator[Article | InputStatus]:
    """The articles read, editors' notes left out and an outlet given (module doc).

    ``wording``: whose words the note of a given outlet names the setting in.
    """
    for item in items:
        if isinstance(item, Article):
            yield with_outlet(without_notes(item), outlet, wording)
        else:
            yield item
