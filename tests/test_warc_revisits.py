"""A WARC's ``revisit`` records are accounted for, never passed over silently (rev46).

A deduplicating crawler writes a page it archived before as a ``revisit`` record: the
headers only, no body.  Such a record was passed over without a word.
"""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

_PAGE = (
    b"<html><head><title>Quake near Izmir</title></head><body><article><p>An earthquake "
    b"struck near Izmir on Tuesday, officials in Ankara said.</p></article></body></html>"
)


def _warc(original: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    response = writer.create_warc_record(
        "https://n.example/a", "response", payload=io.BytesIO(_PAGE), http_headers=http
    )
    digest = response.rec_headers.get_header("WARC-Payload-Digest")
    if original:
        writer.write_record(response)
    again = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    revisit = writer.create_revisit_record(
        "https://n.example/a", digest, "https://n.example/a", "2024-03-01T10:00:00Z", again
    )
    writer.write_record(revisit)
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_revisit_record(
            "https://n.example/l.png", "sha1:X", "https://n.example/l.png", "2024", image
        )
    )
    return out.getvalue()


def test_a_revisit_of_a_page_read_in_the_file_is_skipped_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc(original=True))
    found = list(read_inputs([path]))
    assert [type(f) for f in found] == [Article, InputStatus]  # the image's revisit: no page
    status = found[1]
    assert isinstance(status, InputStatus) and status.status == "skipped"
    assert status.reason == (
        f"{path}:record 2: a revisit of https://n.example/a, the same page as "
        f"{path}:record 1 (read there)"
    )


def test_a_revisit_whose_page_is_in_another_archive_says_so(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc(original=False))
    found = list(read_inputs([path]))
    skipped = [f for f in found if isinstance(f, InputStatus) and f.status == "skipped"]
    assert len(skipped) == 1
    reason = skipped[0].reason or ""
    assert "a revisit of https://n.example/a" in reason
    assert "archived 2024-03-01T10:00:00Z" in reason and "give the archive holding it" in reason
    # the file is accounted for by its record's status, not counted again as empty
    assert found == skipped
