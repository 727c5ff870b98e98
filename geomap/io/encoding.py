"""Decode article bytes: UTF-8 first, a byte-order mark, then charset-normalizer.

Newsroom files come as UTF-8, UTF-16 from Windows tools, Windows-1252 from
older CMS exports and ISO-8859-2/KOI8-R/Windows-1251 from Central and Eastern
European sites.  The encoding used is returned so the report can say so.
"""

from __future__ import annotations

import codecs
import contextlib
import zlib

from geomap.errors import InputError
from geomap.io.mixed_encoding import decode_mixed, mixed_name
from geomap.io.plausible_text import implausible
from geomap.text import MARKUP_TAG, normalize_text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Characters that text never holds: C0 controls other than tab and line breaks.
_CONTROLS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r\f\v") | {"\x7f"}


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``data`` announces, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return the normalised text and the encoding used.

    Parameters
    ----------
    data
        The file's bytes.
    source
        The input's name, for messages.
    declared
        An encoding the file declares (an HTML ``<meta charset>``, a mail's or a saved
        page's part's ``charset``), tried after UTF-8; it wins over lines decoded one by
        one (:func:`~geomap.io.mixed_encoding.decode_mixed`) unless its text shows more
        marks of a wrong code page.

    Raises
    ------
    geomap.errors.InputError
        If the bytes are binary data (NUL bytes) or no encoding reads them as text.
    """
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            return normalize_text(data.decode(encoding)), encoding.replace("-sig", "")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{source}: starts with a {encoding} byte-order mark but is not {encoding} "
                f"(invalid bytes at offset {exc.start})"
            ) from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        wide = _bomless_utf16(data)
        if wide is not None:
            return wide
        kind = _kind(data)  # a known format says what it is; else where its binary starts
        where = "" if kind else f" (NUL byte at offset {nul})"
        raise InputError(f"{source}: binary data, not text{where}{kind}")
    if data.startswith(b"%PDF-"):
        raise InputError(f"{source}: binary data, not text{_kind(data)}")
    try:
        return normalize_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    own = _declared(data, declared)
    mixed = decode_mixed(data, decode_stray)  # UTF-8 but for some lines (files joined)
    if mixed is not None and (own is None or _marks(mixed[0]) < _marks(own[0])):
        # the encoding the file declares wins unless it reads worse (a wrong declaration)
        return normalize_text(mixed[0]), mixed_name(mixed[1], mixed[2])
    if own is not None:
        return normalize_text(own[0]), own[1]
    return _detected(data, source)


def _marks(text: str) -> int:
    """Marks of a wrong code page in ``text``, its markup left out."""
    return implausible(MARKUP_TAG.sub(" ", text))


def _declared(data: bytes, declared: str | None) -> tuple[str, str] | None:
    """``data`` decoded in the encoding it declares, when that reads every byte."""
    if not declared:
        return None
    try:
        return data.decode(declared), codecs.lookup(declared).name
    except (LookupError, UnicodeDecodeError):
        return None


#: The first bytes of binary formats an article folder may hold by mistake.
_MAGIC = (
    (b"\x1f\x8b", "a gzip file: name it .gz (story.txt.gz) to have it decompressed"),
    (b"PK\x03\x04", "a zip archive: name it .zip to read the articles in it"),
    (b"%PDF", "a PDF: extract its text first"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)


def _kind(data: bytes) -> str:
    """``"; a gzip file: ..."`` when the bytes start as a known binary format (or are a tar)."""
    if data[257:262] == b"ustar":  # a tar archive's header names its format there
        return "; a tar archive: name it .tar to read the articles in it"
    if data.startswith(b"\x1f\x8b") and _gunzipped_head(data)[257:262] == b"ustar":
        return "; a gzipped tar archive: name it .tar.gz to read the articles in it"
    return next((f"; {what}" for magic, what in _MAGIC if data.startswith(magic)), "")


def _gunzipped_head(data: bytes) -> bytes:
    """The first 512 bytes gzip ``data`` holds (a tar header), or less if it is damaged."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 512)
    except zlib.error:
        return b""


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """``data`` read as UTF-16 without a byte-order mark, if that is what it is."""
    name = utf16_without_bom(data)
    return None if name is None else (normalize_text(data.decode(name)), name)


