"""A folder's links to files outside it are not followed (rev41).

A folder unpacked from an archive may hold ``story.txt -> /etc/shadow``: its
text was read as an article and copied into ``articles.jsonl``.
"""

from __future__ import annotations

from pathlib import Path

from geomap.io.files import find_inputs


def _by_name(found: list) -> dict[str, tuple[str, str | None]]:
    return {f.path.name: (f.status, f.reason) for f in found}


def test_a_link_to_a_file_outside_the_folder_is_skipped_with_its_target(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0", encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Troops left Kyiv.", encoding="utf-8")
    (folder / "sub" / "leak.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (folder / "sub" / "up.txt").symlink_to(Path("..") / "a.txt")
    found = _by_name(list(find_inputs(folder)))
    status, reason = found["leak.txt"]
    assert status == "skipped"
    assert reason is not None and "outside the folder" in reason and str(secret) in reason
    assert found["inside.txt"] == ("read", None)  # inside: read (then once, as the same file)
    assert found["up.txt"] == ("read", None)
    assert found["a.txt"] == ("read", None)


def test_a_link_given_by_name_is_read(tmp_path: Path) -> None:
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("Troops left Kyiv.", encoding="utf-8")
    (tmp_path / "in").mkdir()
    link = tmp_path / "in" / "link.txt"
    link.symlink_to(secret)
    assert [(f.status, f.reason) for f in find_inputs(link)] == [("read", None)]


def test_a_folder_given_through_a_link_reads_its_own_files(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("Troops left Kyiv.", encoding="utf-8")
    (real / "b.txt").symlink_to(real / "a.txt")
    alias = tmp_path / "alias"
    alias.symlink_to(real)
    found = _by_name(list(find_inputs(alias)))
    assert found == {"a.txt": ("read", None), "b.txt": ("read", None)}
