"""A web archive (WARC, ISO 28500): one article per archived HTML page.

Crawlers (wget ``--warc-file``, Heritrix, Browsertrix, Common Crawl) save pages as
WARC records: a ``WARC/1.x`` line, named header fields, a blank line, then
``Content-Length`` bytes.  :func:`read_warc` streams the records; each ``response``
(an HTTP answer: status line and headers, then the body, maybe chunked and
gzip-compressed) or ``resource`` record holding an HTML page with status 200 is read
as an ``.html`` file is (:func:`geomap.io.documents.read_document`), its
``WARC-Target-URI`` as the article's ``url`` when the page names none.  Requests,
metadata, images, scripts and redirects are no articles and are passed over; a
file with no page says so.  A ``.warc.gz`` (gzip members, one per record) is read
as any ``.gz`` file is.  A page over the size limit costs only itself.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from geomap.errors import InputError
from geomap.metadata import outlet_from_url
from geomap.records import Article, InputStatus

WARC_SUFFIXES = frozenset({".warc"})
#: Header lines a record (or an HTTP answer) may have, and the longest one read.
_MAX_HEADERS = 500
_MAX_LINE = 65536
#: Content types read as a page.
_PAGE_TYPES = ("text/html", "application/xhtml+xml")

ReadResult = Article | InputStatus


def _headers(fh: BinaryIO) -> dict[str, str] | None:
    """Header fields up to a blank line, names lower-cased; ``None`` at the file's end."""
    found: dict[str, str] = {}
    for _ in range(_MAX_HEADERS):
        line = fh.readline(_MAX_LINE)
        if not line:
            return None
        if not line.strip():
            return found
        name, sep, value = line.decode("utf-8", "replace").partition(":")
        if sep:
            found.setdefault(name.strip().lower(), value.strip())
    raise InputError("a record's header has too many lines; the rest of the file not read")


def _skip(fh: BinaryIO, length: int) -> None:
    while length > 0:
        chunk = fh.read(min(length, 1 << 20))
        if not chunk:
            return
        length -= len(chunk)


def _http(block: bytes) -> tuple[int, dict[str, str], bytes]:
    """An HTTP answer's status, header fields (names lower-cased) and body."""
    head, _, body = block.partition(b"\r\n\r\n")
    if not _:
        head, _, body = block.partition(b"\n\n")
    lines = head.decode("iso-8859-1").splitlines()
    status_line = lines[0].split() if lines else []
    status = int(status_line[1]) if len(status_line) > 1 and status_line[1].isdigit() else 0
    fields: dict[str, str] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip().lower()] = value.strip()
    return status, fields, body


def _dechunked(body: bytes) -> bytes:
    """A chunked HTTP body joined (what can be read of it, if it is cut)."""
    out, pos = [], 0
    while pos < len(body):
        end = body.find(b"\r\n", pos)
        if end < 0:
            break
        try:
            size = int(body[pos:end].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            return body  # not chunked after all
        if size == 0:
            break
        out.append(body[end + 2 : end + 2 + size])
        pos = end + 2 + size + 2
    return b"".join(out)


def _decoded(body: bytes, encoding: str, max_bytes: int) -> bytes:
    """The body without its HTTP compression (gzip, deflate), at most ``max_bytes`` + 1."""
    encoding = encoding.lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise InputError(f"its page is compressed as {encoding!r}, which geomap cannot read")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        return zlib.decompressobj(wbits).decompress(body, max_bytes + 1 if max_bytes else 0)
    except zlib.error as exc:
        raise InputError(f"its page's {encoding} data is damaged ({exc})") from exc


def read_warc(fh: BinaryIO, source: str, label: str, max_bytes: int) -> Iterator[ReadResult]:
    """Yield an article for each HTML page a WARC file archives (see the module docstring)."""
    from geomap.io.documents import read_document

    records = pages = 0
    while True:
        line = fh.readline(_MAX_LINE)
        if not line:
            break
        if not line.strip():
            continue  # the blank lines that end a record
        if not line.startswith(b"WARC/"):
            where = f"{source}:record {records + 1}"
            yield InputStatus(where, None, "error", f"{where}: not a WARC record; rest not read")
            return
        records += 1
        where = f"{source}:record {records}"
        try:
            fields = _headers(fh)
        except InputError as exc:
            yield InputStatus(where, None, "error", f"{where}: {exc}")
            return
        if fields is None:
            break
        try:
            length = int(fields.get("content-length", ""))
        except ValueError:
            yield InputStatus(where, None, "error", f"{where}: no Content-Length; rest not read")
            return
        kind = fields.get("warc-type", "")
        record_type = fields.get("content-type", "").lower()
        http = record_type.startswith("application/http")
        if kind not in ("response", "resource") or not (http or _is_page(record_type)):
            _skip(fh, length)
            continue
        limit = max_bytes * 4 if max_bytes else 0  # its HTTP headers, compression
        if limit and length > limit:
            _skip(fh, length)
            reason = f"{where}: page over the limit of {max_bytes / 1e6:g} MB; not read"
            yield InputStatus(where, None, "error", reason)
            continue
        block = fh.read(length)
        body = block
        if http:
            status, answer, body = _http(block)
            if status != 200 or not _is_page(answer.get("content-type", "text/html")):
                continue  # a redirect, an error page, an image: no article
            try:
                if "chunked" in answer.get("transfer-encoding", "").lower():
                    body = _dechunked(body)
                body = _decoded(body, answer.get("content-encoding", ""), max_bytes)
            except InputError as exc:
                yield InputStatus(where, None, "error", f"{where}: {exc}")
                continue
        pages += 1
        page_id = f"{label}-{pages}"
        try:
            found = read_document(
                io.BytesIO(body), Path(f"{page_id}.html"), where, page_id, max_bytes
            )
        except InputError as exc:
            yield InputStatus(where, page_id, "error", f"{where}: {exc}")
            continue
        yield _with_uri(found, fields.get("warc-target-uri", "").strip("<>"))
    if not pages:
        reason = f"{source}: no HTML page among its {records} WARC records"
        yield InputStatus(source, None, "empty", reason)


def _with_uri(found: ReadResult, uri: str) -> ReadResult:
    """The page's article, the address it was archived from as its url when it names none.

    The outlet, when the page names none, is that address's host.
    """
    if not isinstance(found, Article) or not uri:
        return found
    meta = {"url": uri, **found.metadata}
    outlet = outlet_from_url(meta["url"])
    if outlet and "outlet" not in meta:
        meta["outlet"] = outlet
    return replace(found, metadata=meta)


def _is_page(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in _PAGE_TYPES
