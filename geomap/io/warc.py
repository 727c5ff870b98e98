"""A web archive (WARC, ISO 28500): one article per archived HTML page.

Crawlers (wget ``--warc-file``, Heritrix, Browsertrix, Common Crawl) save pages as
WARC records.  :func:`read_warc` streams them with Webrecorder's ``warcio`` (which
undoes the HTTP answer's chunking and gzip/deflate compression); each ``response`` or
``resource`` record holding an HTML page with status 200 is read as an ``.html`` file
is (:func:`geomap.io.documents.read_document`), its ``WARC-Target-URI`` as the
article's ``url`` when the page names none.  Requests, metadata, images, scripts and
redirects are no articles and are passed over; an HTTP answer archived from an address
that is not a web one (``javascript:``, ``data:``) is skipped, naming it; a ``revisit``
record (a deduplicated crawl's page archived again without its body) is skipped with its
reason, naming the record of the same page read in the file, else the archive it refers
to; a file with no page and nothing skipped says so.  A ``.warc.gz`` is read as any
``.gz`` file is.  A page over the size limit costs only itself.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from geomap.errors import InputError
from geomap.metadata import clean_value
from geomap.outlet_names import address_problem, outlet_from_url
from geomap.records import Article, InputStatus
from geomap.sanitize import quoted

WARC_SUFFIXES = frozenset({".warc"})
#: Content types read as a page.
_PAGE_TYPES = ("text/html", "application/xhtml+xml")

ReadResult = Article | InputStatus


def read_warc(fh: BinaryIO, source: str, label: str, max_bytes: int) -> Iterator[ReadResult]:
    """Yield an article for each HTML page a WARC file archives (see the module docstring)."""
    from warcio.archiveiterator import ArchiveIterator

    from geomap.io.documents import read_document

    records = pages = reported = 0
    seen: dict[str, str] = {}  # a page's payload digest -> where it was read
    archive = iter(ArchiveIterator(fh))
    while True:
        where = f"{source}:record {records + 1}"
        try:
            record = next(archive, None)
        except Exception as exc:  # warcio raises ArchiveLoadFailed, ValueError, zlib errors …
            reason = f"{where}: not a WARC record ({exc}); rest not read"
            yield InputStatus(where, None, "error", reason)
            return
        if record is None:
            break
        records += 1
        if record.length is None:  # warcio cannot tell where the record ends
            yield InputStatus(where, None, "error", f"{where}: no Content-Length; rest not read")
            return
        headers = record.http_headers
        record_type = (record.rec_headers.get_header("Content-Type") or "").lower()
        if record.rec_type == "revisit":
            revisit = _revisit(record, where, seen)
            if revisit is not None:
                reported += 1
                yield revisit
            continue
        if record.rec_type not in ("response", "resource"):
            continue
        if headers is not None:
            if headers.get_statuscode() != "200" or not _is_page(
                headers.get_header("Content-Type") or "text/html"
            ):
                continue  # a redirect, an error page, an image: no article
        elif record_type.startswith("application/http"):
            reported += 1
            yield _not_web(record, where)  # warcio reads HTTP only from http(s) addresses
            continue
        elif not _is_page(record_type):
            continue
        try:
            body = record.content_stream().read(max_bytes + 1 if max_bytes else -1)
        except Exception as exc:  # a damaged or unknown compression of the page
            yield InputStatus(where, None, "error", f"{where}: its page cannot be read ({exc})")
            continue
        if max_bytes and len(body) > max_bytes:
            reason = f"{where}: page over the limit of {max_bytes / 1e6:g} MB; not read"
            yield InputStatus(where, None, "error", reason)
            continue
        pages += 1
        page_id = f"{label}-{pages}"
        try:
            found = read_document(
                io.BytesIO(body), Path(f"{page_id}.html"), where, page_id, max_bytes
            )
        except InputError as exc:
            reason = str(exc) if str(exc).startswith(where) else f"{where}: {exc}"
            yield InputStatus(where, page_id, "error", reason)
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        digest = record.rec_headers.get_header("WARC-Payload-Digest")
        if digest:
            seen.setdefault(digest, where)
        yield _with_uri(found, uri.strip("<>"))
    if not pages and not reported:  # a file whose records were all passed over unsaid
        reason = f"{source}: no HTML page among its {records} WARC records"
        yield InputStatus(source, None, "empty", reason)


def _revisit(record: Any, where: str, seen: dict[str, str]) -> InputStatus | None:
    """A ``revisit`` record's status: a page crawled again, its body not stored again.

    A deduplicating crawler (Heritrix, Browsertrix, pywb) writes only the headers of a
    page whose payload it already archived.  Its page is the one read at the same
    payload digest in this file (skipped: read there), else one in an earlier archive
    (skipped, saying so); a revisit of a redirect or an image is passed over as its
    response would be.  ``None`` for those.
    """
    headers = record.http_headers
    if headers is not None and headers.get_statuscode() not in (None, "200", "304"):
        return None
    if headers is not None and not _is_page(headers.get_header("Content-Type") or "text/html"):
        return None
    rec = record.rec_headers
    uri = clean_value((rec.get_header("WARC-Target-URI") or "").strip("<>")) or "a page"
    digest = rec.get_header("WARC-Payload-Digest")
    if digest and digest in seen:
        reason = f"{where}: a revisit of {uri}, the same page as {seen[digest]} (read there)"
    else:
        when = clean_value(rec.get_header("WARC-Refers-To-Date") or "")
        reason = (
            f"{where}: a revisit of {uri}: the page is not stored again (a deduplicated "
            f"crawl keeps it in the record it refers to{', archived ' + when if when else ''},"
            " not in this file); give the archive holding it to read the page"
        )
    return InputStatus(where, None, "skipped", reason)


def _not_web(record: Any, where: str) -> InputStatus:
    """An HTTP answer archived from an address that is not a web one (``javascript:``, ``data:``).

    warcio parses the HTTP answer of ``http``/``https`` targets only; such a record is
    skipped, naming its address, rather than read as a page or passed over unsaid.
    """
    uri = clean_value((record.rec_headers.get_header("WARC-Target-URI") or "").strip("<>"))
    reason = (
        f"{where}: archived from {quoted(uri or '')}, not a web address (http or https); "
        "its page is not read"
    )
    return InputStatus(where, None, "skipped", reason)


def _with_uri(found: ReadResult, uri: str) -> ReadResult:
    """The page's article, the address it was archived from as its url when it names none.

    The outlet, when the page names none, is that address's host.
    """
    uri = clean_value(uri) or ""  # a header is input: control characters out, length held
    if not isinstance(found, Article) or not uri:
        return found
    problem = address_problem(uri, "archived-from url")
    if problem:  # 'http://x.example/"><script>': the page read, not that address
        if "url" in found.metadata:
            return found
        return replace(found, warnings=(*found.warnings, f"{found.source}: {problem}"))
    meta = {"url": uri, **found.metadata}
    outlet = outlet_from_url(meta["url"])
    if outlet and "outlet" not in meta:
        meta["outlet"] = outlet
    return replace(found, metadata=meta)


def _is_page(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in _PAGE_TYPES
