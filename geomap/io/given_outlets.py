"""The outlet of an article that names none: its dateline's agency, else the one given.

A text file, an e-mail or a folder of them names no outlet, and ``geomap claims --by
outlet`` put their places under "(outlet not given)".  An article whose metadata
names no outlet takes, in this order:

1. the agency its wire dateline names in brackets before the dash, at the start of
   one of its first lines ("LIMA, Peru (AP) —", "ROME, Dec 3 (Reuters) -"), with a
   note saying so (the bracket is never a place either:
   :mod:`geomap.nlp.outlet_brackets`);
2. the outlet the run was given (``geomap map --outlet NAME``,
   ``Settings(outlet=...)``), with a note.

An article's own outlet always wins.  Editors' notes are left out of every article's
story here as well (:mod:`geomap.io.correction_notes`): both are read from what the
readers give, whatever the input's format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from geomap.io.correction_notes import without_notes
from geomap.records import Article, InputStatus

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


def dateline_agency(text: str) -> tuple[str, str] | None:
    """The agency a wire dateline near the top of ``text`` names, and the dateline.

    >>> dateline_agency("LIMA, Peru (AP) — Protesters blocked roads.")
    ('AP', 'LIMA, Peru (AP) —')
    >>> dateline_agency("Protesters (AP) — no dateline.") is None
    True
    """
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        found = _DATELINE.match(line)
        if found is not None:
            agency = " ".join(found.group("agency").split())
            words = agency.split()
            if len(words) <= MAX_AGENCY_WORDS and not any(ch.isdigit() for ch in agency):
                return agency, line[: found.end()].strip()
        seen += 1
        if seen >= DATELINE_LINES:
            break
    return None


def with_outlet(article: Article, given: str | None = None) -> Article:
    """``article`` with an outlet when it names none (module doc), and a note on where from."""
    if article.metadata.get("outlet"):
        return article
    found = dateline_agency(article.text)
    if found is not None:
        agency, line = found
        note = f"{article.source}: outlet {agency!r} from the wire dateline {line!r}"
        outlet = agency
    elif given:
        note = f"{article.source}: outlet {given!r} given (--outlet)"
        outlet = given
    else:
        return article
    meta = {**article.metadata, "outlet": outlet}
    return replace(article, metadata=meta, notes=(*article.notes, note))


def as_given(
    items: Iterable[Article | InputStatus], outlet: str | None = None
) -> Iterator[Article | InputStatus]:
    """The articles read, editors' notes left out and an outlet given (module doc)."""
    for item in items:
        yield with_outlet(without_notes(item), outlet) if isinstance(item, Article) else item
