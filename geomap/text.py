"""Article text normalisation and line-break handling.

Every offset geomap writes indexes the *normalised* article text: decoded
UTF-8, BOM removed, ``\\r\\n`` and ``\\r`` turned into ``\\n``.  :func:`flatten` makes
each newline, control and bidirectional control character a space, one for one; the
spaCy doc is built from :func:`geomap.model_text.model_text` of the text (white space
squeezed), whose offset map turns the doc's offsets back into the article's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from geomap.sanitize import BIDI_CONTROLS, ESCAPE_SEQUENCES, quoted
from geomap.sanitize import without_escapes as without_escapes  # its home; read here too

#: A markup tag (``<p>``, ``</a>``, ``<meta property="og:title" content="...">``, a comment's
#: or doctype's ``<!...>``): the one pattern that takes tags out of metadata values and
#: speakers' names and out of a page before its code page is judged.  A ``<`` that opens
#: no tag (``<5%``, ``x<y``) is kept.
MARKUP_TAG = re.compile(r"</?[A-Za-z!][^<>]{0,500}>")
_BOM = "\ufeff"
#: Bidi controls are invisible and never part of a word, but glued to one they make the
#: model misread it: :func:`flatten` turns them into spaces, as it does the C0 control
#: characters (a BEL or ESC left in a scraped page: "Ukraine\x07 said"), tab aside, and DEL.
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F))


def _c1(code: int) -> str:
    """What a C1 control stands for: text decoded as Latin-1 that was Windows-1252."""
    try:
        return bytes([code]).decode("cp1252")  # "\x96" a dash, "\x93" an opening quote
    except UnicodeDecodeError:  # five codes Windows-1252 leaves undefined
        return " "


_FLAT = str.maketrans(
    {
        **dict.fromkeys("\n" + _CONTROLS + BIDI_CONTROLS, " "),
        **{chr(c): _c1(c) for c in range(0x80, 0xA0)},
    }
)
_SENTENCE_END = frozenset(".!?\"'”’»:;)…")


#: Letters only Ukrainian writes among the Cyrillic alphabets of the region.
UKRAINIAN_LETTERS = frozenset("іїєґ")


def word_sets(table: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Word lists by language: ``{"de": "in im"} -> {"de": frozenset({"in", "im"})}``."""
    return {lang: frozenset(words.split()) for lang, words in table.items()}


def normalize_text(raw: str) -> str:
    """Return article text with any BOM removed and line endings turned into ``"\\n"``."""
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def flatten(text: str) -> str:
    """Replace each newline, control character and bidi control by a space (as long as ``text``).

    A C1 control becomes the Windows-1252 character it stands for ("sign\x96holding":
    "sign–holding"), which the model reads as punctuation.

    "\u2067Ahmed Saleh\u2069 said": the model reads the name, not "\u2067Ahmed".  A
    terminal's escape sequence is blanked whole (ESC ``[31mJohn``: "John", not "[31mJohn").
    """
    if "\x1b" in text:
        text = ESCAPE_SEQUENCES.sub(lambda m: " " * len(m.group()), text)
    return text.translate(_FLAT)


def line_breaks(text: str) -> tuple[int, ...]:
    """Return the offsets of every ``"\\n"`` in ``text``."""
    return tuple(m.start() for m in re.finditer("\n", text))


def ends_sentence(line: str) -> bool:
    """Whether a line (stripped of trailing blanks) ends with sentence-final punctuation."""
    stripped = line.rstrip()
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def is_paragraph_break(text: str, offset: int) -> bool:
    """Whether the newline at ``offset`` is followed by a blank line (a paragraph break)."""
    rest = text[offset + 1 :]
    nxt = rest.split("\n", 1)[0]
    return not nxt.strip() or (offset > 0 and text[offset - 1] == "\n")


def line_spans(text: str, breaks: Sequence[int]) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of each line given the newline offsets."""
    spans: list[tuple[int, int]] = []
    start = 0
    for b in breaks:
        spans.append((start, b))
        start = b + 1
    spans.append((start, len(text)))
    return spans


def chunk_spans(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into ``(start, end)`` pieces of at most ``limit`` characters.

    Each cut falls at the last paragraph break in the second half of the
    window, else the last line break, else the last sentence end (". ", "? ",
    "! "), else the last space; only text with none of these is cut mid-word.
    The pieces cover the text exactly, in order.

    >>> chunk_spans("One. Two.\\n\\nThree.", 12)
    [(0, 11), (11, 17)]
    """
    if limit <= 0 or len(text) <= limit:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = -1
        for sep in ("\n\n", "\n", ". ", "? ", "! ", " "):
            found = text.rfind(sep, lo, hi)
            if found >= 0:
                cut = found + len(sep)
                break
        if cut <= start:
            cut = hi
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    """Whether ``text`` (a character, or any character of it) is Cyrillic."""
    return bool(_CYRILLIC.search(text))


_LINK = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.I)
#: The most links a text may hold to be taken for a list of links, not a story.
_MAX_LINKS = 50
_WORD = re.compile(r"\S+")
#: How the reason of a text of links only ends: what to give instead.
LINK_ONLY_HINT = "geomap fetches nothing: save the page as .html and map that"


def link_only_warning(text: str) -> str | None:
    """A warning when an article's text is nothing but links (a URL list, not the story).

    geomap reads text offline and fetches nothing, so such an article gives no
    place; the warning says what to give instead.

    >>> link_only_warning(" https://example.org/news/1 ")[:46]
    "the text is only a link ('https://example.org/"
    >>> link_only_warning("Troops in Kyiv, https://example.org") is None
    True
    """
    # at most one word past the limit: never a list (or a copy) of a long article's words
    words = [m.group() for m in itertools.islice(_WORD.finditer(text), _MAX_LINKS + 1)]
    if not words or len(words) > _MAX_LINKS or not all(_LINK.fullmatch(w) for w in words):
        return None
    what = "a link" if len(words) == 1 else f"{len(words)} links"
    return f"the text is only {what} ({quoted(words[0][:200])}); {LINK_ONLY_HINT}"
