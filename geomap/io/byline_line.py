"""A byline on a line of its own at the top of a page's text: the author, not the story.

A page that marks its byline with no class trafilatura knows keeps "By Marc Davies" as
a paragraph of its text, and its author was none.  :func:`byline_line` finds such a
line among the text's first :data:`OPENING_LINES` lines: a byline's label (:data:`LABEL`:
"By", "Von", "Par", "Autor:", "Автор:", "Текст:") and one to four names of capitalised
words joined by "and" in the language ("By Marc Davies and Olha Melnyk"), nothing else;
inside a name, a lowercase particle names carry (:data:`PARTICLES`: "Pieter de Vries",
"Ursula von der Leyen") or a particle joined to the next word ("Hamad al-Thani").
The line leaves the text and its names become the author when the page declares none
(:func:`without_byline_line`); a text file's is blanked (:func:`blank_byline_line`).
A byline that goes on ("By Jane Doe in Kyiv", "By the time ...") is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Lines of a page's text (its headline first) where a byline is looked for.
OPENING_LINES = 4
#: Longest byline line (characters).
MAX_BYLINE_CHARS = 120
#: A byline's label before its names.
LABEL = r"(?:(?i:by)|Von|Par|Autor(?:ka)?|Tekst|Автор(?:ка)?|Текст)(?:\s*:\s*|\s+)"
#: A word of a name: capitalised (initials, hyphens and apostrophes as names have them).
_NAME_WORD = r"[^\W\d_][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}"
#: Lowercase particles inside a name ("de Vries", "von der Leyen", "bin Salman"); a
#: word of the sentence ("in", "the") is none, so "By Marc Davies in Kyiv" stays text.
PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "des", "di", "da", "das", "do", "dos", "du"}
    | {"van", "von", "ter", "ten", "le", "la", "bin", "bint", "ibn", "al", "el", "zu"}
)
#: A particle joined to the capitalised word after it ("al-Thani", "d'Estaing").
_JOINED_PARTICLE = re.compile(r"^[^\W\d_]{1,3}[-'’]\w")
#: Most capitalised words in one name.
MAX_NAME_WORDS = 4
#: What joins two authors' names.
_JOINS = r"(?:,\s*|\s+(?:and|und|et|i|и|і|та|&)\s+)"
_BYLINE = re.compile(rf"{LABEL}(?P<names>{_NAME}(?:{_JOINS}{_NAME}){{0,3}})\s*")
_SPLIT = re.compile(_JOINS)


def byline_line(text: str, headline: str | None = None) -> tuple[str, int, int] | None:
    """The authors of a byline line near the top of ``text`` ("; "-joined), its start and end.

    The ``headline``'s line is not one ("By Dawn, Kherson Emptied"), nor a line over
    :data:`MAX_BYLINE_CHARS` characters.
    """
    for words, start, end in opening_lines(text, headline):
        if len(words) <= MAX_BYLINE_CHARS:
            found = _BYLINE.fullmatch(words)
            if found and _capitalised(found.group("names")):
                names = [n.strip() for n in _SPLIT.split(found.group("names")) if n.strip()]
                return "; ".join(names), start, end
    return None


def opening_lines(text: str, headline: str | None = None) -> Iterator[tuple[str, int, int]]:
    """The first :data:`OPENING_LINES` lines of ``text`` with words: words, start, end.

    A line's words are joined by single spaces; the ``headline``'s line counts but is
    not given.
    """
    start = seen = 0
    head = " ".join((headline or "").split()).casefold()
    for line in text.split("\n"):
        end = start + len(line)
        words = " ".join(line.split())
        if words and words.casefold() != head:
            yield words, start, end
        if words:
            seen += 1
            if seen >= OPENING_LINES:
                return
        start = end + 1


def _capitalised(names: str) -> bool:
    """Whether each name of ``names`` is capitalised words ("Marc Davies", not "the").

    A name opens and ends with a capitalised word (or one with a particle joined to
    it, "al-Thani"); a lowercase word between them is a :data:`PARTICLES` one.
    """
    found = [n.split() for n in _SPLIT.split(names) if n.strip()]
    return bool(found) and all(_one_name(words) for words in found)


def _one_name(words: list[str]) -> bool:
    """Whether ``words`` are one person's name (see :func:`_capitalised`)."""

    def upper(word: str) -> bool:
        joined = _JOINED_PARTICLE.match(word)
        return word[:1].isupper() or (
            joined is not None and word[len(joined.group()) - 1 :][:1].isupper()
        )

    inner = words[1:-1]
    capitals = sum(1 for w in words if w[:1].isupper())
    return (
        bool(words)
        and words[0][:1].isupper()
        and upper(words[-1])
        and all(upper(w) or w.casefold() in PARTICLES for w in inner)
        and capitals <= MAX_NAME_WORDS
    )


def without_byline_line(text: str, meta: dict[str, str]) -> str:
    """``text`` without its byline line; its authors as ``meta``'s when it has none.

    ``meta``'s ``title`` is the page's headline.
    """
    found = byline_line(text, meta.get("title"))
    if found is None:
        return text
    names, start, end = found
    meta.setdefault("author", names)
    rest = text[:start] + text[end:]
    return re.sub(r"\n{3,}", "\n\n", rest).strip("\n")


def blank_byline_line(text: str, meta: dict[str, str]) -> str:
    """``text`` with its byline line as spaces (offsets still index the file); see above."""
    return blanked(text, meta, "author", byline_line(text, meta.get("title")))


def blanked(text: str, meta: dict[str, str], key: str, found: tuple[str, int, int] | None) -> str:
    """``text`` with the line ``found`` (value, start, end) as spaces; its value as ``meta[key]``.

    ``meta`` keeps a value it has; the offsets of the rest of ``text`` are unchanged.
    """
    if found is None:
        return text
    value, start, end = found
    meta.setdefault(key, value)
    return text[:start] + " " * (end - start) + text[end:]
