"""Read a gzip file that may be cut short, keeping what it holds before the cut.

``gzip.GzipFile`` raises ``EOFError`` when the compressed data ends before its
end marker (a download stopped half-way), and its buffered reader drops the
bytes decompressed in the same read: a feed cut that way lost every item, and
a JSON Lines file was reported as "cannot be read" after its first hundreds of
records had been read.  :class:`GzipStream` ends cleanly at the cut instead and
says so (:attr:`GzipStream.cut`), so each reader keeps the records it has and
the caller reports the cut.
"""

from __future__ import annotations

import io
import zlib
from typing import BinaryIO

#: Compressed bytes read at a time, and the most decompressed bytes returned at once.
_CHUNK = 1 << 16
#: ``zlib`` window bits for a gzip member (header and trailer checked).
_GZIP = 16 + zlib.MAX_WBITS


class GzipStream(io.RawIOBase):
    """The decompressed bytes of a gzip stream (every member of a concatenated file).

    Parameters
    ----------
    fh
        The compressed stream, closed with this one.

    Raises
    ------
    OSError
        From :meth:`readinto`, when the bytes are not gzip data.
    """

    def __init__(self, fh: BinaryIO) -> None:
        super().__init__()
        self._fh = fh
        self._inflate = zlib.decompressobj(_GZIP)
        self._pending = b""
        self._done = False
        self._out = 0
        #: Whether the data ended before the end marker of its last member.
        self.cut = False

    def close(self) -> None:
        """Close this stream and the compressed one."""
        if not self.closed:
            self._fh.close()
        super().close()

    def readable(self) -> bool:
        """Always: it is read, never written."""
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        """Fill ``buffer`` with decompressed bytes; 0 at the end (or at a cut)."""
        while not self._pending and not self._done:
            self._pending = self._more()
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def _more(self) -> bytes:
        """The next decompressed bytes (maybe none: call again until done)."""
        if self._inflate.eof:  # a member ended: another may follow (cat a.gz b.gz)
            data = self._inflate.unused_data or self._fh.read(_CHUNK)
            if not data.strip(b"\x00"):  # the end, or the NUL padding some tools add
                self._done = True
                return b""
            self._inflate = zlib.decompressobj(_GZIP)
        else:
            data = self._inflate.unconsumed_tail or self._fh.read(_CHUNK)
            if not data:
                self._done = True
                self.cut = True
                return b""
        try:
            out = self._inflate.decompress(data, _CHUNK)
        except zlib.error as exc:
            self._done = True
            if self._out:
                raise OSError(f"damaged gzip data after {self._out:,} bytes ({exc})") from exc
            raise OSError("not gzip data, though named .gz") from exc
        self._out += len(out)
        return out


def open_gzip(fh: BinaryIO) -> tuple[BinaryIO, GzipStream]:
    """``fh`` decompressed, buffered (``read``, ``readline``, ``peek``), and its stream."""
    raw = GzipStream(fh)
    return io.BufferedReader(raw, _CHUNK), raw


def cut_reason(source: str) -> str:
    """The report's reason for a gzip file cut short."""
    return (
        f"{source}: cut short: the gzip data ends before its end marker (a download "
        "stopped half-way?); what it held before the cut was read"
    )
