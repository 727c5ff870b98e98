"""A UTF-8 text with lines or bytes in a single-byte code page, decoded piece by piece.

Files joined with ``cat``, or pasted from an old CMS, hold UTF-8 lines beside a
Windows-1251 line, or a UTF-8 line with a Windows-1252 curly quote (byte 0x92).
Decoded whole in one detected code page, every UTF-8 letter became two of mojibake
("KrakÃ³w").  A line with a letter beyond ASCII that reads as UTF-8 is next to never
in a single-byte code page, so :func:`decode_mixed` keeps those as UTF-8 and decodes
the others in the code page charset-normalizer finds for them all
(:func:`geomap.io.encoding.decode_stray`): a line mostly in that code page whole, a
UTF-8 line with a few stray bytes piece by piece (its UTF-8 runs as UTF-8, the stray
bytes in the code page).
"""

from __future__ import annotations

from collections.abc import Callable

#: Stray runs a line may have before it is read whole in the code page.
_MAX_STRAY_RUNS = 64


def decode_mixed(
    data: bytes, stray: Callable[[bytes], tuple[str, str] | None]
) -> tuple[str, str, list[int]] | None:
    """``data`` decoded line by line when it is UTF-8 but for some lines.

    Parameters
    ----------
    data
        The file's bytes (no byte-order mark, no NUL).
    stray
        Detects the code page of bytes that are not UTF-8 (returns the text and the
        encoding, or ``None``).

    Returns
    -------
    tuple or None
        The text, the code page of the other lines and their numbers (from 1);
        ``None`` when no line with letters beyond ASCII reads as UTF-8, every one
        does, or no code page reads the others.
    """
    lines = data.split(b"\n")
    good = 0
    bad: list[int] = []
    for n, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad.append(n)
    if not good or not bad:
        return None
    found = stray(b"\n".join(_stray_bytes(lines[n]) for n in bad))
    if found is None:
        return None
    encoding = found[1]
    others = set(bad)
    out = [
        _decode_line(line, encoding) if n in others else line.decode("utf-8")
        for n, line in enumerate(lines)
    ]
    return "\n".join(out), encoding, [n + 1 for n in bad]


def _runs(line: bytes) -> list[tuple[bool, bytes]]:
    """``line`` as runs of UTF-8 (``True``) and of bytes that are not (``False``)."""
    runs: list[tuple[bool, bytes]] = []
    pos = 0
    while pos < len(line) and len(runs) <= 2 * _MAX_STRAY_RUNS:
        try:
            line[pos:].decode("utf-8")
        except UnicodeDecodeError as exc:
            start, end = pos + exc.start, pos + exc.end
            runs += [(True, line[pos:start]), (False, line[start:end])]
            pos = end
            continue
        runs.append((True, line[pos:]))
        break
    else:
        if pos < len(line):
            runs.append((False, line[pos:]))
    return runs


def _stray_bytes(line: bytes) -> bytes:
    """What of ``line`` its code page is detected on.

    The whole line, or, when it is mostly UTF-8, its stray bytes and its ASCII.
    """
    runs = _runs(line)
    if not _mostly_utf8(runs):
        return line
    return b" ".join(chunk if not ok else bytes(b for b in chunk if b < 0x80) for ok, chunk in runs)


def _mostly_utf8(runs: list[tuple[bool, bytes]]) -> bool:
    """Whether the line's UTF-8 letters beyond ASCII outnumber its stray bytes."""
    wide = sum(sum(b >= 0xC0 for b in chunk) for ok, chunk in runs if ok)
    stray = sum(len(chunk) for ok, chunk in runs if not ok)
    return wide >= stray and len(runs) <= 2 * _MAX_STRAY_RUNS


def _decode_line(line: bytes, encoding: str) -> str:
    """One line that is not UTF-8: piece by piece when mostly UTF-8, else whole."""
    runs = _runs(line)
    if not _mostly_utf8(runs):
        return line.decode(encoding, "replace")
    return "".join(
        chunk.decode("utf-8") if ok else chunk.decode(encoding, "replace") for ok, chunk in runs
    )


def mixed_name(encoding: str, lines: list[int]) -> str:
    """How a file decoded by :func:`decode_mixed` is named in notes.

    >>> mixed_name("cp1252", [3, 7])
    'utf-8, lines 3, 7 in cp1252'
    """
    shown = ", ".join(str(n) for n in lines[:10]) + (" ..." if len(lines) > 10 else "")
    return f"utf-8, line{'s' if len(lines) > 1 else ''} {shown} in {encoding}"
