"""Input text made inert for each place it is written to.

Text from inputs (article text, ids, metadata, file names) is data.  The map
escapes it for HTML and for JSON inside ``<script>`` (:mod:`geomap.mapping`);
this module covers the other sinks:

- :func:`spreadsheet_cell`: a CSV cell that a spreadsheet would read as a formula;
- :func:`terminal_text`: control characters that a terminal would obey (:func:`quoted`:
  a value named in a message, the same escapes);
- :func:`valid_unicode`: lone surrogates that no UTF-8 writer accepts;
- :func:`inert_bidi`: bidi controls that make the map show text in a spoofed order;
- :data:`BIDI_CONTROLS`: the one set of bidi control characters all of these use.
"""

from __future__ import annotations

import re
import unicodedata

#: First characters that make Excel, LibreOffice or Google Sheets read a cell as a
#: formula (OWASP "CSV injection"); tab and carriage return as well.  The full-width
#: forms count too: Excel in a CJK locale reads "＝1+1" as a formula; so does every other
#: character that compatibility normalisation (NFKC) makes one of the four signs (the small
#: forms ﹦ ﹢ ﹣ ﹫, super- and subscript ⁺ ⁼ ₊ ₌, Hebrew's ﬩): :data:`_FORMULA_SIGNS`.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_FORMULA_SIGNS = frozenset("=+-@")
#: White space and invisible characters a spreadsheet may skip before a formula's first
#: character (" =HYPERLINK(...)", a no-break or zero-width space, a line break).
_LEADING_BLANKS = re.compile("^[\\s\u180e\u200b-\u200f\u2060\ufeff]+")

#: The Unicode bidirectional formatting characters (property Bidi_Control): the Arabic
#: letter mark, the left-to-right and right-to-left marks, the embeddings and overrides
#: (U+202A-U+202E) and the isolates (U+2066-U+2069).  Invisible and never part of a word,
#: they reorder what a terminal, a spreadsheet or a page shows.  The one set every
#: consumer uses: :func:`geomap.text.flatten`, metadata cleaning, and the sinks below.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: Of those, the implicit marks (Arabic letter, left-to-right, right-to-left): common in
#: genuine right-to-left text, they only settle the direction of the neutral characters
#: beside them and never reverse a run of letters.  Shown sinks replace them with a
#: zero-width space (invisible, neutral); the embeddings, overrides and isolates, which
#: do reorder text, with U+FFFD, where the reader sees that something was taken out.
BIDI_MARKS = "\u061c\u200e\u200f"

_SURROGATE = re.compile("[\ud800-\udfff]")
#: C0 and C1 controls (but newline, handled by the caller), DEL, the line and paragraph
#: separators, and the bidi controls that reorder what a terminal shows.
_TERMINAL_UNSAFE = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")


#: Characters a JSON output writes as ``\\uXXXX`` escapes (C1 controls, DEL, the line and
#: paragraph separators, the bidi controls): ``cat report.json`` cannot be driven by them,
#: nor show a file name spoofed by a right-to-left override; the value read is the same.
_JSON_UNSHOWN = re.compile(f"[\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")


def json_inert(text: str) -> str:
    r"""JSON text with :data:`_JSON_UNSHOWN` characters escaped (they only stand in strings).

    >>> json_inert('{"source": "bidi\u202etxt.exe"}')
    '{"source": "bidi\\u202etxt.exe"}'
    """
    return _JSON_UNSHOWN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def spreadsheet_cell(value: object) -> object:
    """Return ``value`` safe to write as a CSV cell that spreadsheets open.

    A text cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return
    (or a character NFKC makes one of the signs: "＝", "﹦", "⁺"), after any white
    space or invisible characters, gets a leading ``'`` (OWASP's advice), so
    "=HYPERLINK(...)" and " =HYPERLINK(...)" are shown, not run.
    Control characters other than tab and line breaks (ESC, BEL...) and bidi
    overrides become U+FFFD, so ``cat claims.csv`` cannot drive a terminal.
    Numbers (a negative longitude) and other values are returned unchanged.

    Examples
    --------
    >>> spreadsheet_cell("=SUM(A1:A9)")
    "'=SUM(A1:A9)"
    >>> spreadsheet_cell(" \\t=1+1")
    "' \\t=1+1"
    >>> spreadsheet_cell(-12.5)
    -12.5
    """
    if not isinstance(value, str):
        return value
    if _CELL_CONTROLS.search(value) is not None:  # the marks are bidi controls too
        value = _CELL_CONTROLS.sub("\ufffd", _MARKS.sub("\u200b", value))
    if value[:1].isalnum():  # a letter or digit first: neither a blank nor a formula prefix
        return value
    rest = _LEADING_BLANKS.sub("", value, count=1)
    if (
        rest.startswith(FORMULA_PREFIXES)
        or unicodedata.normalize("NFKC", rest[:1]) in _FORMULA_SIGNS
    ):
        return "'" + value
    return value


