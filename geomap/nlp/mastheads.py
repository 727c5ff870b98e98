"""A place's name inside a newspaper's title is no place ("told the Dnipro Post").

"The Moscow Times reported", "told the Kyiv Post", "according to the Kyiv
Independent": a place's name opens the title of an outlet, often the article's own
(its ``og:site_name``), and the model or the gazetteer scan finds the place there.
:func:`without_mastheads` drops a toponym that follows "the" and is followed, in the
same run of capitalised words, by a word that ends newspapers' titles
(:data:`MASTHEAD_WORDS`), the run's last word. "the Kyiv Post Office" (the run goes on
past "Post") and "Kyiv's post office" stay places.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

#: Words that end the titles of newspapers and news outlets, from the mastheads of the
#: English-language press ("The Washington Post", "The Moscow Times", "The Kyiv
#: Independent", "Daily Telegraph") and a few transliterated ones ("Ukrainska Pravda").
MASTHEAD_WORDS = frozenset(
    {
        "post", "times", "herald", "tribune", "gazette", "telegraph", "journal",
        "independent", "chronicle", "observer", "guardian", "courier", "examiner",
        "inquirer", "dispatch", "monitor", "sentinel", "standard", "pravda", "gazeta",
    }
)  # fmt: skip
#: Most capitalised words after the place's name up to the masthead word.
MAX_TITLE_WORDS = 2


def masthead_part(span: Span) -> bool:
    """Whether ``span`` opens a newspaper's title after "the" (module doc)."""
    doc: Doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    end = span.end
    while end < len(doc) and end - span.end < MAX_TITLE_WORDS + 1 and doc[end].is_title:
        end += 1
    if end == span.end or (end < len(doc) and doc[end].is_title):
        return False  # no word after it, or a longer name ("the Kyiv Post Office")
    return doc[end - 1].lower_ in MASTHEAD_WORDS


def without_mastheads(doc: Doc, spans: Sequence[Span]) -> list[Span]:
    """``spans`` without the places opening a newspaper's title (module doc)."""
    return [s for s in spans if not masthead_part(s)]
