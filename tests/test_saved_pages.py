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
