"""An e-mail saved as ``.eml`` (a press release, a newsletter) is read as its message (rev42).

Given by name it was read as plain text: its headers, its MIME boundaries and both the
text and the HTML alternative ("Gen=C3=A8ve", every place twice); in a folder it was
skipped as no article type.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

MAIL = b"""From: "Ministry of Foreign Affairs" <press@mfa.example.gov>
To: desk@newsroom.example
Subject: =?UTF-8?Q?Statement_on_talks_in_Gen=C3=A8ve?=
Date: Tue, 05 Mar 2024 10:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="OUT"

--OUT
Content-Type: multipart/alternative; boundary="XYZ"

--XYZ
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

The ministry said talks in Gen=C3=A8ve would resume=
 on Friday. Officials in Baku welcomed it.

--XYZ
Content-Type: text/html; charset="utf-8"

<html><body><p>The ministry said talks in Gen&egrave;ve would resume on Friday.</p>
<p>Officials in Baku welcomed it.</p></body></html>
--XYZ--
--OUT
Content-Type: text/plain; name="annex.txt"
Content-Disposition: attachment; filename="annex.txt"

Annex: troops in Tbilisi.
--OUT--
"""


def test_a_saved_mail_is_its_html_body_with_its_headers_as_metadata(tmp_path: Path) -> None:
    (tmp_path / "press.eml").write_bytes(MAIL)
    for given in (tmp_path, tmp_path / "press.eml"):  # found in a folder, or by name
        (art,) = read_inputs([given])
        assert isinstance(art, Article)
        assert art.text == (
            "The ministry said talks in Gen\u00e8ve would resume on Friday.\n\n"
            "Officials in Baku welcomed it."
        )
        assert art.metadata["title"] == "Statement on talks in Gen\u00e8ve"
        assert art.metadata["published"] == "2024-03-05T10:00:00+01:00"
        assert art.metadata["author"] == "Ministry of Foreign Affairs"


def test_a_plain_text_mail_is_its_decoded_text(tmp_path: Path) -> None:
    plain = (
        b"From: tips@example.org\nSubject: Tip\nContent-Type: text/plain; charset=windows-1252\n"
        b"Content-Transfer-Encoding: quoted-printable\n\nShelling near Krak=F3w, residents said.\n"
    )
    (tmp_path / "tip.eml").write_bytes(plain)
    (art,) = read_inputs([tmp_path / "tip.eml"])
    assert isinstance(art, Article)
    assert art.text.strip() == "Shelling near Krak\u00f3w, residents said."
    assert art.metadata["author"] == "tips@example.org"


def test_a_mail_of_attachments_only_says_so(tmp_path: Path) -> None:
    mail = (
        b'Subject: Scan\nContent-Type: multipart/mixed; boundary="B"\n\n--B\n'
        b"Content-Type: application/pdf\nContent-Disposition: attachment\n\nJVBERi0=\n--B--\n"
    )
    (tmp_path / "scan.eml").write_bytes(mail)
    (status,) = read_inputs([tmp_path / "scan.eml"])
    assert isinstance(status, InputStatus) and status.status == "error"
    assert "an e-mail without a text or HTML body" in (status.reason or "")


def _nested(depth: int, inner: bytes) -> bytes:
    """A message whose only text lies ``depth`` multipart levels deep."""
    body = b"From: a@example.org\r\nSubject: x\r\n"
    for i in range(depth):
        body += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
    body += inner
    return body + b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth)))


def test_parts_nested_too_deeply_are_one_file_s_error_not_the_run_s(tmp_path: Path) -> None:
    """Python's parser recurses per level: RecursionError stopped the whole run (rev43)."""
    (tmp_path / "deep.eml").write_bytes(
        _nested(3000, b"Content-Type: text/plain\r\n\r\nShelling in Kyiv.\r\n")
    )
    (tmp_path / "deep.mhtml").write_bytes(
        _nested(3000, b"Content-Type: text/html\r\n\r\n<p>Shelling in Kyiv.</p>\r\n")
    )
    (tmp_path / "fine.eml").write_bytes(
        _nested(3, b"Content-Type: text/plain\r\n\r\nShelling in Kyiv.\r\n")
    )
    results = {Path(r.source).name: r for r in read_inputs([tmp_path])}
    for name in ("deep.eml", "deep.mhtml"):
        status = results[name]
        assert isinstance(status, InputStatus) and status.status == "error"
        assert "nested too deeply" in (status.reason or "")
    fine = results["fine.eml"]
    assert isinstance(fine, Article) and "Shelling in Kyiv." in fine.text


def _plain_mail(sender: str, subject: str) -> bytes:
    return (
        f"From: {sender}\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n"
        "Buildings were damaged in Malatya.\n"
    ).encode()


@pytest.mark.parametrize(
    "subject",
    [
        "Fwd: Quake hits eastern Turkey",
        "RE: Re: Quake hits eastern Turkey",
        "AW: WG: Quake hits eastern Turkey",
        "TR:Quake hits eastern Turkey",
        "FW: Fwd[2]: Quake hits eastern Turkey",
    ],
)
def test_reply_and_forward_prefixes_leave_the_subjects_title(tmp_path: Path, subject: str) -> None:
    (tmp_path / "quake.eml").write_bytes(_plain_mail("Anna Berg <anna@wire.example>", subject))
    (art,) = read_inputs([tmp_path / "quake.eml"])
    assert isinstance(art, Article)
    assert art.metadata["title"] == "Quake hits eastern Turkey"
    assert art.metadata["author"] == "Anna Berg"


def test_a_subject_that_only_opens_like_a_prefix_is_kept(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(_plain_mail("a@b.example", "Trade: Reform talks in Kyiv"))
    (art,) = read_inputs([tmp_path / "a.eml"])
    assert isinstance(art, Article)
    assert art.metadata["title"] == "Trade: Reform talks in Kyiv"


@pytest.mark.parametrize(
    "sender", ['"AFP Desk" <afp@wire.example>', "Redaktion <r@zeitung.example>"]
)
def test_a_desks_name_is_no_author(tmp_path: Path, sender: str) -> None:
    (tmp_path / "a.eml").write_bytes(_plain_mail(sender, "Quake"))
    (art,) = read_inputs([tmp_path / "a.eml"])
    assert isinstance(art, Article)
    assert "author" not in art.metadata
