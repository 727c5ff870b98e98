"""A messaging app's ``**bold**`` in a .txt file or a record's text is read as a .md file's.

user68b 5: "**Sumy** region" in a pasted Telegram message (.txt, JSONL) hid Sumy from the
model, and the stars stayed in the claims' sentences; the same text as .md found Sumy.
"""

from __future__ import annotations

import json
from pathlib import Path

from geomap.io.readers import read_inputs
from geomap.records import Article

_MESSAGE = (
    "Sources in Kharkiv claim the strike was launched from **Sumy** region, "
    "__near__ ~~Kursk~~ **__Belgorod__**."
)


def _texts(paths: list[Path]) -> dict[str, str]:
    return {Path(a.source).name: a.text for a in read_inputs(paths) if isinstance(a, Article)}


def test_emphasis_in_text_files_and_records_is_read_as_markdown_is(tmp_path: Path) -> None:
    (tmp_path / "pasted.txt").write_text(_MESSAGE + "\n", encoding="utf-8")
    (tmp_path / "pastemd.md").write_text(_MESSAGE + "\n", encoding="utf-8")
    (tmp_path / "pastej.jsonl").write_text(json.dumps({"text": _MESSAGE}), encoding="utf-8")
    (tmp_path / "pastec.csv").write_text(f'id,text\n1,"{_MESSAGE}"\n', encoding="utf-8")
    texts = _texts([tmp_path])
    plain = (
        "Sources in Kharkiv claim the strike was launched from Sumy region, near Kursk Belgorod."
    )
    assert texts["pastemd.md"].strip() == plain
    assert texts["pasted.txt"].strip() == plain
    assert texts["pastej.jsonl:1"] == plain
    assert texts["pastec.csv:2"] == plain


def test_asterisks_of_plain_text_stay(tmp_path: Path) -> None:
    text = (
        "Losses rose to 5 * 3 = 15 units* in the report; 2 ** 10 shells.\n"
        "* Figures from the snake__case__field ** unconfirmed **.\n"
    )
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    (tmp_path / "notej.jsonl").write_text(json.dumps({"text": text.strip()}), encoding="utf-8")
    texts = _texts([tmp_path])
    assert texts["note.txt"].strip() == text.strip()
    assert texts["notej.jsonl:1"] == text.strip()
