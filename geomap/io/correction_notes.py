"""An editor's correction or clarification note is no part of the story.

A story corrected after publication ends (or opens) with a note: "Correction: An
earlier version of this article said the wing was in Sheffield. It is in Leeds." Read
as the story, its places were mapped as the story's and its subject ("An earlier
version of this article") became a speaker.  A paragraph that opens with a note's cue
and a colon or dash (:data:`NOTE_CUES`, in the languages geomap reads: "Correction:",
"Clarification:", "Editor's note:", "Rectificatif :", "Korrektur:", "Sprostowanie:",
"Поправка:", "Виправлення:"; a date in brackets or after a comma may come between,
"Correction (Dec 3):") is blanked, its characters spaces so that offsets still index
the text, and the article's notes say so.  "Update:" and its translations open a
live blog's entries too: such a paragraph is a note only when it speaks of the
article itself (:data:`SELF_WORDS`: "This article has been updated ...").  A sentence
that only holds the word ("The correction in oil prices hit Lagos") is the story's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geomap.records import Article
from geomap.sanitize import quoted

#: Cues that open an editor's note in en, fr, de, pl, ru, uk.
NOTE_CUES = (
    r"corrections?|clarifications?|editor['’]?s['’]?\s+note|note\s+from\s+the\s+editors?"
    r"|rectificatif|erratum|précision|note\s+de\s+la\s+rédaction"
    r"|korrektur(?:hinweis)?|berichtigung|richtigstellung|klarstellung"
    r"|anmerkung\s+der\s+redaktion|hinweis\s+der\s+redaktion"
    r"|sprostowanie|korekta|poprawka|wyjaśnienie|nota\s+redakcyjna|od\s+redakcji"
    r"|поправка|исправление|уточнение|примечание\s+редакции|от\s+редакции"
    r"|виправлення|уточнення|примітка\s+редакції|від\s+редакції"
)
#: Cues that open a live blog's entries as well as an editor's note.
UPDATE_CUES = (
    r"updated?|mise\s+à\s+jour|aktualisierung|aktualizacja|обновлено|обновление|оновлено|оновлення"
)
#: Words by which an update note speaks of the article itself.
SELF_WORDS = re.compile(
    r"\b(?:article|story|report|version|piece|artikel|beitrag|fassung|artykuł\w*|tekst\w*"
    r"|wersj\w*|стать\w*|материал\w*|верси\w*|статт\w*|матеріал\w*|верс\w*)\b",
    re.IGNORECASE,
)
_DATED = r"(?:\s*\([^()\n]{1,40}\)|,[^:\n]{0,30}\d[^:\n]{0,12})?"
_OPENING = r"[ \t>*•\[]*"
_NOTE = re.compile(rf"{_OPENING}(?:{NOTE_CUES}){_DATED}\s*(?::|\s[—–-]\s)", re.IGNORECASE)
_UPDATE = re.compile(rf"{_OPENING}(?:{UPDATE_CUES}){_DATED}\s*(?::|\s[—–-]\s)", re.IGNORECASE)


def note_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each editor's note paragraph of ``text`` (module doc).

    A note runs from its cue's line to the next blank line (its line break left out).
    """
    spans: list[tuple[int, int]] = []
    start, open_at, previous_blank = 0, -1, True
    for line in text.split("\n"):
        end = start + len(line.rstrip("\r"))
        blank = not line.strip()
        if blank and open_at >= 0:
            open_at = -1
        elif not blank and previous_blank and _opens_note(text, start):
            open_at = start
            spans.append((start, end))
        elif open_at >= 0:
            spans[-1] = (open_at, end)
        start, previous_blank = start + len(line) + 1, blank
    return spans


def _opens_note(text: str, start: int) -> bool:
    """Whether the paragraph at ``start`` opens with a note's cue (module doc)."""
    if not text[start:].lstrip(" \t>*•[")[:1].isupper():
        return False
    if _NOTE.match(text, start):
        return True
    if _UPDATE.match(text, start) is None:
        return False
    paragraph = text[start:].split("\n\n", 1)[0]
    return SELF_WORDS.search(paragraph) is not None


def without_notes(article: Article) -> Article:
    """``article`` with its editor's notes blanked (spaces) and a note saying so."""
    spans = note_spans(article.text)
    if not spans:
        return article
    text = article.text
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    first = " ".join(article.text[spans[0][0] : spans[0][1]].split())
    shown = first if len(first) <= 60 else f"{first[:57]}..."
    said = (
        f"{article.source}: {len(spans)} editor's note(s) left out of the story ({quoted(shown)})"
    )
    return replace(article, text=text, notes=(*article.notes, said))
