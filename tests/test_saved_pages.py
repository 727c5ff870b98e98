"""A page saved "complete" by a browser: its Story_files folder is not read.

The frames saved there (an advertisement's ``saved_resource.html``) were read as
articles, and their places ("cheap flights to Bali") mapped beside the story's.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article, InputStatus

PAGE = "<html><body><article><p>Shelling hit Kharkiv, officials said.</p></article></body></html>"
AD = "<html><body><div>Cheap flights to Bali and Phuket now!</div></body></html>"


def test_the_resource_folder_of_a_saved_page_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "Story.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "Story_files").mkdir()
    (tmp_path / "Story_files" / "saved_resource.html").write_text(AD, encoding="utf-8")
    (tmp_path / "Story_files" / "app.js").write_text("var x;", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [i.article_id for i in items if isinstance(i, Article)] == ["Story"]
    skipped = [(i.source, i.status, i.reason) for i in items if isinstance(i, InputStatus)]
    folder = tmp_path / "Story_files"
    assert skipped == [
        (
            str(folder),
            "skipped",
            f"{folder}: the images, scripts and frames of the saved page Story.html, not read",
        )
    ]


def test_a_files_folder_with_no_page_beside_it_is_read(tmp_path: Path) -> None:
    (tmp_path / "wire_files").mkdir()
    (tmp_path / "wire_files" / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "Other.html").write_text(PAGE, encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert sorted(i.article_id for i in items if isinstance(i, Article)) == [
        "Other",
        "wire_files/a",
    ]


def _mhtml(page: bytes, frame: bytes, where: str = "https://news.example/story") -> bytes:
    """A page saved as one file the way Chrome writes it (quoted-printable parts)."""
    import quopri

    cut = b"----MultipartBoundary--x----"
    head = (
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: " + where.encode() + b"\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        b'\tboundary="' + cut + b'"\r\n\r\n'
    )
    part = b"\r\n--" + cut + b"\r\nContent-Type: text/html\r\n"
    part += b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    return (
        head + part + quopri.encodestring(page) + part + quopri.encodestring(frame)
        + b"\r\n--" + cut + b"--\r\n"
    )  # fmt: skip


def test_a_page_saved_as_one_mhtml_file_is_read_without_its_frames(tmp_path: Path) -> None:
    # "Webpage, Single File" (.mhtml) was a file of no article type, skipped unread
    page = (
        '<html><head><meta charset="utf-8"><title>Shelling | Wire</title></head><body>'
        "<article><p>Shelling hit Kharkiv and Izium, officials said on Tuesday.</p>"
        "<p>Caf\u00e9 owners in Kharkiv stayed open.</p></article></body></html>"
    )
    (tmp_path / "Story.mhtml").write_bytes(_mhtml(page.encode("utf-8"), AD.encode()))
    (art,) = read_inputs([tmp_path / "Story.mhtml"])
    assert isinstance(art, Article) and art.article_id == "Story"
    assert "Kharkiv and Izium" in art.text and "Caf\u00e9" in art.text
    assert "Bali" not in art.text  # the advertisement's frame, a later HTML part
    assert art.metadata["url"] == "https://news.example/story"


def test_a_file_named_mhtml_that_holds_no_page_says_so(tmp_path: Path) -> None:
    (tmp_path / "x.mht").write_bytes(b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhi")
    (status,) = read_inputs([tmp_path / "x.mht"])
    assert isinstance(status, InputStatus) and status.status == "error"
    assert (status.reason or "").endswith("no HTML page in it (not a page saved as MHTML)")


def _with_image(page: bytes, image_bytes: int) -> bytes:
    """A saved page whose file also holds an image (base64), as browsers embed them."""
    import base64

    cut = b"----MultipartBoundary--y----"
    image = base64.encodebytes(bytes(range(256)) * (image_bytes // 256))
    return (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="' + cut + b'"\r\n\r\n'
        b"--" + cut + b"\r\nContent-Type: text/html\r\n\r\n" + page + b"\r\n"
        b"--" + cut + b"\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + image + b"--" + cut + b"--\r\n"
    )  # fmt: skip


def test_a_saved_pages_images_do_not_count_against_the_article_limit(tmp_path: Path) -> None:
    # a saved page's file is mostly its images: the limit is the page's, not the file's
    (tmp_path / "Story.mhtml").write_bytes(_with_image(PAGE.encode(), 40_000))
    assert (tmp_path / "Story.mhtml").stat().st_size > 20_000
    (art,) = read_inputs([tmp_path / "Story.mhtml"], max_article_bytes=20_000)
    assert isinstance(art, Article) and "Kharkiv" in art.text
    big = PAGE.replace("Shelling", "Shelling " * 3000).encode()
    (tmp_path / "Big.mhtml").write_bytes(_with_image(big, 1_000))
    (status,) = read_inputs([tmp_path / "Big.mhtml"], max_article_bytes=20_000)
    assert isinstance(status, InputStatus) and status.status == "error"
    assert "its page is over the limit of 0.02 MB per article" in (status.reason or "")


def test_the_address_a_browser_saved_a_page_from_is_its_url(tmp_path: Path) -> None:
    mark = "<!-- saved from url=(0033)https://kh.example/news/strike-1 -->"
    (tmp_path / "a.html").write_text(f"<!DOCTYPE html>\n{mark}\n{PAGE}", encoding="utf-8")
    canonical = '<link rel="canonical" href="https://kh.example/own">'
    own = PAGE.replace("<html>", f"<html><head>{canonical}</head>")
    (tmp_path / "b.html").write_text(f"{mark}\n{own}", encoding="utf-8")
    (tmp_path / "c.html").write_text("<!-- saved from url=(0013)about:internet -->" + PAGE, "utf-8")
    urls = {a.article_id: a.metadata.get("url") for a in read_inputs([tmp_path])}
    assert urls == {
        "a": "https://kh.example/news/strike-1",
        "b": "https://kh.example/own",  # the page's own address first
        "c": None,
    }


def _saved_page_members(order: list[str]) -> list[tuple[str, bytes]]:
    members = {
        "desk/Story.html": PAGE.encode(),
        "desk/Story_files/saved_resource.html": AD.encode(),
        "desk/Story_files/app.js": b"var x;",
        "desk/Story_files/photo.jpg": b"\xff\xd8\xff",
        "desk/Story_files/in_files/frame.html": AD.encode(),
        "desk/wire_files/brief.html": PAGE.encode(),  # no wire.html beside it: read
    }
    return [(name, members[name]) for name in order]


def test_a_saved_pages_folder_in_a_zip_or_tar_is_one_line_not_articles(tmp_path: Path) -> None:
    # user70a B10: pages.zip!saved/Story_files/ad_frame.html was read as an article (its
    # places mapped) and each app.js, style.css, photo.jpg skipped on a line of its own
    import io
    import tarfile
    import zipfile

    order = [
        "desk/Story_files/saved_resource.html",  # the folder before its page (a tar's stream)
        "desk/Story_files/app.js",
        "desk/Story.html",
        "desk/Story_files/photo.jpg",
        "desk/Story_files/in_files/frame.html",
        "desk/wire_files/brief.html",
    ]
    with zipfile.ZipFile(tmp_path / "pages.zip", "w") as z:
        for name, data in _saved_page_members(order):
            z.writestr(name, data)
    with tarfile.open(tmp_path / "pages.tar.gz", "w:gz") as tar:
        for name, data in _saved_page_members(order):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    for archive in ("pages.zip", "pages.tar.gz"):
        items = list(read_inputs([tmp_path / archive]))
        arts = sorted(i.source.split("!")[1] for i in items if isinstance(i, Article))
        assert arts == ["desk/Story.html", "desk/wire_files/brief.html"]
        skipped = [(i.source, i.reason) for i in items if isinstance(i, InputStatus)]
        folder = f"{tmp_path / archive}!desk/Story_files"
        page = "the images, scripts and frames of the saved page Story.html, not read"
        assert skipped == [(folder, f"{folder}: {page}")]  # the words of a folder's line


def test_one_rule_finds_a_saved_pages_folder_on_disk_and_in_a_list_of_paths() -> None:
    from geomap.io.files import HTML_SUFFIXES
    from geomap.io.saved_pages import in_resource_folder, resource_folders

    names = [n for n, _ in _saved_page_members(["desk/Story.html", "desk/wire_files/brief.html"])]
    names += ["desk/Story_files/app.js", "desk/Story_files/in_files/frame.html", "Story_files/a"]
    folders = resource_folders(names, HTML_SUFFIXES)
    assert folders == {"desk/Story_files": "Story.html"}  # not the top's: no Story.html there
    assert in_resource_folder("desk/Story_files/in_files/frame.html", folders) == "desk/Story_files"
    assert in_resource_folder("desk/Story.html", folders) is None
    assert resource_folders(["Story.HTM", "Story_files/x.js"], HTML_SUFFIXES) == {}  # case kept