def utf16_without_bom(data: bytes, *, whole: bool = True) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` if ``data`` is UTF-16 text without a byte-order mark.

    Text that some Windows tools save as UTF-16 with no mark has its NUL bytes
    (the high bytes of Latin letters, spaces and punctuation) all at odd offsets
    (little-endian) or all at even ones (big-endian); binary data has them at
    both.  It is taken only if they are not a stray few and it then decodes to text
    with no control characters.  ``whole=False``: ``data`` is the start of a file,
    maybe cut inside a character.

    >>> utf16_without_bom("id,text".encode("utf-16-le"))
    'utf-16-le'
    """
    if whole and len(data) % 2:
        return None
    head = data[:65536]
    at = [i % 2 for i, byte in enumerate(head) if byte == 0]
    nuls = set(at)
    # one character in eight at least is Latin (digits, spaces, punctuation): a stray
    # NUL or two in UTF-8 text is no UTF-16
    if len(nuls) != 1 or len(at) * 16 < len(head):
        return None
    name = "utf-16-le" if nuls == {1} else "utf-16-be"
    try:
        text = codecs.getincrementaldecoder(name)().decode(data, final=whole)
    except UnicodeDecodeError:
        return None
    if any(ch in _CONTROLS for ch in text):
        return None
    return name


def mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 but for a few lines (exports in two encodings joined).

    True when at least as many lines with letters beyond ASCII read as UTF-8 as do not:
    a line in a single-byte code page is next to never valid UTF-8 (``é`` or a Cyrillic
    letter followed by a letter is no UTF-8 sequence), so one valid line is strong
    evidence.  A last line cut inside a character (a file's first bytes) is no mark.
    """
    good = bad = 0
    lines = data.split(b"\n")
    for n, line in enumerate(lines, 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError as exc:
            if not (n == len(lines) and exc.reason == "unexpected end of data"):
                bad += 1
    return 0 < bad <= good


def decode_stray(raw: bytes) -> tuple[str, str] | None:
    """Bytes of a UTF-8 file that are not UTF-8, decoded in the code page detected for them.

    ``None`` if no encoding reads them (or they are UTF-8 after all).
    """
    try:
        return _detected(raw, "")
    except InputError:
        return None


def detect_encoding(data: bytes) -> str:
    """The encoding that reads ``data`` most plausibly (see :func:`_detected`).

    Raises
    ------
    geomap.errors.InputError
        If no encoding reads it as text.
    """
    return _detected(data, "data")[1]


def _detected(data: bytes, source: str) -> tuple[str, str]:
    """The most plausible decoding among charset-normalizer's candidates.

    On short texts the detector's first choice is often a code page of another
    script ("Café" read as Farsi); its candidates are re-ranked by how many
    words mix scripts or hold symbols (``Krak¾w``, ``¯o³nierze``), then by how
    common the encoding is in news (twins that read the bytes alike are judged as
    one, so the commoner names them: KOI8-R, not KOI8-U, for Russian text).  Markup
    tags are blanked before counting: in a page with no ``<meta charset>``,
    ``</h1><p>Власти`` is no mixed word (it made Windows-1251 lose to Mac Cyrillic,
    whose capitals are symbols).
    """
    from charset_normalizer import from_bytes

    candidates: dict[str, tuple[str, float]] = {}
    for match in list(from_bytes(data))[:12]:
        name = codecs.lookup(str(match.encoding)).name
        candidates.setdefault(name, (str(match), match.percent_chaos))
    for name in _COMMON[:10]:  # the detector often leaves these out on short texts
        if name not in candidates:
            with contextlib.suppress(UnicodeDecodeError):
                candidates[name] = (data.decode(name), 0.0)
    least: dict[str, float] = {}  # twins (KOI8-U reading KOI8-R text) are judged as one
    for text, chaos in candidates.values():
        least[text] = min(chaos, least.get(text, chaos))
    best: tuple[tuple[float, int], str, str] | None = None
    for name, (text, _) in candidates.items():
        if any(ch in _CONTROLS for ch in text):
            continue
        common = _COMMON.index(name) if name in _COMMON else len(_COMMON)
        key = (_marks(text) + least[text] / 10, common)
        if best is None or key < best[0]:
            best = (key, text, name)
    if best is None:
        kind = _kind(data)  # a PNG's or GIF's first bytes hold no NUL
        raise InputError(
            f"{source}: not text in any encoding geomap recognises (not UTF-8, "
            f"and no other encoding reads it cleanly){kind or '; convert it to UTF-8'}"
        )
    return normalize_text(best[1]), best[2]


#: Encodings of news sites, most common first (ties between candidates go to these).
_COMMON = (
    "cp1252", "cp1250", "cp1251", "iso8859-2", "koi8-r", "koi8-u", "iso8859-1",
    "iso8859-15", "cp1257", "iso8859-5", "mac-roman", "gb18030", "big5", "shift_jis",
    "euc_jp", "euc_kr", "cp1253", "cp1254", "cp1255", "cp1256",
)  # fmt: skip


def encoding_note(source: str, encoding: str) -> str | None:
    """The report's note for a file that was not UTF-8 (``None`` for UTF-8)."""
    if encoding in ("utf-8", "ascii"):
        return None
    if encoding.startswith("utf-8, "):  # decode_mixed's
        return f"{source}: UTF-8{encoding[5:]}"
    return f"{source}: not UTF-8; decoded as {encoding}"


def declared_note(source: str, data: bytes, declared: str | None, encoding: str) -> str | None:
    """A note when a page's declared charset is not how its bytes were read.

    A ``<meta charset="iso-8859-1">`` on a page that is UTF-8 (a CMS template's
    label) is read as UTF-8, and the report says the label was wrong; ``None`` when
    the label fits, no label is given, or the bytes are ASCII (every label fits).

    >>> declared_note("a.html", "Kraków".encode(), "iso-8859-1", "utf-8")
    'a.html: declares charset iso-8859-1, but its bytes are utf-8 (read as utf-8)'
    >>> declared_note("a.html", "Kraków".encode(), "UTF8", "utf-8") is None
    True
    """
    if not declared or data.isascii():
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        return f"{source}: declares charset {declared}, which is unknown (read as {encoding})"
    if name == encoding.split(",")[0] or name.replace("-sig", "") == encoding:
        return None
    return (
        f"{source}: declares charset {declared}, but its bytes are {encoding} (read as {encoding})"
    )