_CELL_CONTROLS = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_MARKS = re.compile(f"[{BIDI_MARKS}]")


#: Bidi controls make a browser show text in an order other than its own
#: ("John \u202eevil\u202c Doe" shown as "John live Doe").
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def inert_bidi(text: str) -> str:
    """Return ``text`` with each bidi control (:data:`BIDI_CONTROLS`) made inert.

    An embedding, override or isolate becomes U+FFFD; an implicit mark
    (:data:`BIDI_MARKS`) a zero-width space, so genuine right-to-left text stays clean.

    One character for one, so offsets into the text still hold; what a page shows
    is then the text's own order, never one an article chose to spoof.

    >>> inert_bidi("John \u202eevil\u202c Doe")
    'John \ufffdevil\ufffd Doe'
    """
    return _BIDI.sub("\ufffd", _MARKS.sub("\u200b", text))


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}"


def terminal_text(text: str, *, keep_newlines: bool = True) -> str:
    """Return ``text`` with control characters shown as escapes (``\\u001b``).

    Escape sequences in article text or file names (colours, cursor moves, a
    terminal title, bidirectional overrides) are printed as inert text; the
    escapes are valid inside JSON strings too.

    Parameters
    ----------
    text
        Anything about to be printed to a terminal.
    keep_newlines
        Keep ``"\\n"`` as a line break (else it is escaped too).

    Examples
    --------
    >>> terminal_text("red\\x1b[31m")
    'red\\\\u001b[31m'
    """
    out = _TERMINAL_UNSAFE.sub(_escape_char, valid_unicode(text))
    if not keep_newlines:
        out = out.replace("\n", "\\n")
    return out


def quoted(text: object) -> str:
    r"""``text`` quoted for a message: on one line, control characters as ``\u001b``.

    The one way a message names a value from input or the command line (a file name,
    ``--article``, a name looked up, a date): ``{value!r}`` wrote ``\x1b``, which no
    other message of geomap writes.

    >>> quoted("Geo\x1b[31mrgia")
    "'Geo\\u001b[31mrgia'"
    """
    return "'" + terminal_text(str(text), keep_newlines=False) + "'"


def valid_unicode(text: str) -> str:
    """Replace lone surrogates (``"\\udfff"`` from JSON) with U+FFFD.

    Such strings cannot be written as UTF-8; everything else is unchanged.
    """
    if not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


def visible_id(text: str) -> str:
    """An id with lone surrogates and control characters spelled out (``\\udcff``, ``\\u001b``).

    Distinct bad ids stay distinct: file names with undecodable bytes and JSON
    ids such as ``"\\udfff"`` become valid, printable text, and an id with an
    escape sequence or a bidi override is the same in every output (claims.csv
    would show it differently from articles.jsonl).  Other text is unchanged.

    >>> visible_id("s3\\x1b[31m")
    's3\\\\u001b[31m'
    """
    if _SURROGATE.search(text):
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return _ID_UNSAFE.sub(_escape_char, text)


#: What an id never holds as such (:func:`visible_id`): every control character, the
#: line and paragraph separators and the bidi controls.
_ID_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")


#: ANSI escape sequences: CSI ("\x1b[2J", "\x1b[31m"), OSC ("\x1b]0;title\x07") and the
#: two-character ones.
ESCAPE_SEQUENCES = re.compile(
    r"\x1b(?:\[[0-?]{0,64}[ -/]{0,8}[@-~]|\][^\x07\x1b]{0,500}(?:\x07|\x1b\\)|[@-Z\\-_])"
)


def without_escapes(text: str) -> str:
    """``text`` without terminal escape sequences (for markup, whose offsets are its own).

    An HTML page or field loses its control characters when parsed, so ESC ``[31m``
    would leave "[31m" before a name; :func:`geomap.text.flatten` blanks them in
    plain text.

    >>> without_escapes("officials in \x1b[31mKyiv\x1b[0m said")
    'officials in Kyiv said'
    """
    return ESCAPE_SEQUENCES.sub("", text) if "\x1b" in text else text


def plain_line(text: str) -> str:
    """``text`` as one plain line: control, separator and bidi characters become spaces.

    For what a user types that a page shows (``--title``); a terminal's escape
    sequence goes whole (:func:`without_escapes`), not leaving "[31m".

    >>> plain_line("NATO\\x1b[31m \\u202ecoverage\\n")
    'NATO coverage'
    """
    return " ".join(_TERMINAL_UNSAFE.sub(" ", without_escapes(valid_unicode(text))).split())


def has_visible_text(text: str) -> bool:
    """Whether ``text`` holds anything but white space and control characters.

    >>> has_visible_text("\\x00\\x00 \\n"), has_visible_text("Kyiv")
    (False, True)
    """
    return bool(_TERMINAL_UNSAFE.sub("", text).strip())


def has_surrogates(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (see :func:`valid_unicode`)."""
    return bool(_SURROGATE.search(text))
